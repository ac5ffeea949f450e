import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import type { VisitRecord } from '../../../renderer/src/features/collections/model';
import { capture, cashVisit, drain, engineFor, startTraining, stopEngines, syncDbName, type Training } from '../sync/helpers';

let training: Training;
let db: FieldDeskDb;

beforeAll(async () => {
  training = await startTraining({ loanCount: 10, creditLineCount: 60, seed: 9 });
});
afterAll(() => training.close());
beforeEach(() => {
  db = new FieldDeskDb(syncDbName());
  training.sandbox.resetFaults();
});
afterEach(() => {
  stopEngines();
  db.close();
});

/** Each generated customer's transactions with a month Credgenics will book a payment in. */
function transactions(n: number) {
  const out: { customerId: string; transactionId: string; month: string }[] = [];
  for (const customer of training.sandbox.state.dataset.customers.slice(1)) {
    for (const tx of customer.transactions_details) {
      const month = tx.data.defaults.at(-1)?.allocation_month;
      if (month) out.push({ customerId: customer.applicant_details.client_customer_id, transactionId: String(tx.transaction_id), month });
    }
  }
  if (out.length < n) throw new Error(`only ${out.length} transactions in the sandbox`);
  return out.slice(0, n);
}

/** What the sandbox holds for a receipt: every Update (Transaction) Payment carrying its reference. */
const heldFor = (visit: VisitRecord) => training.sandbox.state.payments.filter((p) => p.paymentReferenceNumber === visit.receiptNo);

/**
 * Issue 11, item 2: a credit-line customer's payment is sent with Update Transaction Payment on
 * the chosen transaction, exactly once, reconciled through Get Customer after an unclear outcome.
 * Through the real main-process dispatcher (write registry included) and the sandbox.
 */
describe('credit-line payments', () => {
  it('one cash payment on one transaction → one Update Transaction Payment with the receipt number', async () => {
    const [tx] = transactions(1);
    const visit = await capture(db, cashVisit(tx!.customerId, tx!.month, 1500, { transactionId: tx!.transactionId }));
    expect(visit.receiptNo).toMatch(/^FD-/);
    const item = await db.outbox.get(visit.id);
    expect(item?.kind).toBe('credgenics.transaction-payment');
    const { engine, count } = engineFor(db, training.main);
    await drain(engine, db);
    const held = heldFor(visit);
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({ kind: 'transaction', loanId: tx!.transactionId, clientCustomerId: tx!.customerId, amountRecovered: 1500, allocationMonth: tx!.month });
    expect(count('updateTransactionPayment')).toBe(1);
    expect(count('updatePayment')).toBe(0);
  });

  it('chaos: 30% of replies lost after commit over 50 payments, each reaches Credgenics exactly once', async () => {
    const visits: VisitRecord[] = [];
    for (const [i, tx] of transactions(50).entries()) {
      // Whole rupees, as Credgenics takes them; distinct so a double would show.
      visits.push(await capture(db, cashVisit(tx.customerId, tx.month, 500 + i, { transactionId: tx.transactionId })));
    }
    training.sandbox.setFaults({ lostReplyRate: 0.3, only: ['credgenics'] });
    const { engine, count } = engineFor(db, training.main);
    await drain(engine, db, 60_000);
    training.sandbox.resetFaults();
    const lost = training.sandbox.state.requests.filter((r) => r.outcome === 'fault-lost-reply').length;
    expect(lost).toBeGreaterThan(5);
    // Every unclear outcome was looked up in Get Customer before anything was sent again.
    expect(count('findTransactionPayments')).toBeGreaterThan(0);
    const doubled = visits.filter((v) => heldFor(v).length !== 1);
    expect(doubled.map((v) => `${v.receiptNo}: ${heldFor(v).length}`)).toEqual([]);
    expect(await db.outbox.where('state').equals('sent').count()).toBe(50);
  });
});
