import type { CachedLoan } from '../../../../shared/domain';

/*
 * Keep less (issue 13): UIDAI rules forbid keeping Aadhaar numbers outside a vault, so the Get
 * Loan answer is masked BEFORE it is stored. Only the last 4 digits survive ("XXXX XXXX 1234"),
 * which is all an agent needs to confirm a card in hand; the full number never reaches the disk.
 *
 * Credgenics has one documented field (applicant_aadhar_number) but lenders add their own
 * (co-applicants, custom KYC blocks), so the walk masks every value under a key that names
 * Aadhaar, and the number beside an "Aadhaar" label in {type, number} style records.
 */

const AADHAAR_KEY = /aadha?a?r/i;
/** Keys that hold "the number" of a document whose type is named in a sibling field. */
const NUMBER_KEY = /(^|_)(number|no|num|id|value)$|number/i;
const DIGITS_IN_AADHAAR = 12;

/**
 * The stored form of one Aadhaar value: the last 4 digits behind Xs. A value with 4 digits or
 * fewer is already masked (or is not a number at all) and stays as it is, so masking twice
 * changes nothing.
 */
export function maskAadhaarForStorage(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length <= 4) return value;
  return `XXXX XXXX ${digits.slice(-4)}`;
}

function maskValue(value: unknown): unknown {
  if (typeof value === 'string') return maskAadhaarForStorage(value);
  if (typeof value === 'number' || typeof value === 'bigint') return maskAadhaarForStorage(String(value));
  // A whole block under an Aadhaar key (e.g. aadhaar: { number, name }): every string in it.
  if (Array.isArray(value)) return value.map(maskValue);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskValue(v)]));
  return value;
}

/** A record like { document_type: 'Aadhaar', document_number: '2354 9867 1293' }. */
function describesAadhaar(record: Record<string, unknown>): boolean {
  return Object.values(record).some((v) => typeof v === 'string' && AADHAAR_KEY.test(v) && v.replace(/\D/g, '').length < DIGITS_IN_AADHAAR);
}

function walk(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(walk);
  if (!value || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const aadhaarRecord = describesAadhaar(record);
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(record)) {
    if (AADHAAR_KEY.test(key)) out[key] = maskValue(inner);
    else if (aadhaarRecord && NUMBER_KEY.test(key) && (typeof inner === 'string' || typeof inner === 'number')) out[key] = maskValue(inner);
    else out[key] = walk(inner);
  }
  return out;
}

/**
 * A copy of the snapshot with every Aadhaar number masked. Pure: the caller's object is not
 * touched (the download may still be showing it).
 */
export function maskForStorage<T>(snapshot: T): T {
  return walk(snapshot) as T;
}

/** What putLoans writes: the same loans, their snapshots masked. */
export function keepLessOfLoans(loans: readonly CachedLoan[]): CachedLoan[] {
  return loans.map((loan) => (loan.snapshot ? { ...loan, snapshot: maskForStorage(loan.snapshot) } : loan));
}
