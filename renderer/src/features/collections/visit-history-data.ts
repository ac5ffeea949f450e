import type { FieldDeskDb } from '../../db/schema';
import type { OutboxState } from '../../sync/types';
import type { VisitRecord } from './model';

export interface VisitHistoryRow {
  visit: VisitRecord;
  /** The state of the payment's outbox item (same id as the visit); 'local-only' when there is none. */
  state: OutboxState | 'local-only';
  serverRef?: string;
}

/** This loan's visits on this laptop, newest first, each with where its payment stands. */
export async function readVisitHistory(db: FieldDeskDb, loanId: string): Promise<VisitHistoryRow[]> {
  const visits = await db.collections.where('loanId').equals(loanId).toArray();
  // ULIDs sort in the order they were made, so they break a tie within one millisecond.
  visits.sort((a, b) => b.capturedAt - a.capturedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  const items = await db.outbox.bulkGet(visits.map((v) => v.id));
  return visits.map((visit, i) => {
    const item = items[i];
    if (!item) return { visit, state: 'local-only' };
    return { visit, state: item.state, ...(item.serverRef ? { serverRef: item.serverRef } : {}) };
  });
}
