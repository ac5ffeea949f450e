import { z } from 'zod';
import {
  amount,
  indiaClock,
  isoDate,
  isoDateOrDateTime,
  looseArray,
  looseBoolean,
  looseNumber,
  looseRecord,
  looseString,
  nonNegativeAmount,
  pad2,
  requiredText,
  text,
  wholeRupees,
} from './wire-schema';

/*
 * Credgenics wire payloads, written from the field tables of credgenics-api.txt.
 * Responses are read forgivingly (see wire-schema.ts); requests are checked strictly.
 */

// ================================================================ allocation month and dates

/** The wire form of an allocation month: `YYYY-M-01`, month without a leading zero. */
export const AllocationMonth = z
  .string()
  .regex(/^\d{4}-([1-9]|1[0-2])-01$/, 'Allocation month must be written like 2021-7-01');

export function formatAllocationMonth(year: number, month: number): string {
  if (!Number.isInteger(year) || year < 1900 || year > 2999) throw new RangeError(`Invalid year: ${year}`);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Invalid month: ${month}`);
  return `${year}-${month}-01`;
}

/**
 * Reads the ISO-ish ways people and systems write an allocation month — `2021-07-01`,
 * `2021-7-01`, `2021-7-1`, `2021-07`, `2021-7` — and returns the wire form `2021-7-01`.
 * A day other than the 1st is refused rather than rounded: it usually means a wrong field.
 */
export function normalizeAllocationMonth(input: string): string | undefined {
  if (typeof input !== 'string') return undefined;
  const m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(input.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (m[3] !== undefined && Number(m[3]) !== 1) return undefined;
  if (year < 2000 || year > 2099 || month < 1 || month > 12) return undefined;
  return formatAllocationMonth(year, month);
}

/** `YYYY-MM-DD HH:MM:SS` as a clock in India shows the instant (what Credgenics displays). */
export function formatRecoveryDate(date: Date | number): string {
  const c = indiaClock(date);
  return `${c.year}-${pad2(c.month)}-${pad2(c.day)} ${pad2(c.hour)}:${pad2(c.minute)}:${pad2(c.second)}`;
}

// ================================================================ enums from the tables

export const credgenicsFields = ['loan', 'communication', 'payment', 'notice', 'remarks'] as const;
export const CredgenicsField = z.enum(credgenicsFields);
export type CredgenicsField = z.infer<typeof CredgenicsField>;

export const paymentMethods = ['Online', 'Cash', 'Cheque', 'Bank Account Transfer', 'Application', 'Payment Link'] as const;
export const PaymentMethod = z.enum(paymentMethods);
export type PaymentMethod = z.infer<typeof PaymentMethod>;

export const ClosureWith = z.enum(['NOC', 'Settlement']);
export type ClosureWith = z.infer<typeof ClosureWith>;

/** The table's gender options for applicants (co-applicants use Other instead of Non-Binary). */
export const ApplicantGender = z.enum(['Male', 'Female', 'Non-Binary']);
export const CoApplicantGender = z.enum(['Male', 'Female', 'Other']);
export const AddressType = z.enum(['Home', 'Business', 'Office']);
/** ISO 639-1 codes of the table's languages (English … Assamese); the example sends "hi". */
export const Language = z.enum(['en', 'hi', 'ta', 'pa', 'te', 'mr', 'gu', 'kn', 'bn', 'ml', 'or', 'as']);

// ================================================================ responses (lenient)

const Tag = z.looseObject({ tag_name: looseString, active: looseBoolean, created: looseString });
/** Get Loan answers tags as objects; the upload API takes them as "tag1,tag2". Accept both. */
const Tags = z.preprocess((v) => {
  if (v === null) return [];
  if (typeof v === 'string') {
    return v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((tag_name) => ({ tag_name }));
  }
  return v;
}, z.array(Tag).max(1000).optional());

/** One allocation month of a loan ("defaults"): what is due, what was recovered. */
export const LoanDefault = z.looseObject({
  allocation_month: looseString,
  final_status: looseString,
  created: looseString,
  upload_date: looseString,
  date_of_default: looseString,
  actual_date_of_default: looseString,
  recovery_date: looseString,
  recovery_method: looseString,
  payment_method: looseString,
  payment_mode: looseString,
  payment_reference_number: looseString,
  closure_with: looseString,
  dpd: looseNumber,
  dpd_bracket: looseString,
  allocation_dpd_value: looseNumber,
  allocation_dpd_bracket: looseString,
  tags: Tags,
  amount_recovered: looseNumber,
  settlement_amount: looseNumber,
  total_claim_amount: looseNumber,
  expected_emi: looseNumber,
  late_fee: looseNumber,
  other_penalty: looseNumber,
  default_emi_number: looseNumber,
  client_amount_recovered: looseNumber,
  principal_outstanding_amount: looseNumber,
  expected_emi_interest_amount: looseNumber,
  expected_emi_principal_amount: looseNumber,
});
export type LoanDefault = z.infer<typeof LoanDefault>;

export const ApplicantAddress = z.looseObject({
  applicant_address_type: looseString,
  applicant_address_text: looseString,
  applicant_city: looseString,
  applicant_state: looseString,
  applicant_landmark: looseString,
  applicant_pincode: looseString,
  applicant_address_latitude: looseString,
  applicant_address_longitude: looseString,
});
export type ApplicantAddress = z.infer<typeof ApplicantAddress>;

export const CoApplicantAddress = z.looseObject({
  co_applicant_address_text: looseString,
  co_applicant_address_type: looseString,
  co_applicant_state: looseString,
  co_applicant_city: looseString,
  co_applicant_pincode: looseString,
  co_applicant_address_latitude: looseString,
  co_applicant_address_longitude: looseString,
});

export const CoApplicant = z.looseObject({
  co_applicant_name: looseString,
  co_applicant_type: looseString,
  co_applicant_language: looseString,
  co_applicant_email: looseString,
  co_applicant_gender: looseString,
  co_applicant_contact_number: looseString,
  co_applicant_dob: looseString,
  co_applicant_notice_reference_number: looseString,
  co_applicant_photo_link: looseString,
  co_applicant_address: looseArray(CoApplicantAddress),
});
export type CoApplicant = z.infer<typeof CoApplicant>;

export const Reference = z.looseObject({
  relation_with_applicant: looseString,
  name: looseString,
  contact_number: looseString,
  reference_gender: looseString,
  reference_pan_number: looseString,
  reference_address: looseArray(
    z.looseObject({
      reference_address_type: looseString,
      reference_address_text: looseString,
      reference_city: looseString,
      reference_state: looseString,
      reference_pincode: looseString,
    }),
  ),
});
export type Reference = z.infer<typeof Reference>;

export const SecurityDocument = z.looseObject({
  security_mode: looseString,
  document_number: looseString,
  document_bank_name: looseString,
  document_bank_ifsc_code: looseString,
  document_amount: looseNumber,
  document_date: looseString,
  document_dishonour_date: looseString,
  document_signature_name: looseString,
  document_bounce_bank_account_number: looseString,
  document_bounce_charges: looseNumber,
  document_bounce_bank_name: looseString,
  document_bounce_bank_ifsc_code: looseString,
  document_bounce_bank_address: looseString,
  document_bounce_memo_date: looseString,
  reason_of_document_bounce: looseString,
  document_bounce_memo_reference_number: looseString,
  document_sequence_number: looseString,
  document_bounce_memo_return_date: looseString,
  document_umrn: looseString,
});

/** The borrower fields Get Loan (loan_details) and Get Customer (applicant_details) share. */
const borrowerShape = {
  client_customer_id: looseString,
  loan_type: looseString,
  product_type: looseString,
  applicant_name: looseString,
  applicant_contact_number: looseString,
  applicant_email: looseString,
  applicant_gender: looseString,
  applicant_dob: looseString,
  applicant_language: looseString,
  applicant_occupation: looseString,
  applicant_pan_number: looseString,
  applicant_aadhar_number: looseString,
  applicant_cibil_score: looseNumber,
  applicant_monthly_income: looseNumber,
  applicant_photo_link: looseString,
  business_name: looseString,
  emi_amount: looseNumber,
  loan_tenure: looseNumber,
  interest_on_loan: looseNumber,
  total_loan_amount: looseNumber,
  client_loan_sanction_date: looseString,
  loan_end_date: looseString,
  tenure_finished: looseBoolean,
  backed_by_surety: looseBoolean,
  backed_by_security: looseBoolean,
  security_type: looseString,
  merchant_name: looseString,
  payment_link: looseString,
  payment_link_expiry: looseNumber,
  loan_nbfc_name: looseString,
  loan_nbfc_cin: looseString,
  credit_bank_name: looseString,
  credit_bank_ifsc_code: looseString,
  credit_account_number: looseString,
  credit_account_holder_name: looseString,
  credit_account_holder_type: looseString,
  vehicle_registration_number: looseString,
  chassis_number: looseString,
  engine_number: looseString,
  make_and_model: looseString,
  loan_region: looseString,
  loan_regional_manager_name: looseString,
  loan_regional_manager_contact_number: looseString,
  loan_regional_manager_contact_email: looseString,
  loan_source_branch_address: looseString,
  archive: looseBoolean,
  applicant_address: looseArray(ApplicantAddress),
  defaults: looseArray(LoanDefault),
  document_details: looseArray(SecurityDocument),
  references: looseArray(Reference),
  co_applicant: looseArray(CoApplicant),
};

export const LoanDetails = z.looseObject({ ...borrowerShape, loan_id: requiredText });
export type LoanDetails = z.infer<typeof LoanDetails>;

export const CommunicationEntry = z.looseObject({
  communication_id: looseNumber,
  type_of_comm: looseString,
  comm_dict: looseRecord(),
});

/** One recorded payment. Our own receipt number comes back here as payment_reference_number. */
export const PaymentHistoryEntry = z.looseObject({
  payment_id: looseNumber,
  client_customer_id: looseString,
  transaction_id: looseString,
  amount_recovered: looseNumber,
  final_status: looseString,
  recovery_method: looseString,
  allocation_month: looseString,
  payment_method: looseString,
  payment_mode: looseString,
  payment_reference_number: looseString,
  author: looseString,
  created: looseString,
});
export type PaymentHistoryEntry = z.infer<typeof PaymentHistoryEntry>;

export const SpeedPostEvent = z.looseObject({
  date: looseString,
  time: looseString,
  office: looseString,
  description: looseString,
});

/** `data` of a notice: {} for a legal notice, the India Post tracking for a speed post. */
export const NoticeData = z.looseObject({
  events: looseArray(SpeedPostEvent),
  booked_at: looseString,
  article_type: looseString,
  speedpost_id: looseString,
  applicant_type: looseString,
  speedpost_tarrif: looseNumber,
  delivery_location: looseString,
  speedpost_s3_link: looseString,
  speedpost_booked_on: looseString,
  applicant_address_type: looseString,
  applicant_address_index: looseNumber,
  speedpost_delivery_status: looseString,
  co_applicant_address_index: looseNumber,
  speedpost_undelivered_reason: looseString,
  speedpost_destination_pincode: looseString,
  speedpost_delivery_confirmed_on: looseString,
});

export const NoticeTrackingEntry = z.looseObject({
  notice_id: looseNumber,
  case_type: looseString,
  document_type: looseString,
  s3_link: looseString,
  created: looseString,
  data: NoticeData.nullable().optional(),
});
export type NoticeTrackingEntry = z.infer<typeof NoticeTrackingEntry>;

export const Remark = z.looseObject({
  remark_id: looseNumber,
  /** The Get Customer example spells it remarks_id. */
  remarks_id: looseNumber,
  remarks: looseString,
  created: looseString,
  author: looseString,
});

const activityShape = {
  communication_details: looseArray(CommunicationEntry),
  payment_history: looseArray(PaymentHistoryEntry),
  notice_tracking_details: looseArray(NoticeTrackingEntry),
  remarks: looseArray(Remark),
};

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Get Loan. Every part is optional because `fields` picks which come back. Some deployments
 * wrap the answer in `{output: ...}` as Get Customer does; that wrapper is taken off.
 */
export const GetLoanResponse = z.preprocess(
  (v) => (isObject(v) && !('loan_details' in v) && isObject(v.output) ? v.output : v),
  z.looseObject({ loan_details: LoanDetails.optional(), ...activityShape }),
);
export type GetLoanResponse = z.infer<typeof GetLoanResponse>;

export const ApplicantDetails = z.looseObject({ ...borrowerShape, client_customer_id: requiredText });

export const CustomerTransaction = z.looseObject({
  transaction_id: requiredText,
  data: z
    .looseObject({
      transaction_id: looseString,
      defaults: looseArray(LoanDefault),
      emi_amount: looseNumber,
      loan_tenure: looseNumber,
      loan_end_date: looseString,
      tenure_finished: looseBoolean,
      interest_on_loan: looseNumber,
      total_loan_amount: looseNumber,
      client_loan_sanction_date: looseString,
    })
    .nullable()
    .optional(),
});
export type CustomerTransaction = z.infer<typeof CustomerTransaction>;

/** Get Customer (credit-line companies): the same endpoint, answered inside `output`. */
export const GetCustomerResponse = z.preprocess(
  (v) => (isObject(v) && !('output' in v) && 'applicant_details' in v ? { output: v } : v),
  z.looseObject({
    output: z.looseObject({
      applicant_details: ApplicantDetails.optional(),
      transactions_details: looseArray(CustomerTransaction),
      ...activityShape,
    }),
    message: looseString,
  }),
);
export type GetCustomerResponse = z.infer<typeof GetCustomerResponse>;

/** The acknowledgement of every write: `{output, message}` (upload answers only `{message}`). */
export const CredgenicsAck = z.preprocess(
  (v) => (v === undefined || v === '' ? {} : v),
  z.looseObject({ output: z.unknown().optional(), message: looseString }),
);
export type CredgenicsAck = z.infer<typeof CredgenicsAck>;

/** Error bodies: `{output, message}` or `{message, success:false, output:{errors:{...}}}`. */
export const CredgenicsErrorBody = z.looseObject({
  message: looseString,
  success: looseBoolean,
  output: z.unknown().optional(),
});

export const CommunicationTriggerResponse = z.looseObject({
  message: looseString,
  output: z.unknown().optional(),
  /** Per channel, e.g. {"sms": "Successfully created sms communication"}. */
  data: looseRecord(),
});
export type CommunicationTriggerResponse = z.infer<typeof CommunicationTriggerResponse>;

// ---------------------------------------------------------------- webhooks (pushed to the lender)

const CommunicationShoot = z.looseObject({
  applicant_type: looseString,
  transaction_id: looseString,
  to: looseString,
  error: z.unknown().optional(),
  success: looseBoolean,
  status_code: looseNumber,
  shoot_id: looseString,
  template_name: looseString,
  triggered_time: looseString,
});

export const CommunicationWebhook = z.looseObject({
  event: z.enum(['email', 'sms', 'voice', 'whatsapp']),
  loan_id: looseString,
  event_id: looseString,
  data: z.looseObject({
    response: looseArray(CommunicationShoot),
    allocation_month: looseString,
    author: looseString,
  }),
});

export const PaymentWebhook = z.looseObject({
  event: z.literal('payment'),
  created: looseString,
  data: z.looseObject({
    loan_id: looseString,
    amount_recovered: looseNumber,
    final_status: looseString,
    recovery_method: looseString,
    payment_method: looseString,
    payment_mode: looseString,
    reference_number: looseString,
    closure_with: looseString,
    recovery_date: looseString,
    allocation_month: looseString,
    author: looseString,
  }),
});

export const FosCollectionWebhook = z.looseObject({
  event: z.literal('fos_collection'),
  created: looseString,
  data: z.looseObject({
    loan_id: looseString,
    allocation_month: looseString,
    visit_id: looseString,
    agent_email: looseString,
    agent_name: looseString,
    visit_date: looseString,
    visit_purpose: looseString,
    is_visit_done: looseBoolean,
    is_customer_met: looseBoolean,
    is_recovery_done: looseBoolean,
    agent_marked_status: looseString,
    amount_recovered: looseNumber,
    collection_receipt_url: looseString,
    payment_method: looseString,
    payment_reference_number: looseString,
  }),
});

export const FosDepositWebhook = z.looseObject({
  event: z.literal('fos_deposit'),
  created: looseString,
  data: z.looseObject({
    deposit_id: looseString,
    agent_email: looseString,
    agent_name: looseString,
    total_amount: looseNumber,
    deposit_method: looseString,
    recovery_method: looseString,
    branch_type: looseString,
    branch_details: looseRecord(),
    deposit_receipt_no: looseString,
    deposit_proof_url: looseString,
    loan_data: looseArray(z.looseObject({ loan_id: looseString, amount: looseNumber })),
  }),
});

export const CredgenicsWebhookEvent = z.discriminatedUnion('event', [
  CommunicationWebhook,
  PaymentWebhook,
  FosCollectionWebhook,
  FosDepositWebhook,
]);
export type CredgenicsWebhookEvent = z.infer<typeof CredgenicsWebhookEvent>;

// ================================================================ requests (strict)

const EMAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;
const MOBILE = /^(?:\+?91|0)?[6-9]\d{9}$/;

/** The tables allow several values in one string, comma separated, order significant. */
function commaList(pattern: RegExp, what: string) {
  return z
    .string()
    .min(1, 'Cannot be empty')
    .refine(
      (s) => s.split(',').every((part) => pattern.test(part.trim())),
      `Each ${what} must be valid (several are separated by commas)`,
    );
}
const emails = commaList(EMAIL, 'email address');
const mobiles = commaList(MOBILE, 'mobile number (10 digits)');

/** Free text the vendor examples also send empty (""), e.g. a landmark nobody knows. */
const optText = (max = 500) => z.string().max(max, `At most ${max} characters`).optional();
const optMoney = nonNegativeAmount.nullable().optional();
const optDate = isoDate.nullable().optional();
const pincode = z.number().int().min(100000, 'Pincode has 6 digits').max(999999, 'Pincode has 6 digits');
const url = z.string().refine((s) => s === '' || /^https?:\/\/\S+$/.test(s), 'Must be a web address');
const digits = z.union([z.string().regex(/^\d*$/, 'Digits only'), z.number().int().nonnegative()]);

const SendApplicantAddress = z.strictObject({
  applicant_address_type: AddressType,
  applicant_address_text: text(1000),
  applicant_state: optText(100),
  applicant_city: optText(100),
  applicant_landmark: optText(500),
  applicant_pincode: pincode.optional(),
  applicant_address_latitude: optText(30),
  applicant_address_longitude: optText(30),
});

const SendCoApplicantAddress = z.strictObject({
  co_applicant_address_text: optText(1000),
  co_applicant_address_type: AddressType,
  co_applicant_state: optText(100),
  co_applicant_city: optText(100),
  co_applicant_pincode: pincode.optional(),
  co_applicant_address_latitude: optText(30),
  co_applicant_address_longitude: optText(30),
});

const SendCoApplicant = z.strictObject({
  co_applicant_name: text(200),
  co_applicant_type: optText(100),
  co_applicant_language: Language.optional(),
  co_applicant_email: emails.optional(),
  co_applicant_contact_number: mobiles.optional(),
  co_applicant_gender: CoApplicantGender.optional(),
  co_applicant_dob: isoDate.optional(),
  co_applicant_notice_reference_number: optText(100),
  co_applicant_photo_link: url.optional(),
  co_applicant_address: z.array(SendCoApplicantAddress).max(50).optional(),
});

const SendReference = z.strictObject({
  relation_with_applicant: optText(100),
  name: text(200),
  contact_number: mobiles.optional(),
  reference_gender: CoApplicantGender.optional(),
  reference_pan_number: optText(20),
  reference_address: z
    .array(
      z.strictObject({
        reference_address_type: optText(50),
        reference_address_text: optText(1000),
        reference_city: optText(100),
        reference_state: optText(100),
        reference_pincode: pincode.optional(),
      }),
    )
    .max(50)
    .optional(),
});

const SendSecurityDocument = z.strictObject({
  security_mode: optText(50),
  document_number: optText(100),
  document_bank_name: optText(200),
  document_bank_ifsc_code: optText(20),
  document_amount: optMoney,
  document_date: optDate,
  document_dishonour_date: optDate,
  document_signature_name: optText(200),
  document_bounce_bank_account_number: digits.optional(),
  document_bounce_charges: optMoney,
  document_bounce_bank_name: optText(200),
  document_bounce_bank_ifsc_code: optText(20),
  document_bounce_bank_address: optText(1000),
  document_bounce_memo_date: optDate,
  reason_of_document_bounce: optText(500),
  document_micr: optText(9),
  document_presented_in_account: optText(100),
  document_presented_zone: optText(100),
  document_bounce_memo_branch_address: optText(1000),
  document_signature_address_text: optText(1000),
  document_signature_city: optText(100),
  document_signature_state: optText(100),
  document_signature_pincode: pincode.optional(),
  document_bounce_memo_reference_number: optText(100),
  document_sequence_number: optText(100),
  document_bounce_memo_return_date: optDate,
  document_umrn: optText(100),
});

const SendDefault = z.strictObject({
  allocation_month: AllocationMonth,
  allocation_dpd_value: z.number().int().nonnegative().optional(),
  allocation_dpd_bracket: optText(50),
  total_claim_amount: optMoney,
  late_fee: optMoney,
  date_of_default: optDate,
  expected_emi: optMoney,
  default_emi_number: z.number().int().nonnegative().nullable().optional(),
  settlement_amount: optMoney,
  client_amount_recovered: optMoney,
  principal_outstanding_amount: optMoney,
  expected_emi_interest_amount: optMoney,
  expected_emi_principal_amount: optMoney,
  other_penalty: optMoney,
});

/** Every key of the Upload Loan table except the ids; all optional so Update can send a part. */
const loanFieldShape = {
  loan_type: optText(100),
  applicant_name: text(200).optional(),
  applicant_email: emails.optional(),
  applicant_contact_number: mobiles.optional(),
  applicant_gender: ApplicantGender.optional(),
  applicant_dob: isoDate.optional(),
  applicant_monthly_income: optMoney,
  applicant_cibil_score: z.number().int().min(-1).max(900).nullable().optional(),
  applicant_aadhar_number: z.string().regex(/^(\d{12})?$/, 'Aadhaar has 12 digits').optional(),
  applicant_pan_number: optText(20),
  applicant_photo_link: url.optional(),
  applicant_notice_reference_number: optText(100),
  applicant_occupation: optText(100),
  applicant_language: Language.optional(),
  total_loan_amount: optMoney,
  vehicle_registration_number: optText(20),
  loan_tenure: z.number().int().nonnegative().nullable().optional(),
  client_loan_sanction_date: optDate,
  loan_end_date: optDate,
  interest_on_loan: z.number().nonnegative().nullable().optional(),
  tenure_finished: z.boolean().optional(),
  security_type: optText(50),
  backed_by_security: z.boolean().optional(),
  /** The examples send this spelling; the table says backed_by_security. */
  backed_by_surety: z.boolean().optional(),
  chassis_number: optText(50),
  loan_nbfc_name: optText(200),
  loan_nbfc_cin: optText(30),
  tags: optText(1000),
  agent_email: emails.optional(),
  emi_amount: optMoney,
  engine_number: optText(50),
  group_id: optText(100),
  product_type: optText(100),
  credit_account_number: digits.optional(),
  credit_account_holder_name: optText(200),
  credit_account_holder_type: optText(50),
  credit_bank_name: optText(200),
  credit_bank_ifsc_code: optText(20),
  business_name: optText(200),
  make_and_model: optText(200),
  merchant_name: optText(200),
  notice_date: isoDate.optional(),
  notice_delivery_partner: optText(100),
  payment_link: url.optional(),
  payment_link_expiry: z.number().int().nonnegative().optional(),
  channel_partner: optText(200),
  loan_region: optText(100),
  loan_regional_manager_name: optText(200),
  loan_regional_manager_contact_number: mobiles.optional(),
  loan_regional_manager_contact_email: emails.optional(),
  loan_source_branch_address: optText(1000),
  document_details: z.array(SendSecurityDocument).max(50).optional(),
  applicant_address: z.array(SendApplicantAddress).max(50).optional(),
  defaults: z.array(SendDefault).max(50).optional(),
  references: z.array(SendReference).max(50).optional(),
  co_applicant: z.array(SendCoApplicant).max(50).optional(),
};

export const UploadLoanRequest = z.strictObject({ loan_id: text(100), ...loanFieldShape });
export type UploadLoanRequest = z.input<typeof UploadLoanRequest>;

export const UploadTransactionRequest = z.strictObject({
  client_customer_id: text(100),
  transaction_id: text(100),
  ...loanFieldShape,
});
export type UploadTransactionRequest = z.input<typeof UploadTransactionRequest>;

/** Update Loan: any part of the upload fields, at least one. */
export const UpdateLoanRequest = z
  .strictObject(loanFieldShape)
  .refine((patch) => Object.keys(patch).length > 0, 'Nothing to update');
export type UpdateLoanRequest = z.input<typeof UpdateLoanRequest>;

/** Update Transaction takes the same partial fields for one credit-line transaction. */
export const UpdateTransactionRequest = UpdateLoanRequest;
export type UpdateTransactionRequest = UpdateLoanRequest;

/** Company-enabled split of a payment; each key is `recovered_` + the variable's name. */
export const bifurcationKeys = ['recovered_expected_emi', 'recovered_late_fee', 'recovered_penalty'] as const;

const paymentShape = {
  final_status: text(100),
  /** `integer` in the Update Payment tables: whole rupees (GLAAS amounts stay decimal). */
  amount_recovered: wholeRupees,
  recovery_method: text(100).optional(),
  payment_method: PaymentMethod,
  payment_received_date: isoDate.optional(),
  closure_with: ClosureWith.optional(),
  payment_reference_number: text(100).optional(),
  payment_mode: text(50).optional(),
  recovered_by: text(200).optional(),
  recovery_date: isoDateOrDateTime.optional(),
  /** Not in the table, but in the vendor's own bifurcation example. */
  date_of_default: isoDate.optional(),
  recovered_expected_emi: nonNegativeAmount.optional(),
  recovered_late_fee: nonNegativeAmount.optional(),
  recovered_penalty: nonNegativeAmount.optional(),
};

const PaymentFields = z.strictObject(paymentShape);
type PaymentFields = z.output<typeof PaymentFields>;

function checkPayment(payment: PaymentFields, ctx: z.RefinementCtx): void {
  if (payment.final_status.trim().toLowerCase() === 'closed' && payment.closure_with === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['closure_with'],
      message: 'A closed loan needs closure_with: NOC (paid in full) or Settlement',
    });
  }
  const parts = bifurcationKeys
    .map((key) => payment[key])
    .filter((v) => v !== undefined);
  if (parts.length > 0) {
    // Whole paise, so 0.1 + 0.2 adds up the way a cashier expects.
    const sum = parts.reduce((total, v) => total + Math.round(v * 100), 0);
    if (sum !== Math.round(payment.amount_recovered * 100)) {
      ctx.addIssue({
        code: 'custom',
        path: ['amount_recovered'],
        message: `The split (${(sum / 100).toFixed(2)}) does not add up to amount_recovered (${payment.amount_recovered.toFixed(2)})`,
      });
    }
  }
}

export const UpdatePaymentRequest = PaymentFields.superRefine(checkPayment);
export type UpdatePaymentRequest = z.input<typeof UpdatePaymentRequest>;

/** The credit-line variant names the customer the transaction belongs to. */
export const UpdateTransactionPaymentRequest = PaymentFields.extend({ client_customer_id: text(100) }).superRefine(
  checkPayment,
);
export type UpdateTransactionPaymentRequest = z.input<typeof UpdateTransactionPaymentRequest>;

export const CommunicationTriggerRequest = z.strictObject({
  loan_id: text(100),
  company_id: text(100),
  inbound_bot_id: text(100),
  allocation_month: AllocationMonth,
  source: text(100),
  event_name: text(200),
  /** The copy lost the list of allowed values, so any non-empty value is passed on. */
  send_to: text(100),
  /** "customer" for loan companies, "transaction" for credit-line companies. */
  communication_level: z.enum(['customer', 'transaction']),
  co_app_upto: z.number().int().nonnegative().optional(),
  send_to_closed_acc: z.boolean().optional(),
});
export type CommunicationTriggerRequest = z.input<typeof CommunicationTriggerRequest>;
