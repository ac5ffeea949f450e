import { toStoredFile } from '../../db/crypto/stored-file';
import { UpdateTransactionPaymentRequest, type ApplicantAddress, type PaymentHistoryEntry } from '../../../../shared/credgenics';
import type { FieldDeskDb } from '../../db/schema';
import { newOutboxId, receiptNumberFor } from '../../sync/ids';
import type { OutboxItem } from '../../sync/types';
import type { VisitRecord } from './model';
import { contactQueue, paymentQueue, transactionPaymentQueue } from './outbox/register';
import {
  contactPatch,
  paymentBody,
  paymentReference,
  type ContactPayloadV1,
  type PaymentPayloadV1,
  type TransactionPaymentPayloadV1,
} from './payloads';

/** What the visit form hands over: everything the agent decided, nothing the app derives. */
export type VisitInput = Omit<VisitRecord, 'id' | 'receiptNo' | 'capturedAt' | 'day' | 'depositId'>;

/** What capture needs to know about the loan, read from the local cache. */
export interface CaptureContext {
  now: number;
  /** Credgenics' known phones (comma list) and addresses, so Update Loan adds and never replaces. */
  knownContact?: { phones?: string; addresses?: readonly ApplicantAddress[] };
  /** The cached payment_history, to tell a re-used cheque number from our own payment later. */
  paymentHistory?: readonly PaymentHistoryEntry[];
}

export function localDay(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export { contactQueue, paymentQueue } from './outbox/register';

/**
 * Saves a visit and what it owes Credgenics in ONE strict-durability transaction: either the
 * visit, its payment item and its contact update are all on disk, or none is. The payment's
 * outbox id is the visit's id, and the receipt number comes from it, so a receipt can never
 * exist without the payment that will reach the server.
 */
export async function captureVisit(db: FieldDeskDb, input: VisitInput, ctx: CaptureContext): Promise<VisitRecord> {
  const id = newOutboxId(ctx.now);
  // Bytes before the transaction: a Blob can only be read asynchronously, which would end it.
  const photo = input.photo ? await toStoredFile(input.photo) : undefined;
  const visit: VisitRecord = {
    ...input,
    ...(photo ? { photo } : {}),
    id,
    capturedAt: ctx.now,
    day: localDay(ctx.now),
    ...(input.payment ? { receiptNo: receiptNumberFor(id) } : {}),
  };
  const items: OutboxItem[] = [];
  if (visit.payment && visit.receiptNo && visit.transactionId) {
    // A credit-line customer: Update Transaction Payment on the chosen transaction.
    const reference = paymentReference(visit.payment, visit.receiptNo);
    const payload: TransactionPaymentPayloadV1 = {
      v: 1,
      customerId: visit.loanId,
      transactionId: visit.transactionId,
      allocationMonth: visit.allocationMonth,
      reference,
      body: UpdateTransactionPaymentRequest.parse({ ...paymentBody(visit, visit.payment, reference), client_customer_id: visit.loanId }),
      knownPaymentIds: (ctx.paymentHistory ?? [])
        .filter((p) => p.payment_reference_number === reference && typeof p.payment_id === 'number')
        .map((p) => p.payment_id as number),
    };
    items.push(
      newItem(id, 'credgenics.transaction-payment', transactionPaymentQueue(visit.loanId), visit, payload, ctx.now, visit.payment.amount),
    );
  } else if (visit.payment && visit.receiptNo) {
    const reference = paymentReference(visit.payment, visit.receiptNo);
    const payload: PaymentPayloadV1 = {
      v: 1,
      loanId: visit.loanId,
      allocationMonth: visit.allocationMonth,
      reference,
      body: paymentBody(visit, visit.payment, reference),
      knownPaymentIds: (ctx.paymentHistory ?? [])
        .filter((p) => p.payment_reference_number === reference && typeof p.payment_id === 'number')
        .map((p) => p.payment_id as number),
    };
    items.push(newItem(id, 'credgenics.payment', paymentQueue(visit.loanId), visit, payload, ctx.now, visit.payment.amount));
  }
  const contact = visit.contact ? contactPatch(visit.contact, ctx.knownContact ?? {}) : undefined;
  if (contact && contact.skipped.length > 0) visit.contactNotSent = contact.skipped.join('; ');
  const patch = contact?.patch;
  if (patch) {
    const payload: ContactPayloadV1 = { v: 1, loanId: visit.loanId, patch };
    items.push(newItem(newOutboxId(ctx.now), 'credgenics.contact', contactQueue(visit.loanId), visit, payload, ctx.now));
  }

  await db.transaction('rw', [db.collections, db.outbox, db.loans, db.listBlocks], async () => {
    await db.collections.add(visit);
    if (items.length > 0) await db.outbox.bulkAdd(items);
    // The work list shows when the loan was last visited and any promise; a payment settles it.
    const promise = visit.outcome.needs === 'promise' ? visit.promise : undefined;
    const row = await db.loans.get(visit.loanId);
    if (row) {
      const { promiseToPay: before, ...rest } = row.summary;
      const promiseToPay = promise ?? (visit.payment ? undefined : before);
      await db.loans.put({
        ...row,
        summary: { ...rest, lastVisitAt: visit.capturedAt, ...(promiseToPay ? { promiseToPay } : {}) },
      });
    }
  });
  return visit;
}

function newItem(
  id: string,
  kind: OutboxItem['kind'],
  queue: string,
  visit: VisitRecord,
  payload: unknown,
  now: number,
  amount?: number,
): OutboxItem {
  return {
    id,
    kind,
    queue,
    recordId: visit.id,
    loanId: visit.loanId,
    ...(amount !== undefined ? { amount } : {}),
    payload,
    state: 'pending',
    attempts: 0,
    createdAt: now,
    updatedAt: now,
    nextAttemptAt: 0,
  };
}
