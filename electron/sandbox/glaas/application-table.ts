import { isObject } from '../core';
import { parseGlaasDate } from '../time';

/**
 * The Create Application tables of glaas-api.txt (Contact, Address, BankDetail, Firm,
 * ProposalDetail) as data: Mandatory, Validations (Max Length, Length, ENUM, Format). Reasons are
 * worded like the document's sample ("Invalid dob details").
 *
 * Where the document's own example breaks its table, the example wins and the rule is left out
 * (listed in README.md): pincode is sent as a number, yearOfIncorporation as a number, the
 * contact's Aadhaar as `aadhaarNumber`, and the firm's gstn/cin/tan numbers are shorter than the
 * stated lengths.
 */

type Rule =
  | { kind: 'text'; required: boolean; max?: number; length?: number }
  | { kind: 'digits'; required: boolean; length: number }
  | { kind: 'number'; required: boolean }
  | { kind: 'boolean'; required: boolean }
  | { kind: 'date'; required: boolean }
  | { kind: 'year'; required: boolean }
  | { kind: 'enum'; required: boolean; options: readonly string[] }
  | { kind: 'list'; required: boolean; table: Table; min?: number };

type Table = Record<string, Rule>;

const text = (required: boolean, max?: number): Rule => ({ kind: 'text', required, ...(max ? { max } : {}) });
const exact = (required: boolean, length: number): Rule => ({ kind: 'text', required, length });
const oneOf = (required: boolean, options: readonly string[]): Rule => ({ kind: 'enum', required, options });

const addressTable: Table = {
  addressLine1: text(true, 500),
  addressLine2: text(false, 500),
  addressLine3: text(false, 500),
  landmark: text(false, 500),
  pincode: { kind: 'digits', required: true, length: 6 },
  addressType: oneOf(true, ['Permanent', 'Present']),
  addressStatus: oneOf(true, ['Owned', 'Rented', 'Spouse Owned', 'Parent Owned', 'Leased']),
  primaryAddress: { kind: 'boolean', required: true },
};

const bankTable: Table = {
  bankId: { kind: 'number', required: true },
  accountNumber: text(true, 50),
  ifscCode: text(true, 20),
  accountType: oneOf(true, ['Saving Account', 'Current Account', 'Overdraft Account', 'Cash Credit Account']),
  accountHolderName: text(false, 100),
  disbusermentAccount: { kind: 'boolean', required: false },
  repaymentAccount: { kind: 'boolean', required: false },
};

const contactTable: Table = {
  firstName: text(true, 100),
  middleName: text(false, 100),
  lastName: text(true, 100),
  panNumber: exact(true, 10),
  voterIdNumber: text(false, 20),
  aadharNumber: { kind: 'digits', required: false, length: 12 },
  aadhaarNumber: { kind: 'digits', required: false, length: 12 },
  passportNumber: text(false, 100),
  mobileNumber: { kind: 'digits', required: true, length: 10 },
  alternateMobileNumber: { kind: 'digits', required: false, length: 10 },
  emailId: text(false, 100),
  applicantType: oneOf(true, ['Borrower', 'Co-borrower', 'By Association']),
  gender: oneOf(true, ['Male', 'Female']),
  dob: { kind: 'date', required: true },
  maritalStatus: oneOf(false, ['Single', 'Married']),
  address: { kind: 'list', required: true, table: addressTable, min: 1 },
  bankDetails: { kind: 'list', required: true, table: bankTable, min: 1 },
};

const firmTable: Table = {
  firmName: text(true, 100),
  firmType: oneOf(true, ['Partnership', 'Proprietorship', 'Private Limited', 'LLP', 'Others']),
  cinNumber: text(false),
  gstnNumber: text(false),
  panNumber: exact(false, 10),
  yearOfIncorporation: { kind: 'year', required: true },
  tanNumber: text(false),
  address: { kind: 'list', required: true, table: addressTable, min: 1 },
  bankDetails: { kind: 'list', required: true, table: bankTable, min: 1 },
};

const proposalTable: Table = {
  tenure: { kind: 'number', required: true },
  amountApproved: { kind: 'number', required: true },
  amountDisbursed: { kind: 'number', required: false },
  upFrontInterest: { kind: 'number', required: false },
  penaltyPercentage: { kind: 'number', required: true },
  nachLimit: { kind: 'number', required: true },
  roi: { kind: 'number', required: true },
  paymentMode: oneOf(true, [
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
  proposalAcceptedDate: { kind: 'date', required: true },
  insuranceAmount: { kind: 'number', required: false },
  processingFee: { kind: 'number', required: false },
  loanType: oneOf(false, ['EXI', 'OD_EXI', 'FLEXI_OD', 'CUSTOM', 'LINE']),
};

/** Why one value breaks its rule, or null. Missing and null are judged by `required` alone. */
function why(rule: Rule, v: unknown, problems: string[], where: string): string | null {
  switch (rule.kind) {
    case 'text':
      if (typeof v !== 'string') return 'must be text';
      if (rule.max !== undefined && v.length > rule.max) return `at most ${rule.max} characters`;
      if (rule.length !== undefined && v.length !== rule.length) return `must be ${rule.length} characters`;
      return null;
    case 'digits': {
      const s = typeof v === 'number' && Number.isInteger(v) ? String(v) : v;
      return typeof s === 'string' && new RegExp(`^\\d{${rule.length}}$`).test(s) ? null : `must be ${rule.length} digits`;
    }
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) ? null : 'must be a number';
    case 'boolean':
      return typeof v === 'boolean' ? null : 'must be true or false';
    case 'date':
      return parseGlaasDate(v) ? null : 'use DD/MM/YYYY';
    case 'year':
      return /^\d{4}$/.test(typeof v === 'number' ? String(v) : String(v ?? '')) && typeof v !== 'boolean' ? null : 'use yyyy';
    case 'enum':
      return typeof v === 'string' && rule.options.includes(v) ? null : `one of ${rule.options.join(', ')}`;
    case 'list':
      if (!Array.isArray(v)) return 'must be a list';
      if (rule.min !== undefined && v.length < rule.min) return 'at least one is needed';
      v.forEach((item: unknown, i) => checkObject(item, rule.table, problems, `${where} ${i + 1}`));
      return null;
  }
}

function checkObject(value: unknown, table: Table, problems: string[], where: string): void {
  if (!isObject(value)) {
    problems.push(`Invalid ${where} details: must be an object`);
    return;
  }
  for (const [key, rule] of Object.entries(table)) {
    const v = value[key];
    if (v === undefined || v === null || v === '') {
      if (rule.required) problems.push(`Invalid ${key} details (${where}): required`);
      continue;
    }
    const reason = why(rule, v, problems, `${where} ${key}`);
    if (reason) problems.push(`Invalid ${key} details (${where}): ${reason}`);
  }
}

/** Every breach of the Contact, Firm and ProposalDetail tables in one Create Application body. */
export function applicationTableProblems(body: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const number = body['applicationNumber'];
  if (number !== undefined && number !== null && (typeof number !== 'string' || number.length > 50)) {
    problems.push('Invalid applicationNumber details: text of at most 50 characters');
  }
  const contacts = body['contacts'];
  if (Array.isArray(contacts)) contacts.forEach((c: unknown, i) => checkObject(c, contactTable, problems, `contact ${i + 1}`));
  const firms = body['firms'];
  if (Array.isArray(firms)) firms.forEach((f: unknown, i) => checkObject(f, firmTable, problems, `firm ${i + 1}`));
  if (isObject(body['proposalDetail'])) checkObject(body['proposalDetail'], proposalTable, problems, 'proposalDetail');
  return problems;
}
