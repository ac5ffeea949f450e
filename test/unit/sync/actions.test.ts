import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import type { PaymentPayloadV1 } from '../../../renderer/src/features/collections/payloads';
import { summarize } from '../../../renderer/src/features/sync/summary';
import { correctPayment } from '../../../renderer/src/features/collections/correct-payment';
import { discardRejected, OutboxActionError, retryRejected } from '../../../renderer/src/sync/actions';
import { countUnsent } from '../../../renderer/src/sync/outbox-store';
import { capture, cashVisit, drain, engineFor, loanIds, startTraining, stopEngines, syncDbName, type Training } from './helpers';

let training: Training;
let db: FieldDeskDb;
let month: string;

beforeEach(async () => {
  training = await startTraining({ loanCount: 20, seed: 11 });
  db = new FieldDeskDb(syncDbName());
  month = training.sandbox.state.dataset.allocationMonths.current;
});
afterEach(async () => {
  stopEngines();
  db.close();
  await training.close();
});

async function refusedPayment(amount = 800) {
  const [loanId] = loanIds(1);
  const visit = await capture(db, cashVisit(loanId!, '2020-1-01', amount));
  const { engine } = engineFor(db, training.main);
  await engine.syncNow();
  expect((await db.outbox.get(visit.id))?.state).toBe('rejected');
  return { visit, engine };
}

describe('what a person can do with a refused item', () => {
  it('correct the month: the same item (same receipt number) is sent once, the visit and the audit follow', async () => {
    const { visit, engine } = await refusedPayment();
    await correctPayment(db, visit.id, { allocationMonth: month });
    const item = await db.outbox.get(visit.id);
    expect(item).toMatchObject({ state: 'pending', nextAttemptAt: 0 });
    expect((item!.payload as PaymentPayloadV1).allocationMonth).toBe(month);
    expect((await db.collections.get(visit.id))?.allocationMonth).toBe(month);
    await drain(engine, db);
    expect((await db.outbox.get(visit.id))?.state).toBe('sent');
    expect(training.sandbox.state.paymentCount(visit.receiptNo!)).toBe(1);
    const audit = await db.audit.where('kind').equals('outbox-correct').toArray();
    expect(audit[0]?.detail).toContain(`month 2020-1-01 → ${month}`);
  });

  it('accepts the month written with a leading zero and refuses nonsense', async () => {
    const { visit } = await refusedPayment();
    await expect(correctPayment(db, visit.id, { allocationMonth: 'November' })).rejects.toBeInstanceOf(OutboxActionError);
    const [y, m] = month.split('-');
    await correctPayment(db, visit.id, { allocationMonth: `${y}-${m!.padStart(2, '0')}-01` });
    expect(((await db.outbox.get(visit.id))!.payload as PaymentPayloadV1).allocationMonth).toBe(month);
  });

  it('discard needs a reason, is audited, and stops counting as unsent', async () => {
    const { visit } = await refusedPayment(950);
    expect(await countUnsent(db)).toBe(1);
    await expect(discardRejected(db, visit.id, ' ')).rejects.toThrow(/why/i);
    await discardRejected(db, visit.id, 'Borrower took the money back');
    expect((await db.outbox.get(visit.id))?.state).toBe('discarded');
    expect(await countUnsent(db)).toBe(0);
    const audit = await db.audit.where('kind').equals('outbox-discard').toArray();
    expect(audit[0]?.detail).toMatch(/₹950.*Borrower took the money back/);
  });

  it('send again as it is: back to pending (and refused again by the server, still nothing lost)', async () => {
    const { visit, engine } = await refusedPayment();
    await retryRejected(db, visit.id);
    expect((await db.outbox.get(visit.id))?.state).toBe('pending');
    await engine.syncNow();
    expect((await db.outbox.get(visit.id))?.state).toBe('rejected');
    expect(training.sandbox.state.paymentCount(visit.receiptNo!)).toBe(0);
  });

  it('never touches an item the engine owns', async () => {
    const [loanId] = loanIds(1);
    const visit = await capture(db, cashVisit(loanId!, month, 100));
    await expect(retryRejected(db, visit.id)).rejects.toBeInstanceOf(OutboxActionError);
    await expect(discardRejected(db, visit.id, 'no reason at all')).rejects.toBeInstanceOf(OutboxActionError);
    expect((await db.outbox.get(visit.id))?.state).toBe('pending');
  });
});

describe('the summary behind the header and the loan rows', () => {
  it('counts unsent, finds the oldest, and shows the most urgent state per loan', async () => {
    const [a, b] = loanIds(2);
    const first = await capture(db, cashVisit(a!, month, 1));
    await capture(db, cashVisit(a!, '2020-1-01', 2));
    await capture(db, cashVisit(b!, month, 3));
    let s = summarize(await db.outbox.toArray());
    expect(s.unsent).toBe(3);
    expect(s.oldestUnsentAt).toBe((await db.outbox.get(first.id))!.createdAt);
    expect(s.byLoan.get(a!)).toBe('pending');
    const { engine } = engineFor(db, training.main);
    await engine.syncNow();
    s = summarize(await db.outbox.toArray());
    // Loan a: first payment sent, second refused → the row says it needs attention.
    expect(s.byLoan.get(a!)).toBe('rejected');
    expect(s.byLoan.has(b!)).toBe(false);
    expect(s.counts).toMatchObject({ sent: 2, rejected: 1 });
    expect(s.unsent).toBe(1);
  });
});
