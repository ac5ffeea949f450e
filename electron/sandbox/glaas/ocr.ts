import { Rng } from '../prng';
import { BANKS, CITIES } from '../data/india';
import { makePerson } from '../data/people';
import type { OcrResult } from '../types';

/** What GLAAS' OCR can read: photos and PDFs, recognised by their first bytes. */
function readableKind(bytes: Uint8Array): string | null {
  const at = (i: number) => bytes[i] ?? -1;
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'jpeg';
  if (at(0) === 0x89 && ascii(1, 4) === 'PNG') return 'png';
  if (ascii(0, 4) === '%PDF') return 'pdf';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(4, 8) === 'ftyp') return 'heic';
  return null;
}

/**
 * A plausible OCR result that depends only on the file's bytes (seeded by its sha256), so the
 * same photo always "reads" the same. Empty or unrecognised files fail as real OCR does: an
 * error and no fields.
 */
export function ocrFor(bytes: Uint8Array, sha256Hex: string, tag: number): OcrResult {
  const seed = parseInt(sha256Hex.slice(0, 8), 16);
  const rng = new Rng(seed);
  const time = (0.8 + rng.float() * 7).toFixed(2);
  if (bytes.length === 0) return { tag: String(tag), error: 'Empty file: nothing to read', time, fields: [] };
  if (!readableKind(bytes)) {
    return { tag: String(tag), error: 'Unreadable document: expected a JPEG, PNG, WebP or HEIC photo or a PDF', time, fields: [] };
  }
  const person = makePerson(rng, rng.pick(CITIES));
  const bank = rng.pick(BANKS);
  return {
    tag: String(tag),
    error: null,
    time,
    fields: [
      { key: 'name', value: person.name.toUpperCase() },
      { key: 'pan', value: person.pan },
      { key: 'dob', value: person.dob.split('-').reverse().join('/') },
      { key: 'acc_no', value: rng.digits(rng.int(11, 16)) },
      { key: 'ifsc', value: `${bank.ifscPrefix}0${rng.digits(6)}` },
      { key: 'bank_name', value: bank.name },
      { key: 'bank_id', value: String(bank.id) },
    ],
  };
}
