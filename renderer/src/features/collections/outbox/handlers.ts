import type { Result } from '../../../../../shared/result';
import type { KindHandler, Reconciled } from '../../../sync/handlers';
import type { ContactPayloadV1, PaymentPayloadV1, ReceiptMessagePayloadV1, TransactionPaymentPayloadV1 } from '../payloads';

/** Same rupees and paise: amounts come back from the server as JSON numbers. */
export const sameMoney = (a: unknown, b: number) => typeof a === 'number' && Math.round(a * 100) === Math.round(b * 100);

/** What a payment lookup answers: our own write already known to succeed, or the history found. */
type PaymentLookup = Result<{ writeSucceeded: boolean; entries: Array<{ payment_id?: unknown; amount_recovered?: unknown }> }>;

/**
 * Is our payment in what the platform returned? Yes when the main process saw our write succeed,
 * or when the history holds a payment of the same amount that was not already there at capture
 * (the reference is matched by the lookup itself). Loan and transaction payments share this rule.
 */
function ourPaymentIn(answer: PaymentLookup, p: { reference: string; knownPaymentIds: number[]; body: { amount_recovered: number } }): Reconciled {
  if (!answer.ok) return { error: answer.error };
  if (answer.value.writeSucceeded) return { found: true, serverRef: p.reference };
  const match = answer.value.entries.find(
    (e) =>
      !(typeof e.payment_id === 'number' && p.knownPaymentIds.includes(e.payment_id)) &&
      sameMoney(e.amount_recovered, p.body.amount_recovered),
  );
  if (!match) return { found: false };
  // An id the wire parser could not read arrives as null: name the payment by our reference then.
  return { found: true, serverRef: typeof match.payment_id === 'number' ? `payment ${String(match.payment_id)}` : p.reference };
}

/** A loan payment (Update Payment). */
export const paymentHandler: KindHandler = {
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
    return ourPaymentIn(answer, p);
  },
};

/** A credit-line customer's payment on one transaction (Update Transaction Payment). */
export const transactionPaymentHandler: KindHandler = {
  send(item, port) {
    const p = item.payload as TransactionPaymentPayloadV1;
    return port.updateTransactionPayment({ transactionId: p.transactionId, allocationMonth: p.allocationMonth, payment: p.body, opKey: item.id });
  },
  /**
   * Exactly as for a loan payment: Update Transaction Payment has no idempotency key either, so
   * after an unclear outcome the main process first waits for our own write still in flight,
   * then Get Customer's payment_history is searched for our reference on this transaction (same
   * amount, not a payment that carried the reference before capture). Found → sent; else send.
   */
  async reconcile(item, port) {
    const p = item.payload as TransactionPaymentPayloadV1;
    const answer = await port.findTransactionPayments({ customerId: p.customerId, transactionId: p.transactionId, reference: p.reference, opKey: item.id });
    return ourPaymentIn(answer, p);
  },
};

/** Update Loan sets fields to given values: sending it twice leaves the same loan. */
export const contactHandler: KindHandler = {
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
export const receiptMessageHandler: KindHandler = {
  send(item, port) {
    const p = item.payload as ReceiptMessagePayloadV1;
    return port.triggerCommunication({ request: p.request, opKey: item.id });
  },
  reconcile: async () => ({ found: false }),
};
