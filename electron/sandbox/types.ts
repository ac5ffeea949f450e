import type { CgLoan, CgCustomer, CgPaymentEntry, Dataset, GlaasLink } from './wire-types';

export type Platform = 'credgenics' | 'glaas';

export interface SandboxFaults {
  /** Added before every answer (default 0). */
  latencyMs: number;
  /** 0..1: answer 500/502/503 (body {"message":"..."}) WITHOUT committing. */
  errorRate: number;
  /** 0..1: never answer (hold the socket hangMs, then destroy it); nothing is committed. */
  timeoutRate: number;
  /** How long a timeout fault holds the socket (default 60000). */
  hangMs: number;
  /** 0..1, writes only: COMMIT the write, then destroy the socket with no reply. */
  lostReplyRate: number;
  /** 0..1: 429 with Retry-After: 1. */
  rateLimitRate: number;
  /** GLAAS session lifetime (default 30 min), measured on the injected clock. */
  sessionTtlMs: number;
  /** One-shot: invalidate all current GLAAS sessions. */
  expireSessionsNow?: boolean;
  /** The next N authenticated calls (either platform) answer 401, once each. */
  failNextAuth?: number;
  /** Restrict faults to these platforms (default both). */
  only?: Platform[];
  /** Restrict the random faults (error, timeout, 429) to writes; default false. */
  onlyWrites?: boolean;
  /** A slow uplink: request bodies (all requests together) are read at most this fast; 0 = no limit. */
  uploadBytesPerSec?: number;
}

export interface TrainingCredentials {
  credgenicsToken: string;
  glaasUsername: string;
  glaasPassword: string;
}

export interface SandboxOptions {
  /** 0 = a free port (default). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 42. */
  seed?: number;
  /** Default 200 (plus the documented example loan "2954"). */
  loanCount?: number;
  /** Default 20 (plus the documented example customer "189004"). */
  creditLineCount?: number;
  faults?: Partial<SandboxFaults>;
  /** The sandbox's clock: session expiry, repayment settling, timestamps, allocation months. */
  now?: () => Date;
  credentials?: Partial<TrainingCredentials>;
  /** How long an accepted GLAAS repayment stays READY_FOR_PAYMENT before it is ACCEPTED
   *  (default 2000 ms on the injected clock). */
  repaymentSettleMs?: number;
}

export type RequestOutcome =
  | 'ok' // 2xx
  | 'rejected' // 400/405/413: the request itself was wrong
  | 'not-found' // 404
  | 'auth-failed' // 401 because the token/session/role really was wrong
  | 'fault-auth' // 401 injected by failNextAuth
  | 'fault-5xx'
  | 'fault-timeout'
  | 'fault-lost-reply' // committed, then the socket was destroyed
  | 'fault-429'
  | 'control'; // the /__sandbox control surface

export interface RequestLogEntry {
  seq: number;
  method: string;
  path: string;
  query: Record<string, string>;
  /** Lower-cased names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** ISO time on the injected clock. */
  timestamp: string;
  platform: Platform | 'control' | 'unknown';
  write: boolean;
  /** HTTP status sent (or that would have been sent, for a lost reply); null for a timeout. */
  status: number | null;
  outcome: RequestOutcome;
}

export interface PaymentRecord {
  seq: number;
  kind: 'loan' | 'transaction';
  /** The id in the path: loan_id, or transaction_id for a credit line. */
  loanId: string;
  clientCustomerId: string | null;
  allocationMonth: string;
  companyId: string | null;
  paymentReferenceNumber: string;
  amountRecovered: number;
  /** The request body as received. */
  body: Record<string, unknown>;
  /** What was appended to payment_history. */
  entry: CgPaymentEntry;
  at: string;
}

export interface RepaymentRecord {
  seq: number;
  endpoint: 'loanRepayment' | 'lineRepayment';
  uid: string;
  requestFlowId: number;
  loanId: number | null;
  amount: number;
  type: string;
  paymentMode: string;
  date: string;
  comment: string;
  callBackUrl: string | null;
  /** Epoch ms on the injected clock; status turns ACCEPTED repaymentSettleMs later. */
  acceptedAtMs: number;
}

export interface RejectedRepaymentRecord {
  endpoint: 'loanRepayment' | 'lineRepayment';
  uid: string | null;
  message: string;
  line: unknown;
}

export interface OcrResult {
  tag: string;
  error: string | null;
  time: string;
  fields: { key: string; value: string }[];
}

export interface DocumentRecord {
  id: number;
  fileId: number;
  requestFlowId: number;
  fieldName: string;
  filename: string;
  contentType: string;
  size: number;
  bytes: Uint8Array;
  sha256: string;
  /** The name GLAAS stored it under: uuid + extension. */
  documentName: string;
  uploadDocumentType: number;
  ocr: OcrResult;
  at: string;
}

export interface LoanUpdateRecord {
  kind: 'loan' | 'customer' | 'transaction';
  id: string;
  clientCustomerId: string | null;
  companyId: string | null;
  patch: Record<string, unknown>;
  at: string;
}

export interface LoanUploadRecord {
  id: string;
  kind: 'loan' | 'transaction';
  created: boolean;
  companyId: string | null;
  body: Record<string, unknown>;
  at: string;
}

export interface CommunicationRecord {
  role: string;
  companyId: string | null;
  body: Record<string, unknown>;
  at: string;
}

export interface ApplicationRecord {
  requestFlowId: number;
  borrowerName: string;
  body: Record<string, unknown>;
  sanctioned: boolean;
  at: string;
}

/** JSON summary served at GET /__sandbox/state (no file bytes). */
export interface SandboxSummary {
  seed: number;
  allocationMonths: { current: string; previous: string };
  counts: {
    loans: number;
    customers: number;
    links: number;
    payments: number;
    repayments: number;
    rejectedRepayments: number;
    documents: number;
    loanUpdates: number;
    loanUploads: number;
    communications: number;
    applications: number;
    requests: number;
    activeSessions: number;
    /** GLAAS logins accepted since start (a client should log in once per expiry). */
    glaasLogins: number;
  };
  payments: Omit<PaymentRecord, 'body'>[];
  repaymentUids: string[];
  documents: Omit<DocumentRecord, 'bytes'>[];
  faults: SandboxFaults;
  outcomes: Partial<Record<RequestOutcome, number>>;
}

/** Everything the sandbox holds, live. Tests read it to check exactly-once delivery. */
export interface SandboxState {
  readonly dataset: Dataset;
  readonly links: readonly GlaasLink[];
  readonly payments: readonly PaymentRecord[];
  /** Every accepted repayment line, duplicates by uid included. */
  readonly repayments: readonly RepaymentRecord[];
  readonly rejectedRepayments: readonly RejectedRepaymentRecord[];
  readonly documents: readonly DocumentRecord[];
  readonly loanUpdates: readonly LoanUpdateRecord[];
  readonly loanUploads: readonly LoanUploadRecord[];
  readonly communications: readonly CommunicationRecord[];
  readonly applications: readonly ApplicationRecord[];
  readonly requests: readonly RequestLogEntry[];
  readonly faults: Readonly<SandboxFaults>;
  /** How many accepted repayment lines carry this uid (2+ means a double payment). */
  repaymentCount(uid: string): number;
  /** How many Credgenics payments carry this payment_reference_number. */
  paymentCount(referenceNumber: string): number;
  paymentsFor(loanId: string): PaymentRecord[];
  /** The live Get Loan record (mutated by payments and updates). */
  loan(loanId: string): CgLoan | undefined;
  customer(clientCustomerId: string): CgCustomer | undefined;
  activeSessionCount(): number;
  summary(): SandboxSummary;
}

export interface Sandbox {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** `${origin}/credgenics/recovery` (like https://apiuat.credgenics.com/recovery) */
  credgenicsBaseUrl: string;
  /** `${origin}/credgenics` (the communication trigger lives at the root) */
  credgenicsRootUrl: string;
  /** `${origin}/glaas/auth` → POST /public/auth/login */
  glaasAuthUrl: string;
  /** `${origin}/glaas/api` → /lms/..., /los/... */
  glaasApiUrl: string;
  training: TrainingCredentials;
  setFaults(f: Partial<SandboxFaults>): void;
  /** Back to the faults given at start (no faults by default). */
  resetFaults(): void;
  state: SandboxState;
  /** Stops listening and destroys every open socket, held ones included. */
  close(): Promise<void>;
}
