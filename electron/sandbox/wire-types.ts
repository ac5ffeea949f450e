/**
 * The shapes the sandbox serves, as the vendor documents show them. They are deliberately loose
 * (index signatures): the documents' examples carry more keys than the tables list, and the
 * sandbox must be able to hold the examples verbatim.
 */

/** One allocation month of a loan or transaction (Credgenics "defaults"). */
export interface CgDefault {
  allocation_month: string;
  final_status: string;
  amount_recovered: number | null;
  [key: string]: unknown;
}

/** One entry of Get Loan / Get Customer `payment_history`. */
export interface CgPaymentEntry {
  payment_id: number;
  amount_recovered: number;
  final_status: string;
  recovery_method: string;
  allocation_month: string;
  payment_method: string;
  payment_mode: string;
  payment_reference_number: string;
  author: string;
  created: string;
  client_customer_id?: string;
  transaction_id?: string;
  [key: string]: unknown;
}

export interface CgLoanDetails {
  loan_id: string;
  applicant_name: string;
  defaults: CgDefault[];
  [key: string]: unknown;
}

/** The whole Get Loan answer (before `fields` picks from it). */
export interface CgLoan {
  loan_details: CgLoanDetails;
  communication_details: unknown[];
  payment_history: CgPaymentEntry[];
  notice_tracking_details: unknown[];
  remarks: unknown[];
}

export interface CgTransaction {
  transaction_id: string;
  data: {
    defaults: CgDefault[];
    transaction_id: string;
    [key: string]: unknown;
  };
}

export interface CgApplicantDetails {
  client_customer_id: string;
  applicant_name: string;
  defaults: CgDefault[];
  [key: string]: unknown;
}

/** The `output` of Get Customer (credit-line company). */
export interface CgCustomer {
  applicant_details: CgApplicantDetails;
  transactions_details: CgTransaction[];
  payment_history: CgPaymentEntry[];
  communication_details: unknown[];
  notice_tracking_details: unknown[];
  remarks: unknown[];
}

/** Sandbox-side link between a Credgenics loan (or credit-line transaction) and GLAAS. */
export interface GlaasLink {
  kind: 'loan' | 'credit-line';
  /** loan_id for a loan, client_customer_id for a credit-line customer. */
  credgenicsId: string;
  /** Only for credit lines: the Credgenics transaction this GLAAS sub-loan is. */
  transactionId?: string;
  requestFlowId: number;
  glaasLoanId: number;
}

export interface GlaasOverdue {
  principal: number;
  interest: number;
  penalty: number;
  charges: number;
  delayed_interest: number;
  penalty_gst: number;
  charge_gst: number;
}

/** A GLAAS (sub-)loan as the sandbox keeps it; LineDetails and schedules are derived from it. */
export interface GlaasSubLoan {
  loanId: number;
  /** Loan invoice number (SubLoan.uid in the docs). */
  uid: string;
  installment: number;
  principal: number;
  pos: number;
  dpd: number;
  overdue: GlaasOverdue;
  /** Epoch day (IST calendar) of sanction; schedules start the month after. */
  sanctionDay: number;
  tenureMonths: number;
  annualRatePct: number;
  moratoriumMonths: number;
  emiDayOfMonth: number;
}

export interface GlaasLine {
  requestFlowId: number;
  kind: 'loan' | 'credit-line';
  credgenicsId: string;
  borrowerName: string;
  limitSanctioned: number;
  subLoans: GlaasSubLoan[];
}

export interface Dataset {
  seed: number;
  /** ISO time the data was generated for (drives allocation months and ages). */
  generatedFor: string;
  allocationMonths: { current: string; previous: string };
  loans: CgLoan[];
  customers: CgCustomer[];
  links: GlaasLink[];
  lines: GlaasLine[];
}
