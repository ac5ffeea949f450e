/**
 * What a person types into a date box, read the Indian way (day first), whatever the laptop's
 * locale says. The app stores calendar days as YYYY-MM-DD; people see and type DD/MM/YYYY.
 */

const pad = (n: number) => String(n).padStart(2, '0');

function isRealDay(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * "2/12/2026", "02-12-2026", "02.12.2026", "02 12 2026" and "02122026" → "2026-12-02";
 * undefined when the text is not a real day (31/02, 13th month, a two-digit year).
 * A two-digit year is refused rather than guessed: 02/12/26 could be 1926 on a date of birth.
 */
export function parseTypedDay(text: string): string | undefined {
  const s = text.trim();
  let m = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/.exec(s);
  if (!m) m = /^(\d{2})(\d{2})(\d{4})$/.exec(s);
  if (!m) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

/** "2026-12-02" → "02/12/2026"; anything else as it came (so a half-typed value survives). */
export function showDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** A day moved by whole days or months (months keep the day, or the month's last day). */
export function shiftDay(iso: string, by: { days?: number; months?: number }): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (by.months) {
    const index = y * 12 + (m - 1) + by.months;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
  }
  const t = new Date(Date.UTC(y, m - 1, d + (by.days ?? 0)));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Keeps a day inside [min, max] (both YYYY-MM-DD, either may be absent). */
export function clampDay(iso: string, min?: string, max?: string): string {
  if (min && iso < min) return min;
  if (max && iso > max) return max;
  return iso;
}

/** Today on the laptop's clock, YYYY-MM-DD. */
export function todayOnLaptop(now = Date.now()): string {
  const d = new Date(now);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
