/** Indian formats: ₹1,23,456.00 and DD/MM/YYYY (DESIGN.md). */
const rupees = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR', minimumFractionDigits: 2 });

export const formatRupees = (amount: number): string => rupees.format(amount);

const pad = (n: number) => String(n).padStart(2, '0');

export function formatDate(epochMs: number): string {
  const d = new Date(epochMs);
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

export function formatDateTime(epochMs: number): string {
  const d = new Date(epochMs);
  return `${formatDate(epochMs)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

// ---------------------------------------------------------------- the vendors' date strings

/**
 * A calendar date (and maybe a clock time) as a vendor wrote it. The vendors send wall-clock
 * times in India without a zone, so the parts are kept as written and never pass through the
 * laptop's own time zone (a laptop set to UTC would otherwise shift 00:30 to the day before).
 */
export interface VendorDate {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
}

/** Credgenics: `2020-08-14 14:29:02.660409`, `2021-05-15`, `2021-4-01`, ISO with a `T`. */
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;
/** GLAAS and India Post: `05/10/2020`, `29/09/2020 16:17:42`. */
const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
/** India has kept UTC+05:30 without daylight saving since 1945, so a fixed offset is exact. */
const IST_OFFSET_MINUTES = 5 * 60 + 30;

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isRealTime(hour?: number, minute?: number, second?: number): boolean {
  return (hour ?? 0) <= 23 && (minute ?? 0) <= 59 && (second ?? 0) <= 59;
}

const optionalNumber = (s: string | undefined) => (s === undefined ? undefined : Number(s));

/** Reads any of the vendors' date forms; undefined when the text is not a real date. */
export function parseVendorDate(text: string | null | undefined): VendorDate | undefined {
  if (typeof text !== 'string') return undefined;
  const s = text.trim();
  let parts: VendorDate | undefined;
  let zone: string | undefined;
  const ymd = YMD.exec(s);
  if (ymd) {
    parts = { year: Number(ymd[1]), month: Number(ymd[2]), day: Number(ymd[3]) };
    if (ymd[4] !== undefined) {
      parts.hour = Number(ymd[4]);
      parts.minute = Number(ymd[5]);
      parts.second = optionalNumber(ymd[6]);
    }
    zone = ymd[7];
  } else {
    const dmy = DMY.exec(s);
    if (!dmy) return undefined;
    parts = { year: Number(dmy[3]), month: Number(dmy[2]), day: Number(dmy[1]) };
    if (dmy[4] !== undefined) {
      parts.hour = Number(dmy[4]);
      parts.minute = Number(dmy[5]);
      parts.second = optionalNumber(dmy[6]);
    }
  }
  if (!isRealDate(parts.year, parts.month, parts.day) || !isRealTime(parts.hour, parts.minute, parts.second)) {
    return undefined;
  }
  // A time with a zone names an instant: show it as a clock in India shows it.
  if (zone !== undefined && parts.hour !== undefined) return toIndiaClock(parts, zone);
  return parts;
}

function toIndiaClock(parts: VendorDate, zone: string): VendorDate {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  const offset = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  const utc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute ?? 0, parts.second ?? 0);
  const d = new Date(utc + (IST_OFFSET_MINUTES - offset) * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/**
 * `DD/MM/YYYY` from a vendor's date string. Text that is not a date is returned as it came,
 * trimmed: showing an odd value beats hiding it from an agent.
 */
export function formatVendorDate(text: string | null | undefined): string {
  const d = parseVendorDate(text);
  if (!d) return typeof text === 'string' ? text.trim() : '';
  return `${pad(d.day)}/${pad(d.month)}/${d.year}`;
}

/** `DD/MM/YYYY HH:MM` (just the date when the vendor gave no time). */
export function formatVendorDateTime(text: string | null | undefined): string {
  const d = parseVendorDate(text);
  if (!d) return typeof text === 'string' ? text.trim() : '';
  const date = `${pad(d.day)}/${pad(d.month)}/${d.year}`;
  return d.hour === undefined ? date : `${date} ${pad(d.hour)}:${pad(d.minute ?? 0)}`;
}

/** A number that orders vendor dates (newest first = descending); NaN when unreadable. */
export function vendorDateKey(text: string | null | undefined): number {
  const d = parseVendorDate(text);
  if (!d) return Number.NaN;
  return Date.UTC(d.year, d.month - 1, d.day, d.hour ?? 0, d.minute ?? 0, d.second ?? 0);
}

// ---------------------------------------------------------------- Indian dates, in words

/**
 * Short month names, written out rather than taken from Intl: the laptop's ICU data and the OS
 * locale then cannot change them, and the Hindi ones are the ones agents read on bank slips.
 */
const shortMonths: Record<'en' | 'hi', readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  hi: ['जन॰', 'फ़र॰', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुल॰', 'अग॰', 'सितं॰', 'अक्तू॰', 'नवं॰', 'दिसं॰'],
};

/** 'hi', 'hi-IN' → Hindi month names; anything else English. */
const monthsFor = (language: string): readonly string[] => (language.startsWith('hi') ? shortMonths.hi : shortMonths.en);

/** A calendar day YYYY-MM-DD (or a vendor's date) as "2 Dec 2026" / "2 दिसं॰ 2026". */
export function formatDayInWords(day: string | null | undefined, language = 'en'): string {
  const d = parseVendorDate(day);
  if (!d) return typeof day === 'string' ? day.trim() : '';
  return `${d.day} ${monthsFor(language)[d.month - 1]} ${d.year}`;
}

/** YYYY-MM-DD (a calendar day as the app stores it) → DD/MM/YYYY; other text as it came. */
export function formatIsoDay(day: string | null | undefined): string {
  const m = typeof day === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.trim()) : null;
  if (!m) return typeof day === 'string' ? day.trim() : '';
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/**
 * An allocation month (`2020-8-01`, `2020-08`) as words: "Aug 2020" / "अग॰ 2020", never
 * `2020-08-01`. `language` is the interface language or a locale such as 'hi-IN'.
 */
export function formatMonthName(allocationMonth: string | null | undefined, language = 'en'): string {
  const m = typeof allocationMonth === 'string' ? /^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/.exec(allocationMonth.trim()) : null;
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) return typeof allocationMonth === 'string' ? allocationMonth.trim() : '';
  return `${monthsFor(language)[month - 1]} ${m[1]}`;
}

const percent = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 2 });

/** 1.66 → "1.66%" (the vendors send percentages as plain numbers). */
export const formatPercent = (value: number): string => `${percent.format(value)}%`;
