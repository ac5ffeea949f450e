import type { OutboxItem } from '../../sync/types';
import type { VisitRecord } from '../collections/model';
import { buildMoneyReport } from '../deposits/money-report';
import type { DepositRecord } from '../deposits/model';
import type { RepaymentLine } from '../repayments/model';
import { buildDayReport, hasPromise } from '../reports/day-report';
import type { DaySummary } from './model';

export interface DayRecords {
  day: string;
  visits: VisitRecord[];
  deposits: DepositRecord[];
  lines: RepaymentLine[];
  /** Every outbox item of these records, by id. */
  items: Map<string, OutboxItem>;
}

/**
 * The summary of one whole day, worked out by the reports' own code, so a summarised day adds
 * up exactly as it did while its records were here. Pure.
 */
export function summariseDay(records: DayRecords, now: number): DaySummary {
  const { day, visits, deposits, lines, items } = records;
  const report = buildDayReport(visits, items, day);
  const money = buildMoneyReport({ visits: visits.filter((v) => v.payment), deposits, lines, items });
  const notDiscarded = (v: VisitRecord) => items.get(v.id)?.state !== 'discarded';
  return {
    day,
    v: 1,
    summarisedAt: now,
    report: { visits: report.visits, customersMet: report.customersMet, outcomes: report.outcomes, money: report.money },
    promises: visits.filter(hasPromise).map((v) => ({
      visitId: v.id,
      loanId: v.loanId,
      borrowerName: v.borrowerName,
      capturedAt: v.capturedAt,
      outcome: v.outcome,
      date: v.promise.date,
      amount: v.promise.amount,
    })),
    payments: visits
      .filter((v) => v.payment && notDiscarded(v))
      .map((v) => ({ visitId: v.id, loanId: v.loanId, capturedAt: v.capturedAt, method: v.payment!.method })),
    money: money.days.find((d) => d.day === day) ?? { day, collected: 0, deposited: 0, inHand: 0, posted: 0, accepted: 0, rejected: 0 },
    deposits: money.deposits,
  };
}
