import type { Disposition } from '../../../../shared/settings';
import type { CollectionMethod, VisitRecord } from '../collections/model';
import type { MoneyDayRow, MoneyDepositRow } from '../deposits/money-report';
import type { DayReport } from '../reports/day-report';

/**
 * What the day report and the money report still need of a day whose visits, deposits and
 * repayment lines were deleted after the retention period (issue 13). One row per day in
 * `daySummaries`; written in the same transaction that deletes the day's records, so a report
 * always finds the day either whole or summarised, never half of each.
 */
export interface DaySummary {
  /** YYYY-MM-DD, the local day the records were captured on (the reports' key). */
  day: string;
  v: 1;
  /** When the day was summarised (epoch ms). */
  summarisedAt: number;
  /** The day report's own figures for the day, as they were when its records were deleted. */
  report: Pick<DayReport, 'visits' | 'customersMet' | 'outcomes'> & { money: DayReport['money'] };
  /** Promises made on the day: the day report lists them, and later days' "promises due" need them. */
  promises: SummarisedPromise[];
  /** Payments on the day (not discarded): a later payment settles an earlier promise. */
  payments: { visitId: string; loanId: string; capturedAt: number; method: CollectionMethod }[];
  /** The money report's row for the day (rupees), and its rows for deposits captured that day. */
  money: MoneyDayRow;
  deposits: MoneyDepositRow[];
}

export interface SummarisedPromise {
  visitId: string;
  loanId: string;
  borrowerName: string;
  capturedAt: number;
  outcome: Disposition;
  /** YYYY-MM-DD */
  date: string;
  /** Rupees */
  amount: number;
}

/**
 * The summarised promises and payments as visit records again, only as much of them as
 * "promises due" reads (day, time, loan, promise, payment). Never shown as visits.
 */
export function visitsForPromisesDue(summaries: readonly DaySummary[]): VisitRecord[] {
  const out: VisitRecord[] = [];
  for (const summary of summaries) {
    for (const p of summary.promises) {
      out.push({ ...shell(summary.day, p.visitId, p.loanId, p.capturedAt, p.outcome), borrowerName: p.borrowerName, promise: { date: p.date, amount: p.amount } });
    }
    for (const p of summary.payments) {
      // The amount is not needed to settle a promise, only that money was taken.
      out.push({ ...shell(summary.day, p.visitId, p.loanId, p.capturedAt, PAID), payment: { amount: 0, method: p.method } });
    }
  }
  return out;
}

const PAID: Disposition = { code: 'PAID', label: 'Paid', needs: 'payment' };

function shell(day: string, id: string, loanId: string, capturedAt: number, outcome: Disposition): VisitRecord {
  return { id, loanId, day, capturedAt, outcome, allocationMonth: '', borrowerName: '', purpose: 'scheduled', met: true, agent: {} };
}
