/*
 * Masking of identity numbers (DESIGN.md: masked unless revealed on purpose).
 *
 * Rules:
 * - Aadhaar (12 digits): only the last 4 digits stay, grouped as printed on the card:
 *   `XXXX XXXX 1234`. UIDAI's own "masked Aadhaar" shows exactly these 4.
 * - PAN (AAAAA9999A): the 5 letters are hidden and the 4 digits plus the check letter stay:
 *   `XXXXX1234X` becomes `XXXXX3516D` for ADJIY3516D. The letters carry the holder type and the
 *   surname's initial; the last 5 are what an agent reads back to confirm a card in hand.
 * - Anything that does not look like the number it should be (a typo, a different document)
 *   keeps only its last 4 characters, and a value of 4 characters or fewer is hidden whole, so
 *   a malformed value never leaks more than a well-formed one.
 * Spaces and hyphens are ignored when reading ("ADJIY-3516-D", "2354 9867 1293").
 */

const MASK = 'X';

function compact(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

function keepLast(value: string, keep: number): string {
  if (value.length <= keep) return MASK.repeat(value.length);
  return MASK.repeat(value.length - keep) + value.slice(-keep);
}

export function maskAadhaar(value: string): string {
  const digits = compact(value);
  if (/^\d{12}$/.test(digits)) return `XXXX XXXX ${digits.slice(-4)}`;
  return keepLast(digits, 4);
}

export function maskPan(value: string): string {
  const pan = compact(value);
  if (/^[A-Z]{5}\d{4}[A-Z]$/.test(pan)) return MASK.repeat(5) + pan.slice(-5);
  return keepLast(pan, 4);
}

/** The revealed Aadhaar, grouped in fours as on the card. */
export function formatAadhaar(value: string): string {
  const digits = compact(value);
  return /^\d{12}$/.test(digits) ? digits.replace(/(\d{4})(?=\d)/g, '$1 ') : value.trim();
}

/** The revealed PAN, upper-case without separators. */
export function formatPan(value: string): string {
  return compact(value);
}
