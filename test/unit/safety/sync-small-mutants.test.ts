import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract';
import type { FieldDeskApi } from '../../../renderer/src/api';
import { backoffDelay, DEFAULT_BACKOFF } from '../../../renderer/src/sync/backoff';
import type { KindHandler } from '../../../renderer/src/sync/handlers';
import { newOutboxId, receiptNumberFor } from '../../../renderer/src/sync/ids';
import { OutboxKindRegistry, UnknownOutboxKindError } from '../../../renderer/src/sync/kinds';
import { syncPortFromBridge, syncPortFromInvoke, type SyncPort } from '../../../renderer/src/sync/port';

/**
 * Issue 15, mutation testing of the outbox's small parts: backoff bounds, receipt numbers,
 * the kind registry and the two ports. Each test pins what a surviving mutant changed.
 */

describe('backoff', () => {
  const policy = { baseMs: 1_000, capMs: 1_000_000 };
  const half = () => 0.5;

  it('the ceiling doubles with every attempt, from the base', () => {
    expect([0, 1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, half, policy))).toEqual([500, 1_000, 2_000, 4_000, 8_000, 16_000]);
    // Full jitter: never at or above the ceiling, never below zero.
    expect(backoffDelay(3, () => 0.999_999, policy)).toBe(7_999);
    expect(backoffDelay(3, () => 0, policy)).toBe(0);
  });

  it('a negative attempt count waits like the first attempt, not less', () => {
    expect(backoffDelay(-1, half, policy)).toBe(500);
    expect(backoffDelay(-20, half, policy)).toBe(500);
  });

  it('is capped, also for absurd attempt counts, and Retry-After is a floor', () => {
    expect(backoffDelay(9, half, policy)).toBe(256_000);
    expect(backoffDelay(10, half, policy)).toBe(500_000);
    expect(backoffDelay(11, half, policy)).toBe(500_000);
    expect(backoffDelay(1_000, () => 0.999_999, DEFAULT_BACKOFF)).toBeLessThan(DEFAULT_BACKOFF.capMs);
    expect(backoffDelay(1_000, () => 0.999_999, DEFAULT_BACKOFF)).toBeGreaterThan(DEFAULT_BACKOFF.capMs - 10);
    expect(backoffDelay(2, half, policy, 30_000)).toBe(30_000);
    expect(backoffDelay(2, half, policy, 1_000)).toBe(2_000);
  });
});

describe('receipt numbers', () => {
  it('come from the id: FD-, 4 + 4 time characters, the last 4', () => {
    const id = '01KB3M7Q2XS9WRF4TJHKNPZ4YA';
    expect(receiptNumberFor(id)).toBe('FD-KB3M-7Q2X-Z4YA');
    expect(receiptNumberFor(id.toLowerCase())).toBe('FD-KB3M-7Q2X-Z4YA');
    expect(receiptNumberFor(newOutboxId(Date.UTC(2026, 10, 21)))).toMatch(/^FD-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('refuse anything that is not exactly one id: a receipt must not be printed from a wrong one', () => {
    const id = newOutboxId(Date.UTC(2026, 10, 21));
    for (const bad of [`0${id}`, `${id}0`, id.slice(1), `${id.slice(0, 25)}U`, `${id.slice(0, 25)}-`, '', `${id} `]) {
      expect(() => receiptNumberFor(bad), bad).toThrow(new Error('Not an outbox id'));
    }
  });
});

describe('the kind registry', () => {
  const handler = {} as KindHandler;

  it('an unregistered kind is refused with a sentence naming it', () => {
    const registry = new OutboxKindRegistry();
    expect(() => registry.get('glaas.mystery')).toThrow(UnknownOutboxKindError);
    expect(() => registry.handler('glaas.mystery')).toThrow('No feature registered the outbox kind "glaas.mystery"; it was not sent.');
    expect(registry.has('glaas.mystery')).toBe(false);
  });

  it('lists every kind registered, once, a re-registration replacing the first', () => {
    const registry = new OutboxKindRegistry();
    expect(registry.kinds()).toEqual([]);
    registry.register(
      { kind: 'credgenics.payment', handler, queue: (key) => `credgenics.payment:${key}` },
      { kind: 'glaas.repayment', handler, queue: () => 'glaas' },
    );
    registry.register({ kind: 'credgenics.payment', handler, queue: (key) => `again:${key}` });
    expect(registry.kinds().sort()).toEqual(['credgenics.payment', 'glaas.repayment']);
    expect(registry.queue('credgenics.payment', 'L1')).toBe('again:L1');
  });
});

describe('the two ports send the same requests', () => {
  const file = { name: 'aadhaar.jpg', type: 'image/jpeg' as const, bytes: new Uint8Array([1, 2, 3]) };
  /** Every port method with an input, and the channel and input it must reach. */
  const cases: Array<[keyof SyncPort, (port: SyncPort) => Promise<unknown>, string, unknown]> = [
    ['updatePayment', (p) => p.updatePayment({ loanId: 'L1', allocationMonth: '2026-11-01', payment: {} as never, opKey: 'op1' }), 'credgenics.updatePayment', { loanId: 'L1', allocationMonth: '2026-11-01', payment: {}, opKey: 'op1' }],
    ['findPayments', (p) => p.findPayments({ loanId: 'L1', reference: 'FD-1', opKey: 'op1' }), 'credgenics.findPayments', { loanId: 'L1', reference: 'FD-1', opKey: 'op1' }],
    ['updateTransactionPayment', (p) => p.updateTransactionPayment({ transactionId: 'T1', allocationMonth: '2026-11-01', payment: {} as never, opKey: 'op2' }), 'credgenics.updateTransactionPayment', { transactionId: 'T1', allocationMonth: '2026-11-01', payment: {}, opKey: 'op2' }],
    ['findTransactionPayments', (p) => p.findTransactionPayments({ customerId: 'C1', transactionId: 'T1', reference: 'FD-2', opKey: 'op2' }), 'credgenics.findTransactionPayments', { customerId: 'C1', transactionId: 'T1', reference: 'FD-2', opKey: 'op2' }],
    ['updateLoan', (p) => p.updateLoan({ loanId: 'L2', patch: {} as never, opKey: 'op3' }), 'credgenics.updateLoan', { loanId: 'L2', patch: {}, opKey: 'op3' }],
    ['triggerCommunication', (p) => p.triggerCommunication({ request: {} as never, opKey: 'op4' }), 'credgenics.triggerCommunication', { request: {}, opKey: 'op4' }],
    ['postRepayments', (p) => p.postRepayments([{ uid: 'u1' } as never]), 'glaas.loanRepayment', { details: [{ uid: 'u1' }] }],
    ['postLineRepayments', (p) => p.postLineRepayments([{ uid: 'u2' } as never]), 'glaas.lineRepayment', { details: [{ uid: 'u2' }] }],
    ['findRepayments', (p) => p.findRepayments(['u1', 'u2']), 'glaas.findRepayments', { uids: ['u1', 'u2'] }],
    ['repaymentStatus', (p) => p.repaymentStatus(['u3']), 'glaas.repaymentStatus', { uids: ['u3'] }],
    ['uploadDocument', (p) => p.uploadDocument({ requestFlowId: 'RF1', file, opKey: 'doc1' }), 'glaas.uploadDocuments', { requestFlowId: 'RF1', files: [file], opKey: 'doc1' }],
    ['checkConnection', (p) => p.checkConnection('glaas'), 'connection.test', { platform: 'glaas' }],
  ];

  function recordingBridge(calls: Array<[string, unknown]>): FieldDeskApi {
    return new Proxy({} as FieldDeskApi, {
      get: (_t, feature: string) =>
        new Proxy({}, {
          get: (_m, method: string) => (input: unknown) => {
            calls.push([`${feature}.${method}`, input]);
            return Promise.resolve({ ok: true, value: null });
          },
        }),
    });
  }

  it('every method of the port is covered here', () => {
    const port = syncPortFromInvoke(() => Promise.resolve(null));
    expect(cases.map(([name]) => name).sort()).toEqual(Object.keys(port).sort());
  });

  for (const [name, call, channel, input] of cases) {
    it(`${name} reaches ${channel}, a channel of the IPC contract, with the same input both ways`, async () => {
      expect(Object.keys(contract)).toContain(channel);
      const invoked: Array<[string, unknown]> = [];
      await call(syncPortFromInvoke((c, i) => (invoked.push([c, i]), Promise.resolve({ ok: true, value: null }))));
      const bridged: Array<[string, unknown]> = [];
      await call(syncPortFromBridge(recordingBridge(bridged)));
      expect(invoked).toEqual([[channel, input]]);
      expect(bridged).toEqual([[channel, input]]);
    });
  }
});
