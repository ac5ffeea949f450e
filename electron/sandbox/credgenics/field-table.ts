import { parseCgDate } from '../time';

/**
 * The Upload Loan field table of credgenics-api.txt (also used by Upload Transaction, Update Loan
 * and Update Transaction), as data: each key's Data Type and, where the table lists them, its
 * options. Messages follow the document's sample failure ("Value must be a number", "Value must
 * be of type date with format YYYY-MM-DD"). null is taken for every key (the examples send
 * `"document_bounce_charges": null`); "" is taken for strings and dates left empty.
 */

type FieldType =
  | 'string'
  | 'integer'
  | 'float'
  | 'boolean'
  | 'date'
  /** Table says integer, examples send digit strings with leading zeros ("0000012835", ""). */
  | 'digits'
  | { options: readonly string[] }
  | { list: Table };

type Table = Record<string, FieldType>;

const ADDRESS_TYPES = ['Home', 'Business', 'Office'] as const;

const documentTable: Table = {
  security_mode: 'string',
  document_number: 'string',
  document_bank_name: 'string',
  document_bank_ifsc_code: 'string',
  document_amount: 'float',
  document_date: 'date',
  document_dishonour_date: 'date',
  document_signature_name: 'string',
  document_bounce_bank_account_number: 'digits',
  document_bounce_charges: 'float',
  document_bounce_bank_name: 'string',
  document_bounce_bank_ifsc_code: 'string',
  document_bounce_bank_address: 'string',
  document_bounce_memo_date: 'date',
  reason_of_document_bounce: 'string',
  document_micr: 'string',
  document_presented_in_account: 'string',
  document_presented_zone: 'string',
  document_bounce_memo_branch_address: 'string',
  document_signature_address_text: 'string',
  document_signature_city: 'string',
  document_signature_state: 'string',
  document_signature_pincode: 'integer',
  document_bounce_memo_reference_number: 'string',
  document_sequence_number: 'string',
  document_bounce_memo_return_date: 'date',
  document_umrn: 'string',
};

const applicantAddressTable: Table = {
  applicant_address_type: { options: ADDRESS_TYPES },
  applicant_address_text: 'string',
  applicant_state: 'string',
  applicant_city: 'string',
  applicant_landmark: 'string',
  applicant_pincode: 'integer',
  applicant_address_latitude: 'string',
  applicant_address_longitude: 'string',
};

const defaultsTable: Table = {
  allocation_month: 'string',
  allocation_dpd_value: 'integer',
  allocation_dpd_bracket: 'string',
  total_claim_amount: 'float',
  late_fee: 'float',
  date_of_default: 'date',
  expected_emi: 'float',
  default_emi_number: 'integer',
  settlement_amount: 'float',
  client_amount_recovered: 'float',
  principal_outstanding_amount: 'float',
  expected_emi_interest_amount: 'float',
  expected_emi_principal_amount: 'float',
  other_penalty: 'float',
};

const referenceTable: Table = {
  relation_with_applicant: 'string',
  name: 'string',
  contact_number: 'string',
  reference_gender: 'string',
  reference_pan_number: 'string',
  reference_address: {
    list: {
      reference_address_type: 'string',
      reference_address_text: 'string',
      reference_city: 'string',
      reference_state: 'string',
      reference_pincode: 'integer',
    },
  },
};

const coApplicantTable: Table = {
  co_applicant_name: 'string',
  co_applicant_type: 'string',
  co_applicant_language: 'string',
  co_applicant_email: 'string',
  co_applicant_contact_number: 'string',
  co_applicant_gender: { options: ['Male', 'Female', 'Other'] },
  co_applicant_dob: 'date',
  co_applicant_notice_reference_number: 'string',
  co_applicant_photo_link: 'string',
  co_applicant_address: {
    list: {
      co_applicant_address_text: 'string',
      co_applicant_address_type: { options: ADDRESS_TYPES },
      co_applicant_state: 'string',
      co_applicant_city: 'string',
      co_applicant_pincode: 'integer',
      co_applicant_address_latitude: 'string',
      co_applicant_address_longitude: 'string',
    },
  },
};

/** Top-level keys of the Upload Loan table. */
export const loanFieldTable: Table = {
  loan_id: 'string',
  client_customer_id: 'string',
  transaction_id: 'string',
  loan_type: 'string',
  applicant_name: 'string',
  applicant_email: 'string',
  applicant_contact_number: 'string',
  applicant_dob: 'date',
  applicant_monthly_income: 'float',
  applicant_cibil_score: 'integer',
  applicant_aadhar_number: 'string',
  applicant_pan_number: 'string',
  applicant_photo_link: 'string',
  applicant_notice_reference_number: 'string',
  applicant_occupation: 'string',
  applicant_language: 'string',
  total_loan_amount: 'float',
  vehicle_registration_number: 'string',
  loan_tenure: 'integer',
  client_loan_sanction_date: 'date',
  loan_end_date: 'date',
  interest_on_loan: 'float',
  tenure_finished: 'boolean',
  // "Secured/Secured Movable/Secured Immovable ... otherwise 'Unsecured'"; the example writes
  // "Secured immovable", so the options are compared without case.
  security_type: { options: ['Secured', 'Secured Movable', 'Secured Immovable', 'Unsecured'] },
  backed_by_security: 'boolean',
  backed_by_surety: 'boolean',
  chassis_number: 'string',
  loan_nbfc_name: 'string',
  loan_nbfc_cin: 'string',
  tags: 'string',
  agent_email: 'string',
  emi_amount: 'float',
  engine_number: 'string',
  group_id: 'string',
  product_type: 'string',
  credit_account_number: 'digits',
  credit_account_holder_name: 'string',
  credit_account_holder_type: 'string',
  credit_bank_name: 'string',
  credit_bank_ifsc_code: 'string',
  business_name: 'string',
  make_and_model: 'string',
  merchant_name: 'string',
  notice_date: 'date',
  notice_delivery_partner: 'string',
  payment_link: 'string',
  payment_link_expiry: 'integer',
  channel_partner: 'string',
  loan_region: 'string',
  loan_regional_manager_name: 'string',
  loan_regional_manager_contact_number: 'string',
  loan_regional_manager_contact_email: 'string',
  loan_source_branch_address: 'string',
  document_details: { list: documentTable },
  applicant_address: { list: applicantAddressTable },
  defaults: { list: defaultsTable },
  references: { list: referenceTable },
  co_applicant: { list: coApplicantTable },
};

type Errors = Record<string, unknown>;

function problem(type: FieldType, v: unknown): string | Errors | null {
  if (v === null || v === undefined) return null;
  if (type === 'string') return typeof v === 'string' ? null : 'Value must be of type string';
  if (type === 'integer') return typeof v === 'number' && Number.isInteger(v) ? null : 'Value must be an integer';
  if (type === 'float') return typeof v === 'number' && Number.isFinite(v) ? null : 'Value must be a number';
  if (type === 'boolean') return typeof v === 'boolean' ? null : 'Value must be true or false';
  if (type === 'date') return v === '' || parseCgDate(v, false) ? null : 'Value must be of type date with format YYYY-MM-DD';
  if (type === 'digits') {
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return null;
    return typeof v === 'string' && /^\d*$/.test(v) ? null : 'Value must be an integer';
  }
  if ('options' in type) {
    if (v === '') return null;
    const ok = typeof v === 'string' && type.options.some((o) => o.toLowerCase() === v.toLowerCase());
    return ok ? null : `Invalid option ${String(v)}; options: ${type.options.join(', ')}`;
  }
  if (!Array.isArray(v)) return 'Value must be a list';
  const nested: Errors = {};
  v.forEach((item: unknown, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      nested[String(i)] = 'Value must be an object';
      return;
    }
    const e: Errors = {};
    checkAgainstTable(item as Record<string, unknown>, type.list, e);
    if (Object.keys(e).length) nested[String(i)] = e;
  });
  return Object.keys(nested).length ? nested : null;
}

/**
 * Adds a message for each key of `body` that breaks the table. A key already judged by a
 * finer check (mobile numbers, emails, languages) keeps that message.
 */
export function checkAgainstTable(body: Record<string, unknown>, table: Table, errors: Errors): void {
  for (const [key, type] of Object.entries(table)) {
    if (errors[key] !== undefined || !(key in body)) continue;
    const p = problem(type, body[key]);
    if (p !== null) errors[key] = p;
  }
}

/** Merges nested per-item messages (`{"0": {...}}`) from two checks of the same list. */
export function checkLoanFields(body: Record<string, unknown>, errors: Errors): void {
  const mine: Errors = {};
  checkAgainstTable(body, loanFieldTable, mine);
  for (const [key, why] of Object.entries(mine)) {
    const before = errors[key];
    if (before === undefined) errors[key] = why;
    else if (typeof before === 'object' && before !== null && typeof why === 'object' && why !== null) {
      for (const [i, inner] of Object.entries(why as Errors)) {
        const was = (before as Errors)[i];
        (before as Errors)[i] = typeof was === 'object' && was !== null && typeof inner === 'object' ? { ...(inner as Errors), ...(was as Errors) } : (was ?? inner);
      }
    }
  }
}
