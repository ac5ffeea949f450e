import type { FieldDeskDb } from '../../db/schema';
import type { OutboxItem, OutboxState } from '../../sync/types';
import { localDay } from '../collections/capture';
import type { VisitRecord } from '../collections/model';
import { carriedMethods } from '../deposits/cash-in-hand';
import type { DepositRecord } from '../deposits/model';
import type { RepaymentLine } from '../repayments/model';
import { summariseDay } from './summarise';
import { summaryTable } from './summaries';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * States after which nothing more will happen to an item. Everything else (pending, sending,
 * unknown, rejected, paused-auth) still owes a platform something and is never deleted, nor
 * is anything such an item points to.
 */
const finalStates: ReadonlySet<OutboxState> = new Set(['sent', 'discarded']);
const isFinal = (item: OutboxItem | undefined): boolean => item !== undefined && finalStates.has(item.state);

export interface RetentionOptions {
  /** The clock, injected: tests play 90 days in a moment. */
  now: number;
  /** Settings: keep sent work this many days. */
  days: number;
}

export interface RetentionResult {
  sentItemsDeleted: number;
  photosDeleted: number;
  daysSummarised: string[];
  /** Days older than the period that were kept whole: something of theirs is still unsent. */
  daysKept: string[];
}

/**
 * Keep less (issue 13): sent work older than `days` leaves the laptop, and the reports keep
 * its totals in `daySummaries`. Nothing unsent is ever deleted. Safe to run at any time and
 * more than once: each step reads what is there now, in the transaction that deletes.
 */
export async function runRetention(db: FieldDeskDb, { now, days }: RetentionOptions): Promise<RetentionResult> {
  const cutoff = now - days * DAY_MS;
  const result: RetentionResult = { sentItemsDeleted: 0, photosDeleted: 0, daysSummarised: [], daysKept: [] };
  for (const day of await oldDays(db, localDay(cutoff))) {
    if (await summariseAndDeleteDay(db, day, now)) result.daysSummarised.push(day);
    else result.daysKept.push(day);
  }
  result.photosDeleted = await deleteOldPhotos(db, cutoff);
  result.sentItemsDeleted = await deleteOldSentItems(db, cutoff);
  return result;
}

/** Days before `firstKeptDay` that still have visits, deposits or repayment lines. */
async function oldDays(db: FieldDeskDb, firstKeptDay: string): Promise<string[]> {
  const [visitDays, depositDays, lineDays] = await Promise.all([
    db.collections.where('day').below(firstKeptDay).uniqueKeys(),
    db.deposits.where('day').below(firstKeptDay).uniqueKeys(),
    db.repayments.where('day').below(firstKeptDay).uniqueKeys(),
  ]);
  return [...new Set([...visitDays, ...depositDays, ...lineDays].map(String))].sort();
}

/**
 * Sent items older than the period. A visit's payment item and a repayment line's item stay
 * while their record does: the reports read the record's state from its item, and a missing
 * item reads as "saved on this laptop". They go with their day (summariseAndDeleteDay).
 */
async function deleteOldSentItems(db: FieldDeskDb, cutoff: number): Promise<number> {
  return db.transaction('rw', [db.outbox, db.collections, db.repayments], async () => {
    const old = await db.outbox.where('sentAt').below(cutoff).filter((item) => item.state === 'sent').toArray();
    if (old.length === 0) return 0;
    const ids = old.map((item) => item.id);
    const [visits, lines] = await Promise.all([db.collections.bulkGet(ids), db.repayments.bulkGet(ids)]);
    const deletable = ids.filter((_, i) => !visits[i] && !lines[i]);
    await db.outbox.bulkDelete(deletable);
    return deletable.length;
  });
}

/** Photos of visits older than the period whose items are all sent (or discarded). */
async function deleteOldPhotos(db: FieldDeskDb, cutoff: number): Promise<number> {
  return db.transaction('rw', [db.collections, db.outbox], async () => {
    const old = await db.collections.where('capturedAt').below(cutoff).filter((v) => v.photo !== undefined).toArray();
    if (old.length === 0) return 0;
    const items = await db.outbox.where('recordId').anyOf(old.map((v) => v.id)).toArray();
    const unsettled = new Set(items.filter((item) => !isFinal(item)).map((item) => item.recordId));
    const done = old.filter((v) => !unsettled.has(v.id));
    // Set to undefined, never rewritten as a Blob: the encrypted store takes no Blobs.
    await db.collections.bulkUpdate(done.map((v) => ({ key: v.id, changes: { photo: undefined } })));
    return done.length;
  });
}

/**
 * One day, all or nothing: when every record of the day is settled, its summary is written and
 * its visits, deposits, repayment lines and their items are deleted, in one transaction. A day
 * with anything unsettled is left whole. Returns whether the day was summarised.
 */
async function summariseAndDeleteDay(db: FieldDeskDb, day: string, now: number): Promise<boolean> {
  return db.transaction('rw', [db.collections, db.deposits, db.repayments, db.outbox, db.daySummaries], async () => {
    // A day summarised before cannot be summarised again without losing the first summary.
    if (await db.daySummaries.get(day)) return false;
    const [visits, deposits, lines] = await Promise.all([
      db.collections.where('day').equals(day).toArray(),
      db.deposits.where('day').equals(day).toArray(),
      db.repayments.where('day').equals(day).toArray(),
    ]);
    const recordIds = [...visits.map((v) => v.id), ...lines.map((l) => l.id), ...deposits.map((d) => d.deposit_id)];
    const itemList = recordIds.length === 0 ? [] : await db.outbox.where('recordId').anyOf(recordIds).toArray();
    const direct = await db.outbox.bulkGet(recordIds);
    const items = new Map<string, OutboxItem>();
    for (const item of [...itemList, ...direct]) if (item) items.set(item.id, item);

    if ([...items.values()].some((item) => !isFinal(item))) return false;
    if (!(await visitsSettled(db, visits, items))) return false;
    if (!(await depositsSettled(db, deposits))) return false;
    if (!lines.every((line) => lineSettled(line, items.get(line.id)))) return false;

    await summaryTable(db).put(summariseDay({ day, visits, deposits, lines, items }, now));
    await db.outbox.bulkDelete([...items.keys()]);
    await db.collections.bulkDelete(visits.map((v) => v.id));
    await db.deposits.bulkDelete(deposits.map((d) => d.deposit_id));
    await db.repayments.bulkDelete(lines.map((l) => l.id));
    return true;
  });
}

/**
 * A payment is settled when its item is sent or discarded, and money the agent carries (cash,
 * a cheque) only once it is in a deposit that is itself settled: until then it is cash in hand.
 */
async function visitsSettled(db: FieldDeskDb, visits: VisitRecord[], items: Map<string, OutboxItem>): Promise<boolean> {
  const depositIds = new Set<string>();
  for (const visit of visits) {
    if (!visit.payment) continue;
    const item = items.get(visit.id);
    if (!isFinal(item)) return false;
    if (item!.state === 'discarded' || !carriedMethods.includes(visit.payment.method)) continue;
    if (!visit.depositId) return false;
    depositIds.add(visit.depositId);
  }
  const deposits = (await db.deposits.bulkGet([...depositIds])).filter((d): d is DepositRecord => d !== undefined);
  return depositsSettled(db, deposits);
}

/** Every line of the deposit settled. A deposit already deleted was settled when it went. */
async function depositsSettled(db: FieldDeskDb, deposits: DepositRecord[]): Promise<boolean> {
  if (deposits.length === 0) return true;
  const lines = await db.repayments.where('depositId').anyOf(deposits.map((d) => d.deposit_id)).toArray();
  const items = await db.outbox.bulkGet(lines.map((l) => l.id));
  return lines.every((line, i) => lineSettled(line, items[i]));
}

/**
 * A line is settled once GLAAS took it and its status is final, or it was discarded. A posted
 * line whose status may still change (accepted or failed) keeps its day whole.
 */
function lineSettled(line: RepaymentLine, item: OutboxItem | undefined): boolean {
  if (!isFinal(item)) return false;
  return item!.state === 'discarded' || line.statusFinal === 1;
}
