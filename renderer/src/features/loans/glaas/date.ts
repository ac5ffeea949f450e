/** India has one time zone, UTC+05:30, and no daylight saving: a fixed offset is exact. */
const IST_OFFSET_MS = (5 * 60 + 30) * 60 * 1000;

/**
 * Today's date in India as GLAAS wants it (DD/MM/YYYY). An agent's laptop set to another zone,
 * or the hour after midnight IST, must still ask for the Indian business day.
 */
export function todayInIndia(nowMs: number): string {
  const d = new Date(nowMs + IST_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}
