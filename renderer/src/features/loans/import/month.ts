import { formatAllocationMonth, normalizeAllocationMonth } from '../../../../../shared/credgenics';
import { indiaClock } from '../../../../../shared/wire-schema';

const monthNames: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

/** Serial numbers of 1 Jan 2000 and 31 Dec 2099 in Excel's 1900 date system. */
const firstSerial = 36526;
const lastSerial = 73050;

/**
 * Reads an allocation month the ways allocation sheets write it and returns the wire form
 * `YYYY-M-01`, or undefined. The ISO forms go to normalizeAllocationMonth (one rule for the
 * whole app); this adds what people and Excel produce: `07/2021`, `01/07/2021` (DD/MM/YYYY, the
 * Indian order), `Jul-2021`, `July 2021`, `Jul-21`, `202107`, `2021/07/01`, a date with a
 * midnight time, and a bare Excel serial number (a date cell exported without its format).
 * As in normalizeAllocationMonth, a day other than the 1st is refused, not rounded: it usually
 * means the wrong column was chosen.
 */
export function normalizeMonthInput(raw: string): string | undefined {
  const value = raw.trim().replace(/[T ]00:00(:00(\.0+)?)?Z?$/i, '');
  if (value === '') return undefined;

  const iso = normalizeAllocationMonth(value.replace(/\//g, '-'));
  if (iso) return iso;

  let m = /^(\d{1,2})[/.-](\d{4})$/.exec(value);
  if (m) return make(Number(m[2]), Number(m[1]));

  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (m) return Number(m[1]) === 1 ? make(Number(m[3]), Number(m[2])) : undefined;

  m = /^(?:(\d{1,2})[\s-]+)?([a-z]+)\.?[\s,'-]*(\d{4}|\d{2})$/i.exec(value);
  if (m) {
    if (m[1] !== undefined && Number(m[1]) !== 1) return undefined;
    const month = monthNames[m[2]!.toLowerCase()];
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return month ? make(year, month) : undefined;
  }

  m = /^(20\d\d)(0[1-9]|1[0-2])$/.exec(value);
  if (m) return make(Number(m[1]), Number(m[2]));

  if (/^\d{5}$/.test(value)) {
    const serial = Number(value);
    if (serial < firstSerial || serial > lastSerial) return undefined;
    // Excel counts days from 30 Dec 1899 (its phantom 29 Feb 1900 is before our range).
    const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
    return date.getUTCDate() === 1 ? make(date.getUTCFullYear(), date.getUTCMonth() + 1) : undefined;
  }
  return undefined;
}

function make(year: number, month: number): string | undefined {
  if (year < 2000 || year > 2099 || month < 1 || month > 12) return undefined;
  return formatAllocationMonth(year, month);
}

/** This month as the wire form, by the calendar in India (where the lender allocates). */
export function currentAllocationMonth(now: number = Date.now()): string {
  const c = indiaClock(now);
  return formatAllocationMonth(c.year, c.month);
}
