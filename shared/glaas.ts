import { z } from 'zod';
import { MAX_WIRE_LIST } from './wire-schema';
import {
  amount,
  collectedAmount,
  dmyDate,
  indiaClock,
  looseArray,
  looseBoolean,
  looseNumber,
  looseRecord,
  looseString,
  pad2,
  requiredNumber,
  requiredText,
  text,
} from './wire-schema';

/*
 * GLAAS wire payloads, written from the object tables of glaas-api.txt (the examples there are
 * not valid JSON and sometimes contradict the tables; the tables win). Responses are read
 * forgivingly, requests checked strictly (see wire-schema.ts).
 */

// ================================================================ paths

export const glaasOperations = [
  'login',
  'createApplication',
  'uploadDocument',
  'downloadDocument',
  'createLoan',
  'sanctionLine',
  'lineDetails',
  'lineDisbursement',
  'loanRepayment',
  'lineRepayment',
  'repaymentStatus',
  'repaymentSchedule',
] as const;
export type GlaasOperation = (typeof glaasOperations)[number];

const METHOD_AND_PATH = /^(GET|POST|PUT|PATCH|DELETE) (\/\S*)$/;

/** "METHOD /path", with {placeholders} such as {requestFlowId} or {loanId}. */
export const GlaasPathTemplate = z
  .string()
  .trim()
  .regex(METHOD_AND_PATH, 'Write it as METHOD /path, for example POST /lms/loanRepayment')
  .refine((s) => {
    const withoutPlaceholders = s.replace(/\{[A-Za-z][A-Za-z0-9_]*\}/g, '');
    return !/[{}]/.test(withoutPlaceholders);
  }, 'Placeholders are written {name}, for example {requestFlowId}');

/**
 * Every GLAAS path, one per operation. The public copy lost all but one, so each deployment may
 * override any of them in settings; `login` is relative to the auth host, the rest to the API host.
 */
export const GlaasPaths = z.strictObject({
  login: GlaasPathTemplate,
  createApplication: GlaasPathTemplate,
  uploadDocument: GlaasPathTemplate,
  downloadDocument: GlaasPathTemplate,
  createLoan: GlaasPathTemplate,
  sanctionLine: GlaasPathTemplate,
  lineDetails: GlaasPathTemplate,
  lineDisbursement: GlaasPathTemplate,
  loanRepayment: GlaasPathTemplate,
  lineRepayment: GlaasPathTemplate,
  repaymentStatus: GlaasPathTemplate,
  repaymentSchedule: GlaasPathTemplate,
});
export type GlaasPaths = z.infer<typeof GlaasPaths>;

/** The project's defaults (NOTES.md); the sandbox serves the same ones. */
export const defaultGlaasPaths: GlaasPaths = {
  login: 'POST /public/auth/login',
  createApplication: 'POST /los/application',
  uploadDocument: 'POST /los/document/upload?requestFlowId={requestFlowId}',
  downloadDocument: 'POST /los/document/download',
  createLoan: 'PUT /los/loan/{requestFlowId}',
  sanctionLine: 'POST /lms/sanctionLine',
  lineDetails: 'POST /lms/lineDetails',
  lineDisbursement: 'POST /lms/lineDisbursement',
  loanRepayment: 'POST /lms/loanRepayment',
  lineRepayment: 'POST /lms/lineRepayment',
  repaymentStatus: 'POST /lms/repaymentStatus',
  repaymentSchedule: 'GET /lms/repaymentSchedule/{loanId}',
};

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Splits a checked template into its method and path (path still holding {placeholders}). */
export function splitGlaasPath(template: string): { method: HttpMethod; path: string } | undefined {
  const m = METHOD_AND_PATH.exec(template.trim());
  if (!m) return undefined;
  return { method: m[1] as HttpMethod, path: m[2] as string };
}

/**
 * `DD/MM/YYYY`. An instant is read on an Indian clock (a payment at 00:30 IST belongs to that
 * Indian day); a `YYYY-MM-DD` calendar date is only rewritten.
 */
export function formatGlaasDate(date: Date | number | string): string {
  if (typeof date === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
    if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
    return `${m[3]}/${m[2]}/${m[1]}`;
  }
  const c = indiaClock(date);
  return `${pad2(c.day)}/${pad2(c.month)}/${c.year}`;
}

// ================================================================ helpers

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A list answer; a lone object is read as a list of one, null as none. */
function looseList<T extends z.ZodType>(item: T) {
  return z.preprocess((v) => (v === null ? [] : isObject(v) ? [v] : v), z.array(item).max(MAX_WIRE_LIST));
}

const id = z.number().int().positive('Must be a positive whole number');
/** Blank (no callback) or a web address; the examples send " ". */
const callbackUrl = z
  .string()
  .max(2000)
  .refine((s) => s.trim() === '' || /^https?:\/\/\S+$/.test(s.trim()), 'Must be a web address or blank');
const optText = (max: number) => z.string().max(max, `At most ${max} characters`).nullable().optional();

// ================================================================ login

export const LoginRequest = z.strictObject({
  username: text(200),
  password: z.string().min(1, 'Cannot be empty').max(500),
});
export type LoginRequest = z.input<typeof LoginRequest>;

export const GlaasUser = z.looseObject({
  username: looseString,
  firstName: looseString,
  lastName: looseString,
  mobile: looseString,
  email: looseString,
  userid: looseNumber,
  role: looseString,
  fcmId: looseString,
  caAgentId: looseString,
  partnerId: looseNumber,
  imId: looseNumber,
  collectionFcmId: looseString,
  /** The User object has a password key (null in the example); never keep what it holds. */
  password: z.unknown().transform(() => undefined).optional(),
  createdDate: looseNumber,
  id: looseNumber,
  status: looseNumber,
});
export type GlaasUser = z.infer<typeof GlaasUser>;

export const LoginResponse = z.looseObject({
  sessionId: requiredText,
  username: looseString,
  redirectPath: looseString,
  user: GlaasUser.nullable().optional(),
});
export type LoginResponse = z.infer<typeof LoginResponse>;

// ================================================================ errors

/** `{"errorMessage": {"status": "Rejected", "message": ["Invalid dob details", ...]}}` */
export const GlaasErrorBody = z.looseObject({
  errorMessage: z.looseObject({
    status: looseString,
    message: z.preprocess((v) => (typeof v === 'string' ? [v] : v), looseArray(looseString)),
  }),
});

// ================================================================ applications

const Pincode = z.union([z.string().regex(/^\d{6}$/, 'Pincode has 6 digits'), z.number().int().min(100000).max(999999)]);

export const Address = z.strictObject({
  addressLine1: text(500),
  addressLine2: optText(500),
  addressLine3: optText(500),
  landmark: optText(500),
  pincode: Pincode,
  addressType: z.enum(['Permanent', 'Present']),
  addressStatus: z.enum(['Owned', 'Rented', 'Spouse Owned', 'Parent Owned', 'Leased']),
  primaryAddress: z.boolean(),
});

export const BankDetail = z.strictObject({
  bankId: id,
  accountNumber: text(50),
  ifscCode: text(20),
  accountType: z.enum(['Saving Account', 'Current Account', 'Overdraft Account', 'Cash Credit Account']),
  accountHolderName: optText(100),
  /** Spelled so by GLAAS. */
  disbusermentAccount: z.boolean().optional(),
  repaymentAccount: z.boolean().optional(),
  /** In the example, not in the table. */
  chequeAccount: z.boolean().optional(),
});

const digitsOfLength = (n: number, what: string) => z.string().regex(new RegExp(`^\\d{${n}}$`), `${what} has ${n} digits`);

export const Contact = z.strictObject({
  firstName: text(100),
  middleName: optText(100),
  lastName: text(100),
  panNumber: z.string().length(10, 'PAN has 10 characters'),
  voterIdNumber: optText(20),
  /** The table spells it aadharNumber, the example aadhaarNumber: accept either. */
  aadharNumber: digitsOfLength(12, 'Aadhaar').nullable().optional(),
  aadhaarNumber: digitsOfLength(12, 'Aadhaar').nullable().optional(),
  passportNumber: optText(100),
  mobileNumber: digitsOfLength(10, 'Mobile number'),
  alternateMobileNumber: digitsOfLength(10, 'Mobile number').nullable().optional(),
  emailId: optText(100),
  applicantType: z.enum(['Borrower', 'Co-borrower', 'By Association']),
  gender: z.enum(['Male', 'Female']),
  dob: dmyDate,
  maritalStatus: z.enum(['Single', 'Married']).nullable().optional(),
  address: z.array(Address).min(1),
  bankDetails: z.array(BankDetail),
});

export const Firm = z.strictObject({
  firmName: text(100),
  firmType: z.enum(['Partnership', 'Proprietorship', 'Private Limited', 'LLP', 'Others']),
  cinNumber: optText(21),
  gstnNumber: optText(15),
  panNumber: optText(10),
  /** Table: String "yyyy"; the example sends a number. */
  yearOfIncorporation: z.union([z.string().regex(/^\d{4}$/, 'Year is yyyy'), z.number().int().min(1800).max(2999)]),
  tanNumber: optText(10),
  address: z.array(Address).min(1),
  bankDetails: z.array(BankDetail),
});

export const ProposalDetail = z.strictObject({
  tenure: z.number().int().nonnegative(),
  amountApproved: z.number().nonnegative(),
  amountDisbursed: z.number().nonnegative().optional(),
  upFrontInterest: z.number().nonnegative().optional(),
  penaltyPercentage: z.number().nonnegative(),
  nachLimit: z.number().nonnegative(),
  roi: z.number().nonnegative(),
  paymentMode: z.enum([
    'Cash',
    'Cheque Deposit',
    'Cheque Return',
    'IMPS',
    'NEFT',
    'RTGS',
    'NACH',
    'UPI',
    'Overflow Credit',
    'Fund Transfer',
    'Internal Transfer',
    'Paytm',
  ]),
  proposalAcceptedDate: dmyDate,
  insuranceAmount: z.number().nonnegative().optional(),
  processingFee: z.number().nonnegative().optional(),
  loanType: z.enum(['EXI', 'OD_EXI', 'FLEXI_OD', 'CUSTOM', 'LINE']).optional(),
});

export const CreateApplicationRequest = z.strictObject({
  applicationNumber: optText(50),
  purpose: z.enum(['Working Capital', 'Personal Loan', 'Equipment Finance', 'Expansion Capital']),
  loanAmount: amount,
  source: text(50),
  loanProductId: id,
  contacts: z.array(Contact).min(1),
  firms: z.array(Firm),
  proposalDetail: ProposalDetail,
});
export type CreateApplicationRequest = z.input<typeof CreateApplicationRequest>;

export const CreateApplicationResponse = z.looseObject({
  successMessage: z.looseObject({ requestFlowId: requiredNumber, message: looseString }),
});
export type CreateApplicationResponse = z.infer<typeof CreateApplicationResponse>;

// ================================================================ documents

export const OcrField = z.looseObject({ key: looseString, value: looseString });

export const OcrJson = z.looseObject({
  tag: looseNumber,
  /** The table says a list of fields, the example null; some builds send a plain message. */
  error: z.union([z.string(), z.array(z.unknown()).max(MAX_WIRE_LIST), z.record(z.string(), z.unknown()), z.null()]).optional(),
  time: looseNumber,
  fields: looseArray(OcrField),
});

export const GlaasFile = z.looseObject({
  version: looseNumber,
  createdDate: looseNumber,
  modifiedDate: looseNumber,
  deleted: looseBoolean,
  createdBy: looseNumber,
  id: looseNumber,
  documentName: looseString,
  uploadDocumentType: looseNumber,
  documentType: looseNumber,
  documentSource: looseString,
  oldPortalFlag: looseBoolean,
  ocrJson: OcrJson.nullable().optional(),
});

export const DocumentUploadResponse = z.looseObject({
  requestFlowId: looseNumber,
  version: looseNumber,
  createdDate: looseNumber,
  modifiedDate: looseNumber,
  createdBy: looseNumber,
  modifiedBy: looseNumber,
  id: looseNumber,
  deleted: looseBoolean,
  gfile: GlaasFile.nullable().optional(),
  applicationId: looseNumber,
  enquiryId: looseNumber,
  creditAnalyzerPortalFileId: looseNumber,
});
export type DocumentUploadResponse = z.infer<typeof DocumentUploadResponse>;
export const DocumentUploadResponseList = looseList(DocumentUploadResponse);

export const DownloadDocumentRequest = z.strictObject({
  requestFlowId: id,
  docName: z.literal('LOAN_DOCUMENT'),
});
export type DownloadDocumentRequest = z.input<typeof DownloadDocumentRequest>;

// ================================================================ loans and lines

export const CreateLoanRequest = z.strictObject({
  accountNumber: optText(50),
  netAmount: amount,
  disbursementDate: dmyDate,
  upfrontRate: z.number().nonnegative().optional(),
  invoiceNumber: optText(100),
});
export type CreateLoanRequest = z.input<typeof CreateLoanRequest>;

/** The Loan object: large and mostly internal to GLAAS; the keys FieldDesk may show are named. */
export const GlaasLoan = z.looseObject({
  id: looseNumber,
  requestFlowId: looseNumber,
  createdDate: looseNumber,
  createdBy: looseNumber,
  disbursementDate: looseNumber,
  loanStatus: looseString,
  paymentMode: looseString,
  subloanId: looseString,
  invoiceNo: looseString,
  tenure: looseNumber,
  roi: looseNumber,
  upfrontRate: looseNumber,
  loanClosureDate: looseNumber,
  completed: looseString,
  status: looseNumber,
  proposal: looseRecord(),
  firm: looseRecord(),
});
export type GlaasLoan = z.infer<typeof GlaasLoan>;

export const SanctionLineRequest = z.strictObject({ requestFlowIds: z.array(id).min(1) });
export type SanctionLineRequest = z.input<typeof SanctionLineRequest>;

/** A per-line decision (sanction, disbursement): Accepted or Rejected, with a message. */
export const LineDecision = z.looseObject({
  requestFlowId: looseNumber,
  uid: looseString,
  status: looseString,
  message: looseString,
});
export const SanctionLineResponse = looseList(LineDecision);

/** The documents wrap this request in a list. */
export const LineDetailsRequest = z
  .array(z.strictObject({ requestFlowIds: z.array(id).min(1), paymentDate: dmyDate }))
  .min(1);
export type LineDetailsRequest = z.input<typeof LineDetailsRequest>;

export const Overdue = z.looseObject({
  principal: looseNumber,
  interest: looseNumber,
  penalty: looseNumber,
  charges: looseNumber,
  delayed_interest: looseNumber,
  penalty_gst: looseNumber,
  charge_gst: looseNumber,
  total_overdue: looseNumber,
  total_interest_charges_overdue: looseNumber,
});

export const SubLoan = z.looseObject({
  uid: looseString,
  loan_id: looseNumber,
  next_installment_date: looseString,
  payment_date: looseString,
  closure_date: looseString,
  /** A string on the wire ("22201.0"). */
  closure_amount: looseNumber,
  installment: looseNumber,
  pos: looseNumber,
  dpd: looseNumber,
  overdue: Overdue.nullable().optional(),
});
export type SubLoan = z.infer<typeof SubLoan>;

export const LineDetails = z.looseObject({
  requestFlowId: requiredNumber,
  sub_loans: looseArray(SubLoan),
  limit_available: looseNumber,
  limit_utilized: looseNumber,
  limit_sanctioned: looseNumber,
  total_overdue: looseNumber,
  total_pos: looseNumber,
  payment_date: looseString,
  total_interest_charges_overdue: looseNumber,
});
export type LineDetails = z.infer<typeof LineDetails>;
export const LineDetailsResponse = looseList(LineDetails);

export const LineDisbursementRequest = z
  .array(
    z.strictObject({
      requestFlowId: id,
      netAmount: amount,
      uid: text(100),
      date: dmyDate,
      tenure: z.number().int().positive().optional(),
    }),
  )
  .min(1);
export type LineDisbursementRequest = z.input<typeof LineDisbursementRequest>;
export const LineDisbursementResponse = looseList(LineDecision);

// ================================================================ repayments

export const repaymentTypes = ['PF', 'INS', 'service'] as const;
/** No cash: how a cash deposit maps onto these is a setting the user sees (NOTES.md). */
export const repaymentModes = ['CHEQUE', 'UPI', 'NACH'] as const;

export const LoanRepaymentDetail = z.strictObject({
  requestFlowId: id,
  /** Decimal in GLAAS' table; at most ₹1 crore, as every screen that takes money says. */
  amount: collectedAmount,
  type: z.enum(repaymentTypes),
  paymentMode: z.enum(repaymentModes),
  date: dmyDate,
  comment: z.string().max(500).optional(),
  /** Chosen by the client, once, at capture: the key for repaymentStatus. */
  uid: text(100).optional(),
  loanId: id.optional(),
});
export type LoanRepaymentDetail = z.input<typeof LoanRepaymentDetail>;

const repaymentBatch = z.strictObject({
  callBackUrl: callbackUrl,
  repaymentDetails: z.array(LoanRepaymentDetail).min(1),
});
/** `[{callBackUrl, repaymentDetails: [...]}]`, as the documents show it. */
export const LoanRepaymentRequest = z.array(repaymentBatch).min(1);
export type LoanRepaymentRequest = z.input<typeof LoanRepaymentRequest>;
export const LineRepaymentRequest = LoanRepaymentRequest;
export type LineRepaymentRequest = LoanRepaymentRequest;

/**
 * One line of a repayment answer. The example gives {requestFlowId (a string), status, message,
 * uid}; the LoanRepaymentResponse table lists an inflow record instead. Both are read.
 */
export const RepaymentLineResult = z.looseObject({
  requestFlowId: looseNumber,
  uid: looseString,
  status: requiredText,
  message: looseString,
  id: looseNumber,
  loan_id: looseNumber,
  request_flow_id: looseNumber,
  amount: looseNumber,
  date: looseString,
  type: looseString,
  payment_mode: looseString,
  comment: looseString,
  subloan_id: looseNumber,
});
export type RepaymentLineResult = z.infer<typeof RepaymentLineResult>;
export const LoanRepaymentResponse = looseList(RepaymentLineResult);
export const LineRepaymentResponse = LoanRepaymentResponse;

export const RepaymentStatusRequest = z.strictObject({ uid: z.array(text(100)).min(1) });
export type RepaymentStatusRequest = z.input<typeof RepaymentStatusRequest>;

export const RepaymentStatus = z.looseObject({
  uid: requiredText,
  /** e.g. READY_FOR_PAYMENT, ACCEPTED; the table says ENUM without listing the values. */
  status: requiredText,
  requestFlowId: looseNumber,
  amount: looseNumber,
  paymentMode: looseString,
  date: looseString,
  comment: looseString,
});
export type RepaymentStatus = z.infer<typeof RepaymentStatus>;
export const RepaymentStatusResponse = looseList(RepaymentStatus);

export const ScheduleInstallment = z.looseObject({
  percent: looseNumber,
  due_principal: looseNumber,
  date: looseString,
  is_moratorium: looseBoolean,
});

export const RepaymentSchedule = z.looseObject({
  /** A MongoDB id object ({timestamp, machineIdentifier, ...}) or its string form. */
  id: z.unknown().optional(),
  loanId: looseNumber,
  requestFlowId: looseNumber,
  principal_schedule: looseArray(ScheduleInstallment),
  deleted: looseBoolean,
  subLoanId: looseNumber,
});
export type RepaymentSchedule = z.infer<typeof RepaymentSchedule>;
