import {
  UpdateLoanRequest,
  UpdatePaymentRequest,
  UpdateTransactionPaymentRequest,
  formatRecoveryDate,
  type ApplicantAddress,
  type CommunicationTriggerRequest,
  type PaymentMethod,
} from '../../../../shared/credgenics';
import type { CollectionMethod, TakenPayment, VisitRecord } from './model';

/**
 * What the outbox sends for a visit, built once at capture and stored with the item. Each
 * payload says its version so an item queued by this build still sends after an update.
 */
export interface PaymentPayloadV1 {
  v: 1;
  loanId: string;
  allocationMonth: string;
  /** payment_reference_number: what reconciliation looks for in payment_history. */
  reference: string;
  body: UpdatePaymentRequest;
  /** payment_ids that already carried this reference before capture (a cheque seen before). */
  knownPaymentIds: number[];
}

/**
 * A credit-line customer's payment on one transaction (Update Transaction Payment). `customerId`
 * is the client_customer_id (the work list's id for the customer); reconciliation reads Get
 * Customer's payment_history for the reference on this transaction.
 */
export interface TransactionPaymentPayloadV1 {
  v: 1;
  customerId: string;
  transactionId: string;
  allocationMonth: string;
  reference: string;
  body: UpdateTransactionPaymentRequest;
  /** payment_ids that already carried this reference before capture. */
  knownPaymentIds: number[];
}

export interface ContactPayloadV1 {
  v: 1;
  loanId: string;
  patch: UpdateLoanRequest;
}

export interface ReceiptMessagePayloadV1 {
  v: 1;
  request: CommunicationTriggerRequest;
}

const paymentMethodFor: Record<CollectionMethod, PaymentMethod> = {
  cash: 'Cash',
  cheque: 'Cheque',
  upi: 'Online',
  'bank-transfer': 'Bank Account Transfer',
};

const paymentModeFor: Record<CollectionMethod, string> = {
  cash: 'Cash',
  cheque: 'Cheque',
  upi: 'UPI',
  'bank-transfer': 'Bank Transfer',
};

/**
 * The reference Credgenics stores: our receipt number for cash; the instrument's own reference
 * (cheque number, UTR) otherwise, because that is what the lender's accounts will match on.
 */
export function paymentReference(payment: TakenPayment, receiptNo: string): string {
  if (payment.method === 'cheque' && payment.cheque?.number) return payment.cheque.number;
  if ((payment.method === 'upi' || payment.method === 'bank-transfer') && payment.reference) return payment.reference;
  return receiptNo;
}

/** Update Payment body for a visit with money. Throws if the result breaks the request schema. */
export function paymentBody(visit: VisitRecord, payment: TakenPayment, reference: string): UpdatePaymentRequest {
  const day = formatRecoveryDate(visit.capturedAt).slice(0, 10);
  const body: UpdatePaymentRequest = {
    final_status: payment.closure ? 'Closed' : 'Partially Recovered',
    ...(payment.closure ? { closure_with: payment.closure } : {}),
    amount_recovered: payment.amount,
    recovery_method: 'Field Collection',
    payment_method: paymentMethodFor[payment.method],
    payment_mode: paymentModeFor[payment.method],
    payment_reference_number: reference,
    ...(visit.agent.email ? { recovered_by: visit.agent.email } : {}),
    recovery_date: formatRecoveryDate(visit.capturedAt),
    payment_received_date: day,
    ...(payment.split
      ? {
          recovered_expected_emi: payment.split.emi,
          recovered_late_fee: payment.split.lateFee,
          recovered_penalty: payment.split.penalty,
        }
      : {}),
  };
  UpdatePaymentRequest.parse(body);
  return body;
}

function existingPhones(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
}

const addressTypes = new Set(['Home', 'Business', 'Office']);

/** A stored address back in the request's shape (numbers where the request wants numbers). */
function resend(address: ApplicantAddress): NonNullable<UpdateLoanRequest['applicant_address']>[number] | undefined {
  const text = address.applicant_address_text?.trim();
  if (!text) return undefined;
  const pincode = Number(address.applicant_pincode);
  return {
    applicant_address_type: (addressTypes.has(address.applicant_address_type ?? '')
      ? address.applicant_address_type
      : 'Home') as 'Home' | 'Business' | 'Office',
    applicant_address_text: text,
    ...(address.applicant_city ? { applicant_city: address.applicant_city } : {}),
    ...(address.applicant_state ? { applicant_state: address.applicant_state } : {}),
    ...(Number.isInteger(pincode) && pincode >= 100000 && pincode <= 999999 ? { applicant_pincode: pincode } : {}),
  };
}


/**
 * Update Loan for what the agent learned. Credgenics replaces a list it is sent, and "ordering
 * is important" (the first number is the one dialled), so the known numbers and addresses are
 * sent first and the new one is added at the end rather than replacing anything.
 *
 * Never throws: the payment saved with the same visit matters more than a contact update, so
 * cached data the request schema would refuse (a landline among the numbers, say) drops only
 * that part of the update, with the reason, and the visit keeps what the agent learned.
 */
export function contactPatch(
  contact: NonNullable<VisitRecord['contact']>,
  known: { phones?: string; addresses?: readonly ApplicantAddress[] },
): { patch?: UpdateLoanRequest; skipped: string[] } {
  const patch: UpdateLoanRequest = {};
  const skipped: string[] = [];
  if (contact.phone) {
    const phones = existingPhones(known.phones);
    if (!phones.includes(contact.phone)) {
      const candidate = { applicant_contact_number: [...phones, contact.phone].join(',') };
      if (UpdateLoanRequest.safeParse(candidate).success) Object.assign(patch, candidate);
      else skipped.push('phone: Credgenics holds numbers that cannot be sent back unchanged, so the new number was kept on this laptop only');
    }
  }
  if (contact.address) {
    const kept = (known.addresses ?? []).map(resend).filter((a) => a !== undefined);
    const candidate = {
      applicant_address: [...kept, { applicant_address_type: 'Home' as const, applicant_address_text: contact.address }],
    };
    if (UpdateLoanRequest.safeParse(candidate).success) Object.assign(patch, candidate);
    else skipped.push('address: the addresses could not be sent in the form Credgenics accepts, so the new one was kept on this laptop only');
  }
  return Object.keys(patch).length > 0 ? { patch, skipped } : { skipped };
}
