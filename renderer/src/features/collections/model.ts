import type { FileField } from '../../db/crypto/stored-file';
import type { Disposition } from '../../../../shared/settings';

/**
 * A visit as recorded at the borrower's door. Saved on the laptop at once; when money was taken
 * it also has an outbox item (same id) that carries the payment to Credgenics.
 */
export type VisitPurpose = 'scheduled' | 'surprise' | 'ptp-follow-up';
export const visitPurposes: readonly VisitPurpose[] = ['scheduled', 'surprise', 'ptp-follow-up'];

export type PersonMet = 'borrower' | 'co-applicant' | 'family' | 'other';
export const peopleMet: readonly PersonMet[] = ['borrower', 'co-applicant', 'family', 'other'];

export type CollectionMethod = 'cash' | 'cheque' | 'upi' | 'bank-transfer';
export const collectionMethods: readonly CollectionMethod[] = ['cash', 'cheque', 'upi', 'bank-transfer'];

export interface PaymentSplit {
  emi: number;
  lateFee: number;
  penalty: number;
}

export interface TakenPayment {
  /** Rupees, > 0, at most 2 decimals. */
  amount: number;
  split?: PaymentSplit;
  method: CollectionMethod;
  cheque?: { number: string; bank: string; date: string /* YYYY-MM-DD */ };
  /** UPI UTR / online or bank-transfer reference. */
  reference?: string;
  /** Set when this payment closes the loan. */
  closure?: 'NOC' | 'Settlement';
}

export interface VisitRecord {
  /** ULID made at capture. For a visit with money it is also the payment's outbox id. */
  id: string;
  /** Short readable receipt number derived from the id; only when money was taken. */
  receiptNo?: string;
  loanId: string;
  /** The Credgenics allocation month the payment is booked against (YYYY-M-01). */
  allocationMonth: string;
  /** Credit-line customers: the transaction the payment is booked against (Update Transaction Payment). */
  transactionId?: string;
  /** Copied at capture so receipts and reports work even after the loan is purged. */
  borrowerName: string;
  capturedAt: number;
  /** Local calendar day of capture, YYYY-MM-DD: the day report's key. */
  day: string;
  purpose: VisitPurpose;
  met: boolean;
  whoMet?: PersonMet;
  /** The outcome as the settings named it at capture time. */
  outcome: Disposition;
  promise?: { date: string /* YYYY-MM-DD */; amount: number };
  payment?: TakenPayment;
  contact?: { phone?: string; address?: string };
  remarks?: string;
  /** A StoredFile once saved (the encrypted store keeps bytes, not Blobs). */
  photo?: FileField;
  agent: { email?: string; name?: string };
  /** The agent saw and accepted the RBI contact-hours warning. */
  outsideContactHours?: boolean;
  /** The agent confirmed an amount above the month's claim. */
  aboveClaimConfirmed?: boolean;
  /** The agent confirmed a cheque number / UTR this loan's history already holds. */
  duplicateConfirmed?: boolean;
  /** Why part of what the agent learned (phone, address) could not be sent to Credgenics. */
  contactNotSent?: string;
  /** Issue 5: the deposit this cash/cheque went into. */
  depositId?: string;
}
