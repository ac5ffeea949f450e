import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PaymentHistoryEntry } from '../../../shared/credgenics';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { captureVisit } from '../../../renderer/src/features/collections/capture';
import type { PaymentPayloadV1, TransactionPaymentPayloadV1 } from '../../../renderer/src/features/collections/payloads';
import { cashVisit } from '../../support/visits';

/**
 * captureVisit, one surviving Stryker mutant at a time (test/MUTANTS.md): what the saved visit,
 * its outbox items and the work-list row hold after a capture. Each test was seen to fail with
 * its mutant applied by hand.
 */

let db: FieldDeskDb;
let n = 0;
beforeEach(() => {
  n += 1;
  db = new FieldDeskDb(`safety-collections-capture-${process.pid}-${n}`);
});
afterEach(() => db.close());

/** Local noon, so the local calendar day is the same in every time zone the tests run in. */
const at = new Date(2026, 10, 21, 12).getTime();
const MONTH = '2026-11-01';

async function putLoan(loanId: string, summary: Record<string, unknown>): Promise<void> {
  await db.transaction('rw', db.loans, db.listBlocks, () =>
    db.loans.put({ loanId, fetchState: 'ok', fetchedAt: at - 1000, summary: { borrowerName: 'A', ...summary } } as never),
  );
}

describe('the visit record', () => {
  it('its day is the local calendar day, month and day zero-padded (the day report key)', async () => {
    const jan5 = new Date(2026, 0, 5, 12, 30).getTime();
    const visit = await captureVisit(db, cashVisit('L1', '2026-1-01', 500), { now: jan5 });
    expect(visit.day).toBe('2026-01-05');
    expect((await db.collections.get(visit.id))?.day).toBe('2026-01-05');
    expect(await db.collections.where('day').equals('2026-01-05').count()).toBe(1);
  });

  it('a photo handed over as a Blob is saved as its bytes, never as the Blob', async () => {
    const photo = new Blob([new Uint8Array([1, 2, 3, 250])], { type: 'image/jpeg' });
    const visit = await captureVisit(db, cashVisit('L1', MONTH, 500, { photo }), { now: at });
    expect(visit.photo).not.toBeInstanceOf(Blob);
    expect(visit.photo).toEqual({ type: 'image/jpeg', bytes: new Uint8Array([1, 2, 3, 250]) });
    const saved = await db.collections.get(visit.id);
    expect(saved?.photo).not.toBeInstanceOf(Blob);
    expect(Array.from((saved?.photo as { bytes: Uint8Array }).bytes)).toEqual([1, 2, 3, 250]);
    expect((saved?.photo as { type: string }).type).toBe('image/jpeg');
  });
});

/**
 * A cheque number the loan's history already holds: payments that carried it before capture
 * are remembered by id so reconciliation does not take one of them for ours. Only entries with
 * THIS reference and a numeric id count.
 */
const cheque = { amount: 1500, method: 'cheque' as const, cheque: { number: '004512', bank: 'SBI', date: '2026-11-20' } };
const history = [
  { payment_id: 71, payment_reference_number: '004512', amount_recovered: 1500 },
  { payment_id: 72, payment_reference_number: '999999', amount_recovered: 1500 },
  { payment_id: null, payment_reference_number: '004512', amount_recovered: 1500 },
  { payment_reference_number: '004512', amount_recovered: 1500 },
  { payment_id: 73, payment_reference_number: '004512', amount_recovered: 900 },
] as PaymentHistoryEntry[];

describe('known payment ids: only numeric ids of earlier payments with the same reference', () => {
  it('a loan payment (Update Payment) remembers 71 and 73, not another cheque, not an entry without an id', async () => {
    const visit = await captureVisit(db, cashVisit('L1', MONTH, 1500, { payment: cheque }), { now: at, paymentHistory: history });
    const item = await db.outbox.get(visit.id);
    expect(item?.kind).toBe('credgenics.payment');
    const payload = item?.payload as PaymentPayloadV1;
    expect(payload.reference).toBe('004512');
    expect(payload.knownPaymentIds).toEqual([71, 73]);
  });

  it('a credit-line payment (Update Transaction Payment) remembers exactly the same ids', async () => {
    const visit = await captureVisit(db, cashVisit('C1', MONTH, 1500, { payment: cheque, transactionId: 'T9' }), { now: at, paymentHistory: history });
    const item = await db.outbox.get(visit.id);
    expect(item?.kind).toBe('credgenics.transaction-payment');
    const payload = item?.payload as TransactionPaymentPayloadV1;
    expect(payload).toMatchObject({ customerId: 'C1', transactionId: 'T9', reference: '004512' });
    expect(payload.knownPaymentIds).toEqual([71, 73]);
  });

  it('no history: nothing is known', async () => {
    const visit = await captureVisit(db, cashVisit('L1', MONTH, 1500, { payment: cheque }), { now: at });
    expect(((await db.outbox.get(visit.id))?.payload as PaymentPayloadV1).knownPaymentIds).toEqual([]);
  });
});

describe('contact details the agent learned', () => {
  it('a new number Credgenics accepts: sent, and the visit says nothing was held back', async () => {
    const visit = await captureVisit(db, cashVisit('L1', MONTH, 500, { contact: { phone: '9123456789' } }), {
      now: at,
      knownContact: { phones: '9876543210' },
    });
    expect(visit.contactNotSent).toBeUndefined();
    expect((await db.collections.get(visit.id))?.contactNotSent).toBeUndefined();
    const contact = (await db.outbox.toArray()).find((i) => i.kind === 'credgenics.contact');
    expect(contact?.payload).toEqual({ v: 1, loanId: 'L1', patch: { applicant_contact_number: '9876543210,9123456789' } });
  });

  it('number and address both unsendable: the visit keeps both reasons, separated, and no update is queued', async () => {
    const visit = await captureVisit(db, cashVisit('L1', MONTH, 500, { contact: { phone: '9123456789', address: '12 MG Road, Hosur' } }), {
      now: at,
      knownContact: {
        phones: '9876543210,080-2222333',
        addresses: [{ applicant_address_type: 'Home', applicant_address_text: '4 Old Street', applicant_city: 'x'.repeat(101) }],
      },
    });
    const reasons =
      'phone: Credgenics holds numbers that cannot be sent back unchanged, so the new number was kept on this laptop only; ' +
      'address: the addresses could not be sent in the form Credgenics accepts, so the new one was kept on this laptop only';
    expect(visit.contactNotSent).toBe(reasons);
    expect((await db.collections.get(visit.id))?.contactNotSent).toBe(reasons);
    expect((await db.outbox.toArray()).map((i) => i.kind)).toEqual(['credgenics.payment']);
  });
});

describe('the outbox items', () => {
  it('the payment item carries its amount for the totals; the contact item carries none', async () => {
    const visit = await captureVisit(db, cashVisit('L1', MONTH, 1500, { contact: { phone: '9123456789' } }), { now: at });
    const items = await db.outbox.toArray();
    const payment = items.find((i) => i.id === visit.id);
    const contact = items.find((i) => i.kind === 'credgenics.contact');
    expect(payment).toMatchObject({ kind: 'credgenics.payment', amount: 1500, recordId: visit.id, state: 'pending', createdAt: at });
    expect(contact).toMatchObject({ recordId: visit.id, state: 'pending' });
    expect(contact?.amount).toBeUndefined();
  });

  it('a visit with nothing to send saves the visit and no outbox item', async () => {
    const input = cashVisit('L1', MONTH, 0, { outcome: { code: 'REFUSED', label: 'Refused to pay', needs: 'none' } });
    delete input.payment;
    const visit = await captureVisit(db, input, { now: at });
    expect(await db.collections.get(visit.id)).toMatchObject({ id: visit.id, loanId: 'L1' });
    expect(visit.receiptNo).toBeUndefined();
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('the work-list row', () => {
  const before = { date: '2026-11-25', amount: 1000 };
  const stale = { date: '2026-12-01', amount: 500 };

  it('an outcome that is not a promise keeps the promise the loan had, even if the form still holds one', async () => {
    await putLoan('L1', { promiseToPay: before });
    const input = cashVisit('L1', MONTH, 0, { outcome: { code: 'REFUSED', label: 'Refused to pay', needs: 'none' }, promise: stale });
    delete input.payment;
    await captureVisit(db, input, { now: at });
    const summary = (await db.loans.get('L1'))?.summary;
    expect(summary?.promiseToPay).toEqual(before);
    expect(summary?.lastVisitAt).toBe(at);
  });

  it('a promise-to-pay outcome replaces the promise', async () => {
    await putLoan('L1', { promiseToPay: before });
    const input = cashVisit('L1', MONTH, 0, { outcome: { code: 'PTP', label: 'Promise to pay', needs: 'promise' }, promise: stale });
    delete input.payment;
    await captureVisit(db, input, { now: at });
    expect((await db.loans.get('L1'))?.summary.promiseToPay).toEqual(stale);
  });
});
