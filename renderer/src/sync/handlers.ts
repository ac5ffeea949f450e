import type { ApiError, Result } from '../../../shared/result';
import type { ContactPayloadV1, PaymentPayloadV1, ReceiptMessagePayloadV1 } from '../features/collections/payloads';
import type { FieldDeskDb } from '../db/schema';
import { repaymentHandler } from '../features/repayments/outbox-handler';
import { documentHandler } from '../features/kyc/upload-handler';
import type { SyncPort } from './port';
import type { OutboxItem, OutboxKind } from './types';

/** What a handler may use besides the port: the database (records, blobs) and the clock. */
export interface HandlerEnv {
  db: FieldDeskDb;
  now: () => number;
}

/** What a lookup after an unclear outcome found. */
export type Reconciled =
  | { found: true; serverRef: string }
  | { found: false }
  | { error: ApiError };

/**
 * How each kind of item is sent, and how it is checked after an unclear outcome before any
 * resend. Money is looked up on the server; things that are harmless to repeat are resent.
 */
export interface KindHandler {
  send(item: OutboxItem, port: SyncPort, env: HandlerEnv): Promise<Result<unknown>>;
  reconcile(item: OutboxItem, port: SyncPort, env: HandlerEnv): Promise<Reconciled>;
  /** Kinds the platform takes many at a time (GLAAS repayment lines): sent in batches. */
  batch?: BatchHandler;
}

/** One part's answer inside a batch reply: the platform took it, or refused it alone. */
export type PartResult = { ok: true; serverRef?: string } | { ok: false; error: ApiError };

export interface BatchHandler {
  /** Parts per request. */
  max: number;
  /** One request for all items. The whole may fail (offline, 5xx…) or answer per item. */
  sendMany(items: OutboxItem[], port: SyncPort, env: HandlerEnv): Promise<Result<Map<string, PartResult>>>;
  /** One lookup for all items after an unclear outcome; an item left out counts as not found. */
  reconcileMany(items: OutboxItem[], port: SyncPort, env: HandlerEnv): Promise<Result<Map<string, Reconciled>>>;
}

const sameMoney = (a: unknown, b: number) => typeof a === 'number' && Math.round(a * 100) === Math.round(b * 100);

const payment: KindHandler = {
  send(item, port) {
    const p = item.payload as PaymentPayloadV1;
    return port.updatePayment({ loanId: p.loanId, allocationMonth: p.allocationMonth, payment: p.body, opKey: item.id });
  },
  /**
   * Update Payment has no idempotency key: every accepted call is a new payment. So after a
   * timeout, a 5xx or a crash, Get Loan's payment_history is searched for our reference (and the
   * same amount, ignoring payments that carried the reference before we captured). Found →
   * sent; not found → send. The main process first waits for any write of this item still in
   * flight, so the lookup never races our own request.
   */
  async reconcile(item, port) {
    const p = item.payload as PaymentPayloadV1;
    const answer = await port.findPayments({ loanId: p.loanId, reference: p.reference, opKey: item.id });
    if (!answer.ok) return { error: answer.error };
    if (answer.value.writeSucceeded) return { found: true, serverRef: p.reference };
    const match = answer.value.entries.find(
      (e) =>
        !(typeof e.payment_id === 'number' && p.knownPaymentIds.includes(e.payment_id)) &&
        sameMoney(e.amount_recovered, p.body.amount_recovered),
    );
    if (!match) return { found: false };
    return { found: true, serverRef: match.payment_id !== undefined ? `payment ${match.payment_id}` : p.reference };
  },
};

/** Update Loan sets fields to given values: sending it twice leaves the same loan. */
const contact: KindHandler = {
  send(item, port) {
    const p = item.payload as ContactPayloadV1;
    return port.updateLoan({ loanId: p.loanId, patch: p.patch, opKey: item.id });
  },
  reconcile: async () => ({ found: false }),
};

/**
 * A receipt text message: nothing on the server can be searched for it, and a second copy of a
 * receipt message is a nuisance while a lost one is a borrower without proof, so it is resent.
 */
const receiptMessage: KindHandler = {
  send(item, port) {
    const p = item.payload as ReceiptMessagePayloadV1;
    return port.triggerCommunication({ request: p.request, opKey: item.id });
  },
  reconcile: async () => ({ found: false }),
};

export const kindHandlers: Record<OutboxKind, KindHandler> = {
  'credgenics.payment': payment,
  'credgenics.contact': contact,
  'credgenics.receipt-message': receiptMessage,
  'glaas.repayment': repaymentHandler,
  'glaas.document': documentHandler,
};
