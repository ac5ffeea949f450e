import type { GlaasPaymentMode, GlaasRepaymentType } from '../../../../shared/settings';
import type { CollectionMethod } from '../collections/model';

/**
 * One GLAAS loan-repayment line, made on this laptop from a deposit (one line per loan) or a
 * row of the branch grid. Its id is the GLAAS `uid`: made once, at capture, never changed, so an
 * unclear outcome can be checked with repayment status before anything is sent again. The line
 * has an outbox item with the same id that carries it to GLAAS.
 */
export interface RepaymentLine {
  /** ULID made at capture; GLAAS's uid. */
  id: string;
  source: 'deposit' | 'grid';
  /** The deposit this line came from (source = deposit). */
  depositId?: string;
  /** The Credgenics loan id the money was collected on (or the grid's chosen loan). */
  loanId: string;
  borrowerName: string;
  /** GLAAS ids from the loan's link. requestFlowId is required to post. */
  requestFlowId: string;
  glaasLoanId?: string;
  amount: number;
  type: GlaasRepaymentType;
  paymentMode: GlaasPaymentMode;
  /** How the agent took the money (deposit lines): cash has no GLAAS mode, so it is posted as the mapped one. */
  collectedAs?: CollectionMethod;
  /** Day the money was paid, YYYY-MM-DD (sent as DD/MM/YYYY). */
  date: string;
  reference?: string;
  comment?: string;
  createdAt: number;
  /** Local day of capture, YYYY-MM-DD: the reports' key. */
  day: string;
  /** GLAAS's answer for this line when posted: Accepted / Rejected and its message. */
  lineAnswer?: { status: string; message: string; at: number };
  /** GLAAS repayment status (READY_FOR_PAYMENT, ACCEPTED, …) and when it was read. */
  glaasStatus?: { status: string; at: number };
  /** 1 once the status is final (no more look-ups); 0 while it may change. Indexed. */
  statusFinal: 0 | 1;
}
