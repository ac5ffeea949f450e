import { z } from 'zod';

/*
 * Building blocks for the vendors' wire payloads.
 *
 * What we RECEIVE is read forgivingly: the vendors' own examples send numbers as strings
 * ("dpd": "225", "closure_amount": "22201.0"), empty strings for missing numbers, nulls for
 * lists. One odd leaf must not hide a whole loan from an agent in the field, so a leaf that
 * cannot be understood becomes null instead of failing the document. Only the shape around it
 * (an object where an object belongs, the keys the app acts on) can make a body "bad".
 *
 * What we SEND is checked strictly, so a mistake is caught on the laptop with a clear reason
 * instead of being half-accepted by a server that has no idempotency key.
 */

// ---------------------------------------------------------------- lenient (responses)

function toNumber(value: unknown): number | null | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') {
    // "1,23,456.00" is how Indian systems print money.
    const text = value.trim().replace(/,/g, '');
    if (text === '') return null;
    const n = Number(text);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

function toText(value: unknown): string | null | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return null;
}

function toBoolean(value: unknown): boolean | null | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === '1') return true;
  if (value === 0 || value === '0') return false;
  if (typeof value === 'string') {
    const text = value.trim().toLowerCase();
    if (text === 'true' || text === 'yes') return true;
    if (text === 'false' || text === 'no') return false;
  }
  return null;
}

/** A number that may arrive as a number, a numeric string, "" or null. Unreadable → null. */
export const looseNumber = z.unknown().transform(toNumber).optional();
/** A string that may arrive as a number (ids, phone numbers, pincodes). Unreadable → null. */
export const looseString = z.unknown().transform(toText).optional();
/** A boolean that may arrive as "true"/"false"/1/0. Unreadable → null. */
export const looseBoolean = z.unknown().transform(toBoolean).optional();

/** Like looseString, but the app acts on this key: it must be there and not blank. */
export const requiredText = z.unknown().transform((v, ctx) => {
  const t = toText(v);
  if (typeof t === 'string' && t.trim() !== '') return t;
  ctx.addIssue({ code: 'custom', message: 'Expected a non-empty text' });
  return z.NEVER;
});
/** Like looseNumber, but the app acts on this key: it must be there and numeric. */
export const requiredNumber = z.unknown().transform((v, ctx) => {
  const n = toNumber(v);
  if (typeof n === 'number') return n;
  ctx.addIssue({ code: 'custom', message: 'Expected a number' });
  return z.NEVER;
});

/**
 * The longest list read from a platform answer. Every array in the contract has a maximum (issue
 * 12): far above any real loan's history, it stops a hostile answer from costing minutes of parsing.
 */
export const MAX_WIRE_LIST = 50_000;

/** A list that may arrive as null (→ []). A missing list stays undefined: "not asked for" ≠ "none". */
export function looseArray<T extends z.ZodType>(item: T) {
  return z.preprocess((v) => (v === null ? [] : v), z.array(item).max(MAX_WIRE_LIST).optional());
}

/** An object that may arrive as null, with unknown keys kept for whoever reads it later. */
export function looseRecord() {
  return z.record(z.string(), z.unknown()).nullable().optional();
}

// ---------------------------------------------------------------- strict (requests)

function hasAtMostTwoDecimals(value: number): boolean {
  const paise = value * 100;
  return Math.abs(paise - Math.round(paise)) < 1e-6;
}

/** Rupees: more than zero, whole paise only. */
export const amount = z
  .number()
  .positive('Amount must be more than zero')
  .refine(Number.isFinite, 'Amount must be a number')
  .refine(hasAtMostTwoDecimals, 'Amount can have at most 2 decimal places');

/** The most one collected payment may be: the screens refuse more, and so does the main process. */
export const MAX_COLLECTED_RUPEES = 1_00_00_000;

/** Money collected from a borrower (a payment, a repayment line): an amount of at most ₹1 crore. */
export const collectedAmount = amount.refine(
  (v) => v <= MAX_COLLECTED_RUPEES,
  'More than ₹1 crore (₹1,00,00,000) in one payment: check the amount',
);

/**
 * Credgenics' Update Payment table types `amount_recovered` as an integer: whole rupees. A
 * fraction is refused here so the main process never sends what the platform answers 400 to.
 */
export const WHOLE_RUPEES_MESSAGE = 'Credgenics takes whole rupees only: this amount has paise. Correct it to whole rupees.';
export const wholeRupees = collectedAmount.refine(Number.isInteger, WHOLE_RUPEES_MESSAGE);

/** Rupees that may be zero (a part of a split payment). */
export const nonNegativeAmount = z
  .number()
  .nonnegative('Amount cannot be negative')
  .refine(hasAtMostTwoDecimals, 'Amount can have at most 2 decimal places');

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last;
}

/** `YYYY-MM-DD`, a real calendar date. */
export const isoDate = z.string().refine((s) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}, 'Date must be written YYYY-MM-DD');

/** `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS` (24-hour clock). */
export const isoDateOrDateTime = z.string().refine((s) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: ([01]\d|2[0-3]):([0-5]\d):([0-5]\d))?$/.exec(s);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}, 'Date must be written YYYY-MM-DD or YYYY-MM-DD HH:MM:SS');

/** `DD/MM/YYYY`, a real calendar date (GLAAS). */
export const dmyDate = z.string().refine((s) => {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s);
  return m !== null && isRealDate(Number(m[3]), Number(m[2]), Number(m[1]));
}, 'Date must be written DD/MM/YYYY');

/** Plain text we send: not blank, bounded. */
export function text(max = 500) {
  return z.string().trim().min(1, 'Cannot be empty').max(max, `At most ${max} characters`);
}

/** NUL, CR, LF and the other control characters: in a header they split it, in a URL they break it. */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
export const hasNoControlCharacters = (v: string): boolean => !CONTROL_CHARACTERS.test(v);
export const CONTROL_CHARACTERS_MESSAGE = 'Contains a line break or another invisible character that cannot be sent';

/**
 * Text that becomes an HTTP header or part of a URL (company id, role, names sent to the
 * platforms): bounded, and free of control characters.
 */
export function headerSafeText(max: number) {
  return z.string().max(max, `At most ${max} characters`).refine(hasNoControlCharacters, CONTROL_CHARACTERS_MESSAGE).pipe(z.string().trim());
}

// ---------------------------------------------------------------- India time

/** India has kept UTC+05:30 without daylight saving since 1945, so a fixed offset is exact. */
const IST_OFFSET_MS = (5 * 60 + 30) * 60 * 1000;

/** Calendar fields of an instant as a clock in India shows them. */
export function indiaClock(instant: Date | number): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
} {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('Invalid date');
  const d = new Date(ms + IST_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');
