import { t, type MessageKey } from '../../i18n';

/**
 * OCR field keys as GLAAS sends them (acc_no, bank_name, ...) shown as words. A key we do not
 * know yet is made readable ("father_name" → "Father name") rather than shown raw.
 */
const known: Record<string, MessageKey> = {
  name: 'kyc.ocr.key.name',
  applicant_name: 'kyc.ocr.key.name',
  customer_name: 'kyc.ocr.key.name',
  account_holder_name: 'kyc.ocr.key.accountHolder',
  holder_name: 'kyc.ocr.key.accountHolder',
  pan: 'kyc.ocr.key.pan',
  pan_no: 'kyc.ocr.key.pan',
  dob: 'kyc.ocr.key.dob',
  date_of_birth: 'kyc.ocr.key.dob',
  acc_no: 'kyc.ocr.key.accountNumber',
  account_no: 'kyc.ocr.key.accountNumber',
  account_number: 'kyc.ocr.key.accountNumber',
  ifsc: 'kyc.ocr.key.ifsc',
  ifsc_code: 'kyc.ocr.key.ifsc',
  bank_name: 'kyc.ocr.key.bankName',
  bank_id: 'kyc.ocr.key.bankId',
  bank_logo: 'kyc.ocr.key.bankLogo',
  father_name: 'kyc.ocr.key.fatherName',
  address: 'kyc.ocr.key.address',
  gender: 'kyc.ocr.key.gender',
  aadhaar: 'kyc.ocr.key.aadhaar',
  aadhar: 'kyc.ocr.key.aadhaar',
  aadhaar_no: 'kyc.ocr.key.aadhaar',
};

export function ocrFieldLabel(key: string): string {
  const message = known[key.trim().toLowerCase()];
  if (message) return t(message);
  const words = key.trim().replace(/[_\-.]+/g, ' ').replace(/\s+/g, ' ').toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : key;
}

/** The keys under which OCR reports the document holder's own name. */
const holderNameKeys = new Set(['name', 'applicant_name', 'customer_name', 'account_holder_name', 'holder_name']);

/** The holder's name as OCR read it, if it read one. */
export function ocrHolderName(fields: readonly { key: string; value: string }[]): string | undefined {
  return fields.find((f) => holderNameKeys.has(f.key.trim().toLowerCase()) && f.value.trim())?.value.trim();
}

const tokens = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 1); // initials ("K.") say too little to compare

/**
 * Whether two spellings name the same person: the same words in any order, or one name's words
 * all inside the other's (a middle name or a surname left out) with at least two shared. Only a
 * hint for the agent: names are written many ways, so a mismatch asks for a look, never refuses.
 */
export function namesMatch(a: string, b: string): boolean {
  const x = new Set(tokens(a));
  const y = new Set(tokens(b));
  if (x.size === 0 || y.size === 0) return true; // nothing to compare: no warning
  const [small, big] = x.size <= y.size ? [x, y] : [y, x];
  const shared = [...small].filter((w) => big.has(w)).length;
  return shared === small.size && (shared >= 2 || small.size === big.size);
}
