import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDispatcher } from '../../../electron/main/dispatch';
import { registerIpc } from '../../../electron/main/ipc';
import { createLogger, type LogRecord } from '../../../electron/main/services/log';

/**
 * The exact words and log lines of the IPC gate where mutation testing found them loose
 * (test/MUTANTS.md): how long a field's reason may be, the path names in a bad answer's log
 * line, and the refusal of a request from an untrusted frame.
 */

const LONG_REASON = `Loan ids look like L followed by digits. ${'This explanation goes on and on. '.repeat(10)}`;

describe('the dispatcher’s details and log lines', () => {
  it("a field's reason is cut to 200 characters, keyed by its path; a wrong whole input by '(input)'", async () => {
    const contract = {
      'loan.get': { input: z.object({ loan: z.object({ id: z.string().regex(/^L\d+$/, LONG_REASON) }) }), output: z.object({}) },
    };
    const dispatch = createDispatcher(contract, { 'loan.get': async () => ({ ok: true, value: {} }) }, createLogger(() => undefined));
    expect(LONG_REASON.length).toBeGreaterThan(200);
    const answer = (await dispatch('loan.get', { loan: { id: 'X' } })) as { error: { details: Record<string, string> } };
    expect(answer.error.details).toStrictEqual({ 'loan.id': LONG_REASON.slice(0, 200) });
    const whole = (await dispatch('loan.get', 5)) as { error: { details: Record<string, string> } };
    expect(Object.keys(whole.error.details)).toEqual(['(input)']);
  });

  it('an answer breaking the contract is logged with each wrong field as its dotted path', async () => {
    const contract = {
      'loan.get': {
        input: z.object({}),
        output: z.object({ loan: z.object({ amounts: z.array(z.object({ paise: z.number() })) }) }),
      },
    };
    const logs: LogRecord[] = [];
    const dispatch = createDispatcher(
      contract,
      { 'loan.get': async () => ({ ok: true, value: { loan: { amounts: [{ paise: 1 }, { paise: 'ten' }] } } }) as never },
      createLogger((r) => logs.push(r)),
    );
    expect(await dispatch('loan.get', {})).toEqual({ ok: false, error: { kind: 'bad-response', message: 'FieldDesk could not check its own answer.' } });
    expect(logs).toEqual([
      expect.objectContaining({ level: 'error', message: 'ipc: answer did not match the contract', data: { channel: 'loan.get', fields: ['loan.amounts.1.paise'] } }),
    ]);
  });
});

describe('a request from an untrusted frame', () => {
  it('is refused in plain words and logged with its channel, and never dispatched', async () => {
    const handlers = new Map<string, (e: unknown, input: unknown) => Promise<unknown>>();
    const logs: LogRecord[] = [];
    let dispatched = 0;
    registerIpc(
      { handle: (channel: string, fn: never) => void handlers.set(channel, fn) } as never,
      ['settings.get', 'loans.list'],
      async () => {
        dispatched += 1;
        return { ok: true, value: {} };
      },
      { webContentsId: () => 7 },
      createLogger((r) => logs.push(r)),
    );
    const iframe = { sender: { id: 7 }, senderFrame: { url: 'app://fielddesk/index.html', parent: {} } };
    expect(await handlers.get('loans.list')!(iframe, {})).toStrictEqual({
      ok: false,
      error: { kind: 'rejected', message: 'This request did not come from FieldDesk.' },
    });
    expect(dispatched).toBe(0);
    expect(logs).toEqual([
      expect.objectContaining({ level: 'warn', message: 'ipc: request from an untrusted frame refused', data: { channel: 'loans.list' } }),
    ]);
  });
});
