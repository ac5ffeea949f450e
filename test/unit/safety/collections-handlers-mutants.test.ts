import { describe, expect, it, vi } from 'vitest';
import { paymentHandler, sameMoney, transactionPaymentHandler } from '../../../renderer/src/features/collections/outbox/handlers';
import type { KindHandler } from '../../../renderer/src/sync/handlers';
import type { OutboxItem } from '../../../renderer/src/sync/types';

/**
 * Reconciling a payment after an unclear outcome, one surviving Stryker mutant at a time
 * (test/MUTANTS.md). Update Payment and Update Transaction Payment have no idempotency key, so
 * the answer decides whether money is sent again: found → not resent; not found → sent again.
 * Each test was seen to fail with its mutant applied by hand.
 */

const REF = '004512';
const body = { final_status: 'Partially Recovered', amount_recovered: 1500, payment_method: 'Cheque', payment_reference_number: REF };
const common = { v: 1, allocationMonth: '2026-11-01', reference: REF, body, knownPaymentIds: [71] };

const kinds: Array<{ name: string; handler: KindHandler; item: OutboxItem; lookup: 'findPayments' | 'findTransactionPayments'; asked: object }> = [
  {
    name: 'loan payment',
    handler: paymentHandler,
    item: { id: 'ITEM-1', payload: { ...common, loanId: 'L1' } } as OutboxItem,
    lookup: 'findPayments',
    asked: { loanId: 'L1', reference: REF, opKey: 'ITEM-1' },
  },
  {
    name: 'transaction payment',
    handler: transactionPaymentHandler,
    item: { id: 'ITEM-2', payload: { ...common, customerId: 'C1', transactionId: 'T9', client_customer_id: 'C1' } } as OutboxItem,
    lookup: 'findTransactionPayments',
    asked: { customerId: 'C1', transactionId: 'T9', reference: REF, opKey: 'ITEM-2' },
  },
];

/** A port whose payment lookups answer the given history (our write not known to have succeeded). */
function portWith(entries: Array<Record<string, unknown>>, writeSucceeded = false) {
  const answer = async () => ({ ok: true as const, value: { writeSucceeded, entries } });
  return { findPayments: vi.fn(answer), findTransactionPayments: vi.fn(answer) };
}

describe.each(kinds)('$name reconcile', ({ handler, item, lookup, asked }) => {
  const reconcile = (port: object) => handler.reconcile(item, port as never, {} as never);

  it('the main process saw our write succeed: found, under our reference, whatever the history says', async () => {
    const port = portWith([], true);
    expect(await reconcile(port)).toEqual({ found: true, serverRef: REF });
    expect(port[lookup]).toHaveBeenCalledWith(asked);
  });

  it('a new payment of our amount with an id: found as "payment <id>"', async () => {
    expect(await reconcile(portWith([{ payment_id: 77, amount_recovered: 1500 }]))).toEqual({ found: true, serverRef: 'payment 77' });
  });

  it('a new payment of our amount without an id: found, under our reference', async () => {
    expect(await reconcile(portWith([{ amount_recovered: 1500 }]))).toEqual({ found: true, serverRef: REF });
  });

  it('a payment with an unreadable id (the wire parser makes it null): found, under our reference, not "payment null"', async () => {
    expect(await reconcile(portWith([{ payment_id: null, amount_recovered: 1500 }]))).toEqual({ found: true, serverRef: REF });
  });

  it('only a payment that carried the reference before capture (a cheque seen before): not found, so ours is sent', async () => {
    expect(await reconcile(portWith([{ payment_id: 71, amount_recovered: 1500 }]))).toEqual({ found: false });
  });

  it('the earlier payment is skipped and a new one after it is found', async () => {
    const entries = [
      { payment_id: 71, amount_recovered: 1500 },
      { payment_id: 78, amount_recovered: 1500 },
    ];
    expect(await reconcile(portWith(entries))).toEqual({ found: true, serverRef: 'payment 78' });
  });

  it('a new payment of another amount is not ours: not found', async () => {
    expect(await reconcile(portWith([{ payment_id: 80, amount_recovered: 1400 }]))).toEqual({ found: false });
    expect(await reconcile(portWith([{ amount_recovered: 1500.5 }]))).toEqual({ found: false });
  });

  it('a lookup that failed answers its error', async () => {
    const error = { kind: 'network', message: 'offline' };
    const port = { [lookup]: vi.fn(async () => ({ ok: false, error })) };
    expect(await reconcile(port)).toEqual({ error });
  });
});

describe('sameMoney', () => {
  it('same rupees and paise, compared to the paisa', () => {
    expect(sameMoney(1500, 1500)).toBe(true);
    expect(sameMoney(1500.25, 1500.25)).toBe(true);
    expect(sameMoney(1500.1 + 0.2, 1500.3)).toBe(true);
    expect(sameMoney(1500.25, 1500.26)).toBe(false);
    expect(sameMoney(1400, 1500)).toBe(false);
  });

  it('only a JSON number is money: values JavaScript would coerce to the amount are not', () => {
    expect(sameMoney('1500', 1500)).toBe(false);
    expect(sameMoney([1500], 1500)).toBe(false);
    expect(sameMoney(true, 1)).toBe(false);
  });
});
