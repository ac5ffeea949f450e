import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDispatcher } from '../../../electron/main/dispatch';
import { createLogger, type LogRecord } from '../../../electron/main/services/log';

/**
 * Safety invariant: the IPC gate checks its own ANSWER against the contract before the renderer
 * sees it. An answer that breaks the output schema is refused as `bad-response` and logged; a
 * field the contract does not name (a token, say) never crosses the boundary.
 */

const contract = {
  'loan.get': {
    input: z.object({ loanId: z.string() }),
    output: z.object({ loanId: z.string(), amount: z.number() }),
  },
};

function gate(answer: unknown) {
  const logs: LogRecord[] = [];
  const dispatch = createDispatcher(contract, { 'loan.get': async () => answer as never }, createLogger((r) => logs.push(r)));
  return { dispatch, logs };
}

describe('the dispatcher refuses an answer that breaks the output schema', () => {
  it('a wrong type → bad-response, logged as an error with the channel and the field, no value', async () => {
    const { dispatch, logs } = gate({ ok: true, value: { loanId: 'L1', amount: 'a lot' } });
    const result = await dispatch('loan.get', { loanId: 'L1' });
    expect(result).toEqual({ ok: false, error: { kind: 'bad-response', message: expect.any(String) } });
    const line = logs.find((l) => l.message === 'ipc: answer did not match the contract');
    expect(line?.level).toBe('error');
    expect(line?.data).toMatchObject({ channel: 'loan.get', fields: ['amount'] });
    expect(JSON.stringify(logs)).not.toContain('a lot');
  });

  it('a missing field → bad-response', async () => {
    const { dispatch } = gate({ ok: true, value: { loanId: 'L1' } });
    expect(await dispatch('loan.get', { loanId: 'L1' })).toMatchObject({ ok: false, error: { kind: 'bad-response' } });
  });

  it('something that is not a Result at all → bad-response, logged', async () => {
    const { dispatch, logs } = gate({ loanId: 'L1', amount: 5 });
    expect(await dispatch('loan.get', { loanId: 'L1' })).toMatchObject({ ok: false, error: { kind: 'bad-response' } });
    expect(logs.some((l) => l.level === 'error' && l.message === 'ipc: handler answered without a Result')).toBe(true);
  });

  it('a valid answer passes as the contract shapes it: a field it does not name is dropped', async () => {
    const { dispatch, logs } = gate({ ok: true, value: { loanId: 'L1', amount: 5, authenticationtoken: 'secret-token-1234' } });
    const result = await dispatch('loan.get', { loanId: 'L1' });
    expect(result).toEqual({ ok: true, value: { loanId: 'L1', amount: 5 } });
    expect(logs.filter((l) => l.level === 'error')).toEqual([]);
  });

  it("a handler's own failure passes through unchanged (it already is the contract's error shape)", async () => {
    const { dispatch } = gate({ ok: false, error: { kind: 'offline', message: 'Cannot reach Credgenics.' } });
    expect(await dispatch('loan.get', { loanId: 'L1' })).toEqual({ ok: false, error: { kind: 'offline', message: 'Cannot reach Credgenics.' } });
  });
});
