import type { ApiError } from './result';
import type { GetCustomerResponse, GetLoanResponse } from './credgenics';
import type { LineDetails, RepaymentSchedule } from './glaas';

/**
 * Records the renderer keeps in IndexedDB. Schema changes are additive Dexie versions; a record
 * carries what it needs to be read by a later version of the app.
 */

/** One loan allocated to this user for one allocation month (`YYYY-M-01`). */
export interface Assignment {
  loanId: string;
  allocationMonth: string;
  /** Where it came from: an import file's name, or 'manual'. */
  source: string;
  priority?: number;
  agentEmail?: string;
  glaasLoanId?: string;
  requestFlowId?: string;
  /** The GLAAS account is a line of credit (true) or a term loan (false); absent when the sheet did not say. */
  glaasLine?: boolean;
  importedAt: number;
}

export type LoanKind = 'loan' | 'credit-line';
export type LoanFetchState = 'pending' | 'downloaded' | 'failed';

/**
 * The cached Get Loan (or Get Customer) snapshot of one loan, plus the flat fields the work list
 * filters and sorts on, computed once when the snapshot is stored (never per keystroke).
 */
export interface CachedLoan {
  loanId: string;
  kind: LoanKind;
  fetchState: LoanFetchState;
  /** When the snapshot was taken (epoch ms); absent until first downloaded. */
  fetchedAt?: number;
  /** Why the last download failed, in the server's words where it gave any. */
  failure?: Pick<ApiError, 'kind' | 'message' | 'serverMessage' | 'status'>;
  /** The whole validated answer, as Credgenics sent it. */
  snapshot?: GetLoanResponse | GetCustomerResponse;
  summary: LoanSummary;
}

/** Stored apart from the work-list row: 10,000 snapshots are ~40 MB, the rows a few MB. */
export interface LoanSnapshotRow {
  loanId: string;
  snapshot: GetLoanResponse | GetCustomerResponse;
}

export interface LoanSummary {
  name: string;
  phones: string[];
  city: string;
  pincode: string;
  /** The allocation month the summary's figures come from (latest assigned). */
  allocationMonth: string;
  dpd: number | null;
  dpdBracket: string;
  finalStatus: string;
  /** Total claim for the month (what is due). */
  totalClaim: number;
  expectedEmi: number;
  recovered: number;
  priority: number | null;
  /** Lower-cased name, id, phones, city and pincode joined: what search matches against. */
  searchText: string;
  /** Set by the collections feature when a visit is recorded on this laptop. */
  lastVisitAt?: number;
  /** Set by the collections feature from the latest promise-to-pay outcome. */
  promiseToPay?: { date: string; amount: number };
  /** Credit-line customers: the claim per transaction (the customer's total is their sum). */
  transactions?: TransactionClaim[];
}

/** A credit-line customer's claim on one transaction, for the month a payment would be booked in. */
export interface TransactionClaim {
  transactionId: string;
  allocationMonth: string;
  totalClaim: number;
  expectedEmi: number;
  recovered: number;
  dpd: number | null;
}

/** GLAAS data for a linked loan, fetched on open when online, shown from cache offline. */
export interface GlaasLoanCache {
  loanId: string;
  fetchedAt: number;
  schedule?: RepaymentSchedule;
  lineDetails?: LineDetails;
  failure?: Pick<ApiError, 'kind' | 'message' | 'serverMessage' | 'status'>;
}

/** Who did what that matters later: revealing an Aadhaar, discarding a payment, importing. */
export interface AuditEntry {
  id?: number;
  at: number;
  kind: 'reveal-identity' | 'import-allocation' | 'purge-loans' | (string & {});
  loanId?: string;
  detail: string;
}
