import type { FieldDeskDb } from '../../db/schema';
import type { VisitRecord } from '../collections/model';
import { unsentStates, type OutboxItem } from '../../sync/types';

export interface SyncRow {
  item: OutboxItem;
  visit?: Pick<VisitRecord, 'borrowerName' | 'receiptNo' | 'capturedAt'>;
}

/** How many sent items the screen lists under the unsent ones (the rest stay in the report). */
export const RECENT_SENT_SHOWN = 50;

/**
 * The Sync screen's rows: everything unsent (needing attention first, then oldest first), then
 * the most recently sent, each with its visit's borrower and receipt number.
 */
export async function loadSyncRows(db: FieldDeskDb): Promise<SyncRow[]> {
  // Sent items pile up for months: only the latest are read, through the sentAt index; unsent
  // and discarded ones through the state index. The whole table is never read (it re-runs on
  // every write during a drain while this screen is open).
  const [open, recentSent, discarded] = await db.transaction('r', db.outbox, () =>
    Promise.all([
      db.outbox.where('state').anyOf([...unsentStates]).toArray(),
      db.outbox.orderBy('sentAt').reverse().filter((i) => i.state === 'sent').limit(RECENT_SENT_SHOWN).toArray(),
      db.outbox.where('state').equals('discarded').toArray(),
    ]),
  );
  const attention = (i: OutboxItem) => (i.state === 'rejected' || i.state === 'paused-auth' ? 0 : 1);
  const unsent = open.sort((a, b) => attention(a) - attention(b) || (a.id < b.id ? -1 : 1));
  const done = [...recentSent, ...discarded]
    .sort((a, b) => (b.sentAt ?? b.updatedAt) - (a.sentAt ?? a.updatedAt))
    .slice(0, RECENT_SENT_SHOWN);
  const rows = [...unsent, ...done];
  const visits = await db.collections.bulkGet([...new Set(rows.map((i) => i.recordId))]);
  const byId = new Map(visits.filter((v): v is VisitRecord => Boolean(v)).map((v) => [v.id, v]));
  return rows.map((item) => {
    const visit = byId.get(item.recordId);
    return visit ? { item, visit: { borrowerName: visit.borrowerName, receiptNo: visit.receiptNo, capturedAt: visit.capturedAt } } : { item };
  });
}
