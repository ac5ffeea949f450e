import type {
  ApplicationRecord,
  CommunicationRecord,
  DocumentRecord,
  LoanUpdateRecord,
  LoanUploadRecord,
  PaymentRecord,
  RejectedRepaymentRecord,
  RepaymentRecord,
  RequestLogEntry,
  RequestOutcome,
  SandboxFaults,
  SandboxState,
  SandboxSummary,
} from './types';
import type { CgCustomer, CgLoan, CgTransaction, Dataset, GlaasLine, GlaasSubLoan } from './wire-types';

/** The request log keeps the newest entries only, so a long `npm run sandbox` does not grow
 *  without bound; tests never come near this. */
const MAX_LOG_ENTRIES = 50_000;

/**
 * The sandbox's memory: the seeded book (mutated as payments land), lookup indexes, and an
 * append-only record of every write, which is what exactly-once tests inspect.
 */
export class LiveState implements SandboxState {
  readonly payments: PaymentRecord[] = [];
  readonly repayments: RepaymentRecord[] = [];
  readonly rejectedRepayments: RejectedRepaymentRecord[] = [];
  readonly documents: DocumentRecord[] = [];
  readonly loanUpdates: LoanUpdateRecord[] = [];
  readonly loanUploads: LoanUploadRecord[] = [];
  readonly communications: CommunicationRecord[] = [];
  readonly applications: ApplicationRecord[] = [];
  readonly requests: RequestLogEntry[] = [];

  readonly loansById = new Map<string, CgLoan>();
  readonly customersById = new Map<string, CgCustomer>();
  readonly transactionsById = new Map<string, { customer: CgCustomer; transaction: CgTransaction }>();
  readonly linesByRequestFlowId = new Map<number, GlaasLine>();
  readonly subLoansById = new Map<number, { line: GlaasLine; subLoan: GlaasSubLoan }>();
  readonly applicationsByRequestFlowId = new Map<number, ApplicationRecord>();

  /** GLAAS logins accepted: one per session expiry is what a well-behaved client costs. */
  glaasLogins = 0;
  private requestSeq = 0;
  private paymentSeq = 0;
  private repaymentSeq = 0;
  private readonly outcomeCounts: Partial<Record<RequestOutcome, number>> = {};

  constructor(
    readonly dataset: Dataset,
    private readonly currentFaults: () => SandboxFaults,
    private readonly liveSessions: () => number,
  ) {
    for (const loan of dataset.loans) this.loansById.set(loan.loan_details.loan_id, loan);
    for (const customer of dataset.customers) this.indexCustomer(customer);
    for (const line of dataset.lines) this.indexLine(line);
  }

  get links() {
    return this.dataset.links;
  }

  get faults(): Readonly<SandboxFaults> {
    return this.currentFaults();
  }

  indexCustomer(customer: CgCustomer): void {
    this.customersById.set(customer.applicant_details.client_customer_id, customer);
    for (const transaction of customer.transactions_details) {
      this.transactionsById.set(transaction.transaction_id, { customer, transaction });
    }
  }

  indexLine(line: GlaasLine): void {
    this.linesByRequestFlowId.set(line.requestFlowId, line);
    for (const subLoan of line.subLoans) this.subLoansById.set(subLoan.loanId, { line, subLoan });
  }

  nextPaymentSeq(): number {
    return ++this.paymentSeq;
  }

  nextRepaymentSeq(): number {
    return ++this.repaymentSeq;
  }

  log(entry: Omit<RequestLogEntry, 'seq'>): RequestLogEntry {
    const full = { seq: ++this.requestSeq, ...entry };
    this.requests.push(full);
    if (this.requests.length > MAX_LOG_ENTRIES) this.requests.splice(0, this.requests.length - MAX_LOG_ENTRIES);
    return full;
  }

  /** Called once the outcome of a logged request is known. */
  settle(entry: RequestLogEntry, outcome: RequestOutcome, status: number | null): void {
    entry.outcome = outcome;
    entry.status = status;
    this.outcomeCounts[outcome] = (this.outcomeCounts[outcome] ?? 0) + 1;
  }

  repaymentCount(uid: string): number {
    let n = 0;
    for (const r of this.repayments) if (r.uid === uid) n++;
    return n;
  }

  paymentCount(referenceNumber: string): number {
    let n = 0;
    for (const p of this.payments) if (p.paymentReferenceNumber === referenceNumber) n++;
    return n;
  }

  paymentsFor(loanId: string): PaymentRecord[] {
    return this.payments.filter((p) => p.loanId === loanId || p.clientCustomerId === loanId);
  }

  loan(loanId: string): CgLoan | undefined {
    return this.loansById.get(loanId);
  }

  customer(clientCustomerId: string): CgCustomer | undefined {
    return this.customersById.get(clientCustomerId);
  }

  activeSessionCount(): number {
    return this.liveSessions();
  }

  summary(): SandboxSummary {
    return {
      seed: this.dataset.seed,
      allocationMonths: this.dataset.allocationMonths,
      counts: {
        loans: this.loansById.size,
        customers: this.customersById.size,
        links: this.dataset.links.length,
        payments: this.payments.length,
        repayments: this.repayments.length,
        rejectedRepayments: this.rejectedRepayments.length,
        documents: this.documents.length,
        loanUpdates: this.loanUpdates.length,
        loanUploads: this.loanUploads.length,
        communications: this.communications.length,
        applications: this.applications.length,
        requests: this.requestSeq,
        activeSessions: this.liveSessions(),
        glaasLogins: this.glaasLogins,
      },
      payments: this.payments.map(({ body: _body, ...rest }) => rest),
      repaymentUids: this.repayments.map((r) => r.uid),
      documents: this.documents.map(({ bytes: _bytes, ...rest }) => rest),
      faults: this.currentFaults(),
      outcomes: { ...this.outcomeCounts },
    };
  }
}
