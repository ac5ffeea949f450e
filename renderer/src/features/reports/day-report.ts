import Papa from 'papaparse';
import { FORMULA_START } from '../../ui/csv-formula';
import { t, type MessageKey } from '../../i18n';
import type { OutboxItem, OutboxState } from '../../sync/types';
import { stateLabelKey } from '../sync/StatusBadge';
import { collectionMethods, type CollectionMethod, type PersonMet, type VisitPurpose, type VisitRecord } from '../collections/model';
import type { DaySummary } from '../retention/model';

/**
 * The day report: what an agent did on one calendar day, worked out from the visits on the
 * laptop and the state of their payments in the outbox. Pure: the loader reads, this adds up.
 *
 * Money is added in whole paise (integers), never in rupees: 0.1 + 0.2 is not 0.3 in floating
 * point, and a report that is one paisa off the cash in the bag is a report nobody trusts.
 */

/** Outbox items by id. A visit's payment item has the visit's id. */
export type OutboxById = ReadonlyMap<string, OutboxItem> | Readonly<Record<string, OutboxItem | undefined>>;

/** What a visit's status badge shows: its payment's state, or "kept here" when it took no money. */
export type VisitStatus = OutboxState | 'local-only';

export interface MoneyLine {
  count: number;
  paise: number;
}

export interface MethodLine extends MoneyLine {
  method: CollectionMethod;
}

export interface OutcomeLine {
  code: string;
  label: string;
  count: number;
}

export interface PromiseLine {
  visitId: string;
  loanId: string;
  borrowerName: string;
  /** YYYY-MM-DD, as the agent entered it. */
  date: string;
  paise: number;
  /** Only for promises due: the promised date is before the report's day. */
  overdue?: boolean;
}

export interface DiscardedPayment {
  visitId: string;
  loanId: string;
  borrowerName: string;
  method: CollectionMethod;
  paise: number;
  receiptNo?: string;
}

export interface DayReport {
  day: string;
  /** Visits recorded on the day. */
  visits: number;
  /** Distinct loans on which the agent met someone. */
  customersMet: number;
  /** Most frequent first; ties in the order they first happened on the day. */
  outcomes: OutcomeLine[];
  money: {
    /** Payments that count: everything taken on the day except discarded ones. */
    total: MoneyLine;
    /** Every method, in the form's order, even at zero (an empty line is an answer too). */
    byMethod: MethodLine[];
    /** Confirmed by the server (a 2xx or a confirming lookup). */
    sent: MoneyLine;
    /** Everything else that counts: saved, sending, checking, needs attention, sign in. */
    waiting: MoneyLine;
    /** Not in any total, but listed so nobody wonders where the money went. */
    discarded: DiscardedPayment[];
  };
  promisesMade: PromiseLine[];
  /** Latest promise per loan, due on or before the day, with no payment since it was made. */
  promisesDue: PromiseLine[];
  /** Each of the day's visits' status (and the server's reference once sent), by visit id. */
  statuses: Record<string, { status: VisitStatus; serverRef?: string }>;
  /** The day's records were deleted after the retention period: its figures come from its summary. */
  summarised?: true;
}

/** What is left of days whose records were deleted after the retention period (issue 13). */
export interface KeptDays {
  /** The report day's own summary, if it was summarised. */
  summary?: DaySummary | undefined;
  /** Promises and payments of summarised days up to the report day, for "promises due". */
  earlier: readonly VisitRecord[];
}

// ------------------------------------------------------------------------------------ money

/** Rupees with at most 2 decimals → whole paise. Math.round absorbs 1234.565-style float noise. */
export const toPaise = (rupees: number): number => Math.round(rupees * 100);

/** Whole paise → rupees, for formatRupees. Division of an integer by 100 gives the nearest double. */
export const rupeesOf = (paise: number): number => paise / 100;

/** Plain "1234.50" (no symbol, no grouping, a minus when negative) so spreadsheets add it up. */
export function plainAmount(paise: number): string {
  const sign = paise < 0 ? '-' : '';
  const abs = Math.abs(paise);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

const add = (line: MoneyLine, paise: number) => {
  line.count += 1;
  line.paise += paise;
};

// ----------------------------------------------------------------------------------- status

function itemFor(outbox: OutboxById, id: string): OutboxItem | undefined {
  return outbox instanceof Map ? outbox.get(id) : (outbox as Readonly<Record<string, OutboxItem | undefined>>)[id];
}

/**
 * A visit's status. A payment whose item is missing (it cannot be, capture writes both in one
 * transaction) is shown as saved on this laptop: never as sent.
 */
export function visitStatus(visit: VisitRecord, outbox: OutboxById): VisitStatus {
  if (!visit.payment) return 'local-only';
  return itemFor(outbox, visit.id)?.state ?? 'pending';
}

export function visitStatusWords(status: VisitStatus): string {
  return status === 'local-only' ? t('sync.state.localOnly') : t(stateLabelKey[status]);
}

/** The server's reference once sent ("payment 4512"), for the badge. */
export function visitServerRef(visit: VisitRecord, outbox: OutboxById): string | undefined {
  return visit.payment ? itemFor(outbox, visit.id)?.serverRef : undefined;
}

const byTime = (a: VisitRecord, b: VisitRecord) => a.capturedAt - b.capturedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The day's visits in the order they happened. */
export function visitsOfDay(visits: readonly VisitRecord[], day: string): VisitRecord[] {
  return visits.filter((v) => v.day === day).sort(byTime);
}

// ----------------------------------------------------------------------------------- report

/**
 * `visits` may hold more than the day's visits (the loader adds earlier promises and the
 * payments after them); only those whose `day` is the report's day are counted as the day's
 * work. Promises due are worked out as of the end of `day`: nothing recorded later counts.
 */
export function buildDayReport(visits: readonly VisitRecord[], outbox: OutboxById, day: string, kept?: KeptDays): DayReport {
  const report = buildFromVisits(visits, outbox, day, kept?.earlier ?? []);
  return kept?.summary ? withSummary(report, kept.summary) : report;
}

function buildFromVisits(visits: readonly VisitRecord[], outbox: OutboxById, day: string, earlier: readonly VisitRecord[]): DayReport {
  const ofDay = visitsOfDay(visits, day);

  const outcomes = new Map<string, OutcomeLine & { first: number }>();
  ofDay.forEach((visit, index) => {
    const line = outcomes.get(visit.outcome.code);
    if (line) line.count += 1;
    else outcomes.set(visit.outcome.code, { code: visit.outcome.code, label: visit.outcome.label, count: 1, first: index });
  });

  const total: MoneyLine = { count: 0, paise: 0 };
  const sent: MoneyLine = { count: 0, paise: 0 };
  const waiting: MoneyLine = { count: 0, paise: 0 };
  const byMethod = new Map<CollectionMethod, MethodLine>(collectionMethods.map((method) => [method, { method, count: 0, paise: 0 }]));
  const discarded: DiscardedPayment[] = [];
  for (const visit of ofDay) {
    if (!visit.payment) continue;
    const paise = toPaise(visit.payment.amount);
    const state = visitStatus(visit, outbox);
    if (state === 'discarded') {
      discarded.push({
        visitId: visit.id,
        loanId: visit.loanId,
        borrowerName: visit.borrowerName,
        method: visit.payment.method,
        paise,
        ...(visit.receiptNo ? { receiptNo: visit.receiptNo } : {}),
      });
      continue;
    }
    add(total, paise);
    add(state === 'sent' ? sent : waiting, paise);
    let line = byMethod.get(visit.payment.method);
    if (!line) {
      // A method a newer build added: still counted, never dropped from the total.
      line = { method: visit.payment.method, count: 0, paise: 0 };
      byMethod.set(visit.payment.method, line);
    }
    add(line, paise);
  }

  const promisesMade = ofDay.filter(hasPromise).map((visit) => promiseLine(visit));
  const statuses: DayReport['statuses'] = {};
  for (const visit of ofDay) {
    const serverRef = visitServerRef(visit, outbox);
    statuses[visit.id] = { status: visitStatus(visit, outbox), ...(serverRef ? { serverRef } : {}) };
  }

  return {
    day,
    visits: ofDay.length,
    customersMet: new Set(ofDay.filter((v) => v.met).map((v) => v.loanId)).size,
    outcomes: [...outcomes.values()]
      .sort((a, b) => b.count - a.count || a.first - b.first)
      .map(({ code, label, count }) => ({ code, label, count })),
    money: { total, byMethod: [...byMethod.values()], sent, waiting, discarded },
    promisesMade,
    promisesDue: promisesDue(earlier.length > 0 ? [...earlier, ...visits] : visits, outbox, day),
    statuses,
  };
}

const addLine = <T extends MoneyLine>(a: T, b: MoneyLine): T => ({ ...a, count: a.count + b.count, paise: a.paise + b.paise });

/**
 * A summarised day's figures, added to whatever of the day is still on the laptop (normally
 * nothing: the day's records go in the transaction that writes its summary).
 */
function withSummary(report: DayReport, summary: DaySummary): DayReport {
  const kept = summary.report;
  const outcomes = new Map(report.outcomes.map((o) => [o.code, { ...o }]));
  for (const o of kept.outcomes) {
    const line = outcomes.get(o.code);
    if (line) line.count += o.count;
    else outcomes.set(o.code, { ...o });
  }
  const byMethod = new Map(report.money.byMethod.map((m) => [m.method, m]));
  for (const m of kept.money.byMethod) byMethod.set(m.method, addLine(byMethod.get(m.method) ?? { method: m.method, count: 0, paise: 0 }, m));
  const madeHere = new Set(report.promisesMade.map((p) => p.visitId));
  return {
    ...report,
    visits: report.visits + kept.visits,
    customersMet: report.customersMet + kept.customersMet,
    outcomes: [...outcomes.values()].sort((a, b) => b.count - a.count),
    money: {
      total: addLine(report.money.total, kept.money.total),
      byMethod: [...byMethod.values()],
      sent: addLine(report.money.sent, kept.money.sent),
      waiting: addLine(report.money.waiting, kept.money.waiting),
      discarded: [...kept.money.discarded, ...report.money.discarded],
    },
    promisesMade: [
      ...summary.promises
        .filter((p) => !madeHere.has(p.visitId))
        .map((p) => ({ visitId: p.visitId, loanId: p.loanId, borrowerName: p.borrowerName, date: p.date, paise: toPaise(p.amount) })),
      ...report.promisesMade,
    ],
    summarised: true,
  };
}

type PromiseVisit = VisitRecord & { promise: NonNullable<VisitRecord['promise']> };

/** A promise counts only where the outcome asked for one (the form may keep a stale value otherwise). */
export function hasPromise(visit: VisitRecord): visit is PromiseVisit {
  return visit.outcome.needs === 'promise' && visit.promise !== undefined;
}

function promiseLine(visit: PromiseVisit, day?: string): PromiseLine {
  return {
    visitId: visit.id,
    loanId: visit.loanId,
    borrowerName: visit.borrowerName,
    date: visit.promise.date,
    paise: toPaise(visit.promise.amount),
    ...(day !== undefined ? { overdue: visit.promise.date < day } : {}),
  };
}

/**
 * The latest promise on each loan (as of the end of `day`) whose date has come, unless money
 * was taken on that loan after the promise was made. A discarded payment never reached anyone,
 * so it does not settle a promise. Oldest promised date first: the most overdue at the top.
 */
export function promisesDue(visits: readonly VisitRecord[], outbox: OutboxById, day: string): PromiseLine[] {
  const known = visits.filter((v) => v.day <= day).sort(byTime);
  const latest = new Map<string, PromiseVisit>();
  for (const visit of known) if (hasPromise(visit)) latest.set(visit.loanId, visit);
  const due: PromiseLine[] = [];
  for (const promise of latest.values()) {
    // YYYY-MM-DD strings compare as dates.
    if (promise.promise.date > day) continue;
    const paidSince = known.some(
      (v) =>
        v.loanId === promise.loanId &&
        v.payment !== undefined &&
        byTime(v, promise) > 0 &&
        visitStatus(v, outbox) !== 'discarded',
    );
    if (!paidSince) due.push(promiseLine(promise, day));
  }
  return due.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.loanId.localeCompare(b.loanId)));
}

// -------------------------------------------------------------------------------------- CSV

const methodKey: Record<CollectionMethod, MessageKey> = {
  cash: 'report.method.cash',
  cheque: 'report.method.cheque',
  upi: 'report.method.upi',
  'bank-transfer': 'report.method.bankTransfer',
};

const purposeKey: Record<VisitPurpose, MessageKey> = {
  scheduled: 'report.purpose.scheduled',
  surprise: 'report.purpose.surprise',
  'ptp-follow-up': 'report.purpose.ptpFollowUp',
};

const whoMetKey: Record<PersonMet, MessageKey> = {
  borrower: 'report.whoMet.borrower',
  'co-applicant': 'report.whoMet.coApplicant',
  family: 'report.whoMet.family',
  other: 'report.whoMet.other',
};

/** Words for a stored value; an unknown value (from a newer build) is shown as stored. */
const wordsFor = <K extends string>(keys: Record<K, MessageKey>, value: K | undefined): string =>
  value === undefined ? '' : keys[value] ? t(keys[value]) : String(value);

export const methodWords = (method: CollectionMethod): string => wordsFor(methodKey, method);

/** HH:MM on the laptop's clock, the clock `day` was taken from. */
export function clockTime(at: number): string {
  const d = new Date(at);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** Cheque number for a cheque, the UTR / transfer reference otherwise. */
export function paymentReferenceText(visit: VisitRecord): string {
  if (!visit.payment) return '';
  if (visit.payment.method === 'cheque') return visit.payment.cheque?.number ?? '';
  return visit.payment.reference ?? '';
}

export const csvFileName = (day: string): string => `Day report ${day}.csv`;

/**
 * One row per visit of the report's day, in the order they happened. Amounts are plain numbers
 * with two decimals; dates are YYYY-MM-DD, which every spreadsheet reads the same way whatever
 * its locale (DD/MM would turn into MM/DD on a US-set Excel). The main process adds the BOM
 * Excel needs to read UTF-8 when it writes the file. Cells that start like a formula are
 * prefixed with ' so that a remark such as "=HYPERLINK(...)" stays text.
 */
export function dayReportCsv(report: DayReport, visits: readonly VisitRecord[]): string {
  const fields = [
    t('report.csv.time'),
    t('report.csv.loanId'),
    t('report.csv.borrower'),
    t('report.csv.purpose'),
    t('report.csv.met'),
    t('report.csv.whoMet'),
    t('report.csv.outcome'),
    t('report.csv.amount'),
    t('report.csv.method'),
    t('report.csv.reference'),
    t('report.csv.receiptNo'),
    t('report.csv.promiseDate'),
    t('report.csv.promiseAmount'),
    t('report.csv.remarks'),
    t('report.csv.status'),
  ];
  const data = visitsOfDay(visits, report.day).map((visit) => {
    const promise = hasPromise(visit) ? visit.promise : undefined;
    return [
      clockTime(visit.capturedAt),
      visit.loanId,
      visit.borrowerName,
      wordsFor(purposeKey, visit.purpose),
      visit.met ? t('report.yes') : t('report.no'),
      visit.met ? wordsFor(whoMetKey, visit.whoMet) : '',
      visit.outcome.label,
      visit.payment ? plainAmount(toPaise(visit.payment.amount)) : '',
      visit.payment ? methodWords(visit.payment.method) : '',
      paymentReferenceText(visit),
      visit.receiptNo ?? '',
      promise?.date ?? '',
      promise ? plainAmount(toPaise(promise.amount)) : '',
      visit.remarks ?? '',
      visitStatusWords(report.statuses[visit.id]?.status ?? (visit.payment ? 'pending' : 'local-only')),
    ];
  });
  return `${Papa.unparse({ fields, data }, { escapeFormulae: FORMULA_START, newline: '\r\n' })}\r\n`;
}
