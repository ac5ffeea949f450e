/**
 * Calendar arithmetic in India Standard Time. Both platforms are Indian: allocation months,
 * "today" and every timestamp the sandbox writes follow IST (UTC+05:30, no daylight saving),
 * whatever the machine's own zone is.
 */

const IST_OFFSET_MS = 5.5 * 60 * 60 * 1000;
const DAY_MS = 86_400_000;

export interface CalendarDate {
  year: number;
  month: number; // 1..12
  day: number;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Whole days since 1970-01-01 on the IST calendar. */
export function istEpochDay(at: Date): number {
  return Math.floor((at.getTime() + IST_OFFSET_MS) / DAY_MS);
}

export function fromEpochDay(day: number): CalendarDate {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function toEpochDay(c: CalendarDate): number {
  return Math.floor(Date.UTC(c.year, c.month - 1, c.day) / DAY_MS);
}

export function addMonths(c: CalendarDate, months: number): CalendarDate {
  const index = c.year * 12 + (c.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(c.day, last) };
}

/** Credgenics allocation month: `YYYY-M-01`, month without a leading zero. */
export function allocationMonth(c: { year: number; month: number }): string {
  return `${c.year}-${c.month}-01`;
}

/** Credgenics date: YYYY-MM-DD. */
export function cgDate(c: CalendarDate): string {
  return `${c.year}-${pad2(c.month)}-${pad2(c.day)}`;
}

/** GLAAS date: DD/MM/YYYY. */
export function glaasDate(c: CalendarDate): string {
  return `${pad2(c.day)}/${pad2(c.month)}/${c.year}`;
}

/** Credgenics timestamp `YYYY-MM-DD HH:MM:SS` in IST. */
export function cgDateTime(at: Date): string {
  const shifted = new Date(at.getTime() + IST_OFFSET_MS);
  return (
    `${shifted.getUTCFullYear()}-${pad2(shifted.getUTCMonth() + 1)}-${pad2(shifted.getUTCDate())} ` +
    `${pad2(shifted.getUTCHours())}:${pad2(shifted.getUTCMinutes())}:${pad2(shifted.getUTCSeconds())}`
  );
}

/** Time of day from seconds after midnight, `HH:MM:SS`. */
export function clock(secondsOfDay: number): string {
  const h = Math.floor(secondsOfDay / 3600);
  const m = Math.floor((secondsOfDay % 3600) / 60);
  const s = secondsOfDay % 60;
  return `${pad2(h)}:${pad2(m)}:${pad2(s)}`;
}

/** Parses a strict DD/MM/YYYY that names a real calendar day; null otherwise. */
export function parseGlaasDate(text: unknown): CalendarDate | null {
  if (typeof text !== 'string') return null;
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (!m) return null;
  const c = { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
  return isRealDate(c) ? c : null;
}

/** Parses YYYY-MM-DD, optionally followed by ` HH:MM:SS` (Credgenics recovery_date). */
export function parseCgDate(text: unknown, allowTime: boolean): CalendarDate | null {
  if (typeof text !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})( \d{2}:\d{2}:\d{2}(\.\d+)?)?$/.exec(text);
  if (!m || (m[4] !== undefined && !allowTime)) return null;
  const c = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isRealDate(c) ? c : null;
}

function isRealDate(c: CalendarDate): boolean {
  if (c.month < 1 || c.month > 12 || c.day < 1) return false;
  return c.day <= new Date(Date.UTC(c.year, c.month, 0)).getUTCDate();
}
