import { parseCgDate } from '../time';

/**
 * Field checks shared by Upload Loan, Update Loan and Update Payment. Messages follow the
 * document's sample failure ("Invalid Mobile numbers, [83849879]", "Value must be ...").
 */

export const LANGUAGES = ['en', 'hi', 'ta', 'pa', 'te', 'mr', 'gu', 'kn', 'bn', 'ml', 'or', 'as'];

export const ALLOCATION_MONTH = /^\d{4}-([1-9]|1[0-2])-01$/;

const MOBILE = /^[6-9]\d{9}$/;
const EMAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;

type Errors = Record<string, unknown>;

function invalidItems(value: string, ok: (s: string) => boolean): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => !ok(s));
}

/** Checks the applicant-level keys a body may carry; adds to `errors`. */
export function checkApplicantFields(body: Record<string, unknown>, errors: Errors): void {
  const mobile = body['applicant_contact_number'];
  if (mobile !== undefined) {
    if (typeof mobile !== 'string') errors['applicant_contact_number'] = 'Value must be of type string';
    else {
      const bad = invalidItems(mobile, (s) => MOBILE.test(s));
      if (bad.length) errors['applicant_contact_number'] = `Invalid Mobile numbers, [${bad.join(', ')}]`;
    }
  }
  const email = body['applicant_email'];
  if (email !== undefined && email !== '' && email !== null) {
    if (typeof email !== 'string') errors['applicant_email'] = 'Value must be of type string';
    else {
      const bad = invalidItems(email, (s) => EMAIL.test(s));
      if (bad.length) errors['applicant_email'] = `Invalid Emails, [${bad.join(', ')}]`;
    }
  }
  const dob = body['applicant_dob'];
  if (dob !== undefined && dob !== null && !parseCgDate(dob, false)) {
    errors['applicant_dob'] = 'Value must be of type date with format YYYY-MM-DD';
  }
  const language = body['applicant_language'];
  if (language !== undefined && language !== '' && (typeof language !== 'string' || !LANGUAGES.includes(language))) {
    errors['applicant_language'] = `Invalid languages, [${String(language)}]`;
  }
  const gender = body['applicant_gender'];
  if (gender !== undefined && gender !== '' && !['Male', 'Female', 'Non-Binary'].includes(String(gender))) {
    errors['applicant_gender'] = 'Invalid gender, options: Male, Female, Non-Binary';
  }
  const address = body['applicant_address'];
  if (address !== undefined) {
    if (!Array.isArray(address)) errors['applicant_address'] = 'Value must be a list';
    else {
      const nested: Errors = {};
      address.forEach((a: unknown, i) => {
        if (typeof a !== 'object' || a === null || Array.isArray(a)) {
          nested[String(i)] = 'Value must be an object';
          return;
        }
        const pin = (a as Record<string, unknown>)['applicant_pincode'];
        if (pin !== undefined && pin !== null && !(typeof pin === 'number' && Number.isInteger(pin) && pin >= 100000 && pin <= 999999)) {
          nested[String(i)] = { applicant_pincode: 'Value must be a 6 digit number' };
        }
      });
      if (Object.keys(nested).length) errors['applicant_address'] = nested;
    }
  }
  // loan_tenure is an integer: field-table.ts judges it.
  for (const key of ['total_loan_amount', 'emi_amount', 'applicant_monthly_income', 'interest_on_loan']) {
    const v = body[key];
    if (v !== undefined && v !== null && (typeof v !== 'number' || !Number.isFinite(v))) errors[key] = 'Value must be a number';
  }
}

/**
 * `amount_recovered` as both Update Payment tables type it: an integer (whole rupees) above zero.
 * A fraction is answered the way the platform answers it: "Value must be an integer".
 */
export function wholeRupeesProblem(v: unknown): string | null {
  if (v === undefined || v === null) return 'Field required';
  if (typeof v !== 'number' || !Number.isInteger(v)) return 'Value must be an integer';
  if (v <= 0) return 'Value must be greater than 0';
  return null;
}

export function toCents(v: number): number {
  return Math.round(v * 100);
}

/** Checks a `defaults` list as Upload Loan takes it. */
export function checkDefaults(defaults: unknown, errors: Errors): void {
  if (!Array.isArray(defaults) || defaults.length === 0) {
    errors['defaults'] = 'Field required: a list with at least one allocation month';
    return;
  }
  const nested: Errors = {};
  defaults.forEach((d: unknown, i) => {
    const e: Errors = {};
    if (typeof d !== 'object' || d === null || Array.isArray(d)) {
      nested[String(i)] = 'Value must be an object';
      return;
    }
    const rec = d as Record<string, unknown>;
    const month = rec['allocation_month'];
    if (typeof month !== 'string' || !ALLOCATION_MONTH.test(month)) e['allocation_month'] = 'Value must be of format YYYY-M-01';
    for (const key of [
      'total_claim_amount',
      'late_fee',
      'expected_emi',
      'default_emi_number',
      'settlement_amount',
      'client_amount_recovered',
      'principal_outstanding_amount',
      'expected_emi_interest_amount',
      'expected_emi_principal_amount',
      'other_penalty',
    ]) {
      const v = rec[key];
      if (v !== undefined && v !== null && (typeof v !== 'number' || !Number.isFinite(v))) e[key] = 'Value must be a number';
    }
    if (rec['date_of_default'] !== undefined && rec['date_of_default'] !== null && !parseCgDate(rec['date_of_default'], false)) {
      e['date_of_default'] = 'Value must be of type date with format YYYY-MM-DD';
    }
    if (Object.keys(e).length) nested[String(i)] = e;
  });
  if (Object.keys(nested).length) errors['defaults'] = nested;
}
