import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDispatcher } from '../../../electron/main/dispatch';
import { createLogger, type LogRecord } from '../../../electron/main/services/log';

/**
 * Every way the IPC gate refuses, pinned down to the words the agent reads and the log line the
 * support desk reads (mutation testing found these paths unasserted, test/MUTANTS.md).
 */

const contract = {
  'loan.get': {
    input: z.object({ loanId: z.string(), tags: z.array(z.string()).optional() }),
    output: z.object({ loanId: z.string() }),
  },
};

function gate(handler: (input: unknown) => Promise<unknown>) {
  const logs: LogRecord[] = [];
  const dispatch = createDispatcher(contract, { 'loan.get': handler as never }, createLogger((r) => logs.push(r)));
  return { dispatch, logs };
}
const ok = () => gate(async () => ({ ok: true, value: { loanId: 'L1' } }));

describe('the IPC gate refuses in plain words and logs where, never what', () => {
  it('an unknown channel: rejected, logged with the channel cut to 60 characters', async () => {
    const { dispatch, logs } = ok();
    const long = `x${'y'.repeat(100)}`;
    expect(await dispatch(long, {})).toEqual({ ok: false, error: { kind: 'rejected', message: 'FieldDesk does not know that request.' } });
    expect(logs).toEqual([expect.objectContaining({ level: 'warn', message: 'ipc: unknown channel refused', data: { channel: long.slice(0, 60) } })]);
    await dispatch(42, {});
    expect(logs[1]?.data).toEqual({ channel: 'number' });
  });

  it('an inherited name is not a channel', async () => {
    const { dispatch } = ok();
    expect(await dispatch('toString', {})).toMatchObject({ ok: false, error: { kind: 'rejected' } });
  });

  it('input that is not plain data is refused before zod, with the reason', async () => {
    const { dispatch, logs } = ok();
    const result = await dispatch('loan.get', { loanId: 'L1', tags: [new Date()] });
    expect(result).toMatchObject({ ok: false, error: { kind: 'rejected', message: expect.stringMatching(/^FieldDesk refused this request: .+\.$/) } });
    const reason = (result as { error: { details: Record<string, string> } }).error.details['(input)'];
    expect(reason).toBeTruthy();
    expect(logs[0]).toMatchObject({ level: 'warn', message: 'ipc: input refused before checking', data: { channel: 'loan.get', reason } });
  });

  it('input of the wrong shape: each field and why (cut to 200 characters), never the values', async () => {
    const { dispatch, logs } = ok();
    const result = await dispatch('loan.get', { loanId: 7, tags: ['a', 5] });
    expect(result).toMatchObject({ ok: false, error: { kind: 'rejected', message: 'Some of the information is missing or not in the right form.' } });
    const details = (result as { error: { details: Record<string, string> } }).error.details;
    expect(Object.keys(details).sort()).toEqual(['loanId', 'tags.1']);
    for (const why of Object.values(details)) expect(why.length).toBeGreaterThan(0);
    expect(logs[0]).toMatchObject({ level: 'warn', message: 'ipc: input refused', data: { channel: 'loan.get', fields: ['loanId', 'tags.1'] } });
    const whole = await dispatch('loan.get', 'not an object');
    expect(Object.keys((whole as { error: { details: Record<string, string> } }).error.details)).toEqual(['(input)']);
  });

  it('at most 20 fields are reported', async () => {
    const { dispatch } = ok();
    const result = await dispatch('loan.get', { loanId: 'L1', tags: Array.from({ length: 30 }, (_, i) => i) });
    expect(Object.keys((result as { error: { details: Record<string, string> } }).error.details)).toHaveLength(20);
  });

  it('a handler that throws: a server error that says the saved work is safe, logged as an error', async () => {
    const { dispatch, logs } = gate(async () => {
      throw new Error('disk on fire');
    });
    expect(await dispatch('loan.get', { loanId: 'L1' })).toEqual({
      ok: false,
      error: { kind: 'server', message: 'FieldDesk hit an internal problem. Your saved work is safe; try again.' },
    });
    expect(logs[0]).toMatchObject({ level: 'error', message: 'ipc: handler failed', data: { channel: 'loan.get' } });
  });

  it.each([undefined, null, 'yes', 5, { value: { loanId: 'L1' } }])('a handler answering %j, not a Result: bad-response, logged', async (answer) => {
    const { dispatch, logs } = gate(async () => answer);
    expect(await dispatch('loan.get', { loanId: 'L1' })).toEqual({
      ok: false,
      error: { kind: 'bad-response', message: 'FieldDesk could not check its own answer.' },
    });
    expect(logs[0]).toMatchObject({ level: 'error', message: 'ipc: handler answered without a Result', data: { channel: 'loan.get' } });
  });

  it('a refusal from the handler passes through as it is', async () => {
    const error = { kind: 'conflict', message: 'Already paid.' };
    const { dispatch } = gate(async () => ({ ok: false, error }));
    expect(await dispatch('loan.get', { loanId: 'L1' })).toEqual({ ok: false, error });
  });

  it('an answer breaking the contract names at most 10 fields, by path', async () => {
    const wide = { 'loan.get': { input: z.object({}), output: z.object(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}`, z.object({ n: z.number() })]))) } };
    const logs: LogRecord[] = [];
    const dispatch = createDispatcher(wide, { 'loan.get': async () => ({ ok: true, value: {} }) as never }, createLogger((r) => logs.push(r)));
    expect(await dispatch('loan.get', {})).toEqual({ ok: false, error: { kind: 'bad-response', message: 'FieldDesk could not check its own answer.' } });
    const fields = (logs[0]?.data as { fields: string[] }).fields;
    expect(fields).toHaveLength(10);
    expect(fields[0]).toBe('f0');
  });
});
