import type { FieldDeskDb } from '../../db/schema';
import type { OutboxItem } from '../../sync/types';
import type { VisitRecord } from '../collections/model';
import { visitsForPromisesDue } from '../retention/model';
import { readSummaries } from '../retention/summaries';
import { hasPromise, type KeptDays } from './day-report';

/** Everything buildDayReport needs, read from the laptop in one go. */
export interface DayReportData {
  day: string;
  /** The day's visits, plus earlier promises and the payments after them (for promises due). */
  visits: VisitRecord[];
  /** Payment items by id (the visit's id), for every visit above that took money. */
  outbox: Map<string, OutboxItem>;
  /** Days up to this one whose records were deleted after the retention period. */
  kept: KeptDays;
}

/**
 * Reads one day's report data. Promises due look back over every promise recorded up to the
 * day (no index on the outcome, so the `day` index bounds the scan), and forward over the
 * payments on those loans that could have settled them. Nothing after `day` is read, so a past
 * day's report says what was due then. Run inside a liveQuery, it re-runs when a visit is saved
 * or a payment's state changes.
 */
export async function loadDayReportData(db: FieldDeskDb, day: string): Promise<DayReportData> {
  const [ofDay, promises, summaries] = await Promise.all([
    db.collections.where('day').equals(day).toArray(),
    db.collections.where('day').belowOrEqual(day).filter(hasPromise).toArray(),
    readSummaries(db, day),
  ]);
  const promisedLoans = [...new Set(promises.map((v) => v.loanId))];
  const laterPayments =
    promisedLoans.length === 0
      ? []
      : await db.collections
          .where('loanId')
          .anyOf(promisedLoans)
          .filter((v) => v.payment !== undefined && v.day <= day)
          .toArray();

  const visits = new Map<string, VisitRecord>();
  for (const visit of [...ofDay, ...promises, ...laterPayments]) visits.set(visit.id, visit);
  const paymentIds = [...visits.values()].filter((v) => v.payment).map((v) => v.id);
  const items = paymentIds.length === 0 ? [] : await db.outbox.bulkGet(paymentIds);
  const outbox = new Map<string, OutboxItem>();
  for (const item of items) if (item) outbox.set(item.id, item);
  const kept: KeptDays = { summary: summaries.find((s) => s.day === day), earlier: visitsForPromisesDue(summaries) };
  return { day, visits: [...visits.values()], outbox, kept };
}
