import { z } from 'zod';
import { hasNoControlCharacters, CONTROL_CHARACTERS_MESSAGE, headerSafeText } from './wire-schema';

/**
 * Non-secret settings. Secrets (token, password) live only in the vault; the renderer can read
 * and change everything here.
 */

export const credgenicsEnvironments = ['production', 'uat', 'training', 'custom'] as const;
export const glaasEnvironments = ['production', 'sandbox', 'training', 'custom'] as const;
export const CredgenicsEnvironment = z.enum(credgenicsEnvironments);
export const GlaasEnvironment = z.enum(glaasEnvironments);
export type CredgenicsEnvironment = z.infer<typeof CredgenicsEnvironment>;
export type GlaasEnvironment = z.infer<typeof GlaasEnvironment>;
export type Platform = 'credgenics' | 'glaas';
export const PlatformSchema = z.enum(['credgenics', 'glaas']);

/** Hosts that never leave this laptop: plain http is safe to them (Training, the sandbox). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * An https URL of sane length, no credentials in it, no trailing slash kept. Plain http is
 * allowed only to this laptop: the token and password must never cross a network in clear text.
 */
export const HttpUrl = z
  .string()
  .trim()
  .max(500)
  .refine((value) => {
    try {
      const url = new URL(value);
      const schemeOk = url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
      return schemeOk && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'Enter a full web address starting with https:// (http:// only for this computer)')
  .transform((value) => value.replace(/\/+$/, ''));

const OptionalText = (max: number) => z.string().trim().max(max).optional();
/** Sent in a header, a URL or a body's name field: no line breaks or other control characters. */
const OptionalSendable = (max: number) => headerSafeText(max).optional();

/** Placeholder-bearing path override such as "POST /lms/loanRepayment". */
export const PathOverride = z
  .string()
  .trim()
  .max(300)
  .regex(/^(GET|POST|PUT|PATCH) \/[\w\-./{}?=&]*$/, 'Write it as METHOD /path, e.g. POST /lms/loanRepayment');

export const CredgenicsSettings = z.strictObject({
  environment: CredgenicsEnvironment.optional(),
  customBaseUrl: HttpUrl.optional(),
  /** Where the communication trigger lives when Custom; defaults to the base URL without /recovery. */
  customRootUrl: HttpUrl.optional(),
  companyId: OptionalSendable(100),
  role: OptionalSendable(100),
  /** Credit-line companies read customers with Get Customer and pay per transaction. */
  lenderType: z.enum(['loans', 'credit-lines']).optional(),
});

export const LoanSettings = z.strictObject({
  /** A loan whose allocation month ended this many days ago, with nothing unsent, is removed. */
  purgeAfterDays: z.number().int().min(1).max(365).optional(),
});
export const DEFAULT_PURGE_AFTER_DAYS = 45;

export const GlaasSettings = z.strictObject({
  environment: GlaasEnvironment.optional(),
  partnerId: z
    .string()
    // Before trimming: a trailing CR/LF is refused, not quietly cut (it becomes a host name).
    .refine(hasNoControlCharacters, CONTROL_CHARACTERS_MESSAGE)
    .trim()
    .max(63)
    .regex(/^[a-z0-9-]*$/i, 'A partner id has only letters, digits and dashes')
    .optional(),
  customAuthUrl: HttpUrl.optional(),
  customApiUrl: HttpUrl.optional(),
  paths: z.record(z.string().max(40), PathOverride).optional(),
});

/** What a visit outcome asks of the form: money taken, a promise, or nothing more. */
export const DispositionNeeds = z.enum(['payment', 'promise', 'none']);
export type DispositionNeeds = z.infer<typeof DispositionNeeds>;

export const Disposition = z.strictObject({
  /** Stable code kept with each visit, so renaming a label never changes old reports. */
  code: z.string().trim().min(1).max(40).regex(/^[A-Z0-9_]+$/, 'Codes use capital letters, digits and _'),
  label: z.string().trim().min(1).max(80),
  needs: DispositionNeeds,
});
export type Disposition = z.infer<typeof Disposition>;

/** The industry's usual outcomes (NOTES.md); a lender may rename, add or remove them. */
export const defaultDispositions: readonly Disposition[] = [
  { code: 'PAID_FULL', label: 'Paid in full', needs: 'payment' },
  { code: 'PAID_PART', label: 'Paid partly', needs: 'payment' },
  { code: 'PTP', label: 'Promise to pay', needs: 'promise' },
  { code: 'REFUSED', label: 'Refused to pay', needs: 'none' },
  { code: 'NOT_AVAILABLE', label: 'Not available / door locked', needs: 'none' },
  { code: 'WRONG_ADDRESS', label: 'Wrong address', needs: 'none' },
  { code: 'SHIFTED', label: 'Shifted', needs: 'none' },
  { code: 'DECEASED', label: 'Deceased', needs: 'none' },
  { code: 'DISPUTE', label: 'Dispute', needs: 'none' },
  { code: 'CALL_BACK', label: 'Call back', needs: 'none' },
];

export const ReceiptMessageSettings = z.strictObject({
  /** Credgenics communication event that sends the borrower a receipt; empty = off. */
  eventName: OptionalSendable(200),
  inboundBotId: OptionalSendable(100),
  /** Who receives it (Credgenics' send_to), e.g. "applicant". */
  sendTo: OptionalSendable(100),
});

export const CollectionSettings = z.strictObject({
  /** Sent as recovered_by on every payment: the agent's login email at Credgenics. */
  agentEmail: z.string().trim().max(200).pipe(z.email('Enter the email you sign in to Credgenics with')).optional(),
  /** Printed on receipts. */
  agentName: OptionalSendable(100),
  lenderName: OptionalSendable(200),
  /** The lender lets agents split a payment into EMI, late fee and penalty. */
  bifurcation: z.boolean().optional(),
  dispositions: z.array(Disposition).min(1).max(50).optional(),
  receiptMessage: ReceiptMessageSettings.optional(),
});
export type CollectionSettings = z.infer<typeof CollectionSettings>;

/** GLAAS's repayment enums (glaas-api.txt): there is no cash mode, so cash must be mapped. */
export const glaasRepaymentTypes = ['PF', 'INS', 'service'] as const;
export const glaasPaymentModes = ['CHEQUE', 'UPI', 'NACH'] as const;
export const GlaasRepaymentType = z.enum(glaasRepaymentTypes);
export const GlaasPaymentMode = z.enum(glaasPaymentModes);
export type GlaasRepaymentType = z.infer<typeof GlaasRepaymentType>;
export type GlaasPaymentMode = z.infer<typeof GlaasPaymentMode>;

/**
 * How a collection's method becomes GLAAS's `paymentMode`, and which `type` a repayment is
 * posted as. Nothing is posted until a person has seen and confirmed it (confirmedAt).
 */
export const GlaasRepaymentMapping = z.strictObject({
  type: GlaasRepaymentType,
  modes: z.strictObject({
    cash: GlaasPaymentMode,
    cheque: GlaasPaymentMode,
    upi: GlaasPaymentMode,
    'bank-transfer': GlaasPaymentMode,
  }),
  /** When someone confirmed this mapping (epoch ms); absent = not confirmed, nothing posts. */
  confirmedAt: z.number().int().positive().optional(),
});
export type GlaasRepaymentMapping = z.infer<typeof GlaasRepaymentMapping>;

/** Proposed, never assumed: shown in Settings and on the deposit form until confirmed. */
export const defaultRepaymentMapping: GlaasRepaymentMapping = {
  type: 'service',
  modes: { cash: 'CHEQUE', cheque: 'CHEQUE', upi: 'UPI', 'bank-transfer': 'NACH' },
};

export const DepositSettings = z.strictObject({
  /** Cash an agent may carry (rupees); warned as it nears and past it. */
  cashLimit: z.number().int().min(1000).max(10_000_000).optional(),
  repaymentMapping: GlaasRepaymentMapping.optional(),
  /** The branch grid also records each repayment in Credgenics when the loan is there. */
  gridAlsoCredgenics: z.boolean().optional(),
});
export type DepositSettings = z.infer<typeof DepositSettings>;
export const DEFAULT_CASH_LIMIT = 50_000;

export const KycSettings = z.strictObject({
  /** Photos are shrunk so their long edge is at most this many pixels (never enlarged). */
  maxLongEdge: z.number().int().min(800).max(8000).optional(),
  /** PDFs larger than this many megabytes are refused. */
  pdfLimitMb: z.number().int().min(1).max(25).optional(),
});
export type KycSettings = z.infer<typeof KycSettings>;
export const DEFAULT_MAX_LONG_EDGE = 2000;
export const DEFAULT_PDF_LIMIT_MB = 10;

/**
 * The last connection check. Only the verdict and the time are stored in the settings file:
 * nothing a server says is kept there (it could echo a secret). `message` travels in the answer
 * to "Test connection" only.
 */
/** Limits on what the main process reads from the network. */
export const NetworkSettings = z.strictObject({
  /** Largest platform answer read, in MB; a larger one is refused unread (documents get 4×). */
  maxAnswerMb: z.number().int().min(1).max(64).optional(),
});
export type NetworkSettings = z.infer<typeof NetworkSettings>;
export const DEFAULT_MAX_ANSWER_MB = 8;

/** The app lock (issue 13): idle time before FieldDesk locks itself. */
export const LockSettings = z.strictObject({
  idleMinutes: z.number().int().min(1).max(60).optional(),
});
export type LockSettings = z.infer<typeof LockSettings>;
export const DEFAULT_IDLE_MINUTES = 5;

/** Keep less (issue 13): sent items, their photos and old deposits go after this many days. */
export const RetentionSettings = z.strictObject({
  days: z.number().int().min(7).max(365).optional(),
});
export type RetentionSettings = z.infer<typeof RetentionSettings>;
export const DEFAULT_RETENTION_DAYS = 90;

export const ConnectionCheck = z.object({
  at: z.number(),
  ok: z.boolean(),
  message: z.string().max(1000).optional(),
});
export type ConnectionCheck = z.infer<typeof ConnectionCheck>;

export const Settings = z.strictObject({
  credgenics: CredgenicsSettings,
  glaas: GlaasSettings,
  loans: LoanSettings.optional(),
  collections: CollectionSettings.optional(),
  deposits: DepositSettings.optional(),
  kyc: KycSettings.optional(),
  network: NetworkSettings.optional(),
  lock: LockSettings.optional(),
  retention: RetentionSettings.optional(),
  language: z.enum(['en', 'hi']).optional(),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = z.strictObject({
  credgenics: CredgenicsSettings.optional(),
  glaas: GlaasSettings.optional(),
  loans: LoanSettings.optional(),
  collections: CollectionSettings.optional(),
  deposits: DepositSettings.optional(),
  kyc: KycSettings.optional(),
  network: NetworkSettings.optional(),
  lock: LockSettings.optional(),
  retention: RetentionSettings.optional(),
  language: z.enum(['en', 'hi']).optional(),
});
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const defaultSettings: Settings = { credgenics: {}, glaas: {} };

/** Public hosts from the vendors' documents (NOTES.md). */
export const knownHosts = {
  credgenics: {
    production: 'https://apiprod.credgenics.com/recovery',
    uat: 'https://apiuat.credgenics.com/recovery',
  },
  glaas: {
    productionAuth: 'https://accounts.glaas.co',
    productionApi: 'https://jportal.glaas.co/api',
    sandboxAuth: 'https://accounts.dev.glaas.co',
    sandboxApi: (partnerId: string) => `https://${partnerId}.dev.glaas.co`,
  },
} as const;
