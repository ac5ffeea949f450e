import type { FieldDeskDb } from '../../../db/schema';
import type { OutboxItem } from '../../../sync/types';
import type { VisitRecord } from '../model';

export interface ReceiptData {
  visit?: VisitRecord;
  /** The payment's outbox item (same id as the visit): how far it got towards Credgenics. */
  payment?: Pick<OutboxItem, 'state' | 'serverRef'>;
}

/** The visit and its payment's sync state, read in one transaction so they agree. */
export async function readReceipt(db: FieldDeskDb, visitId: string): Promise<ReceiptData> {
  return db.transaction('r', [db.collections, db.outbox], async () => {
    const [visit, item] = await Promise.all([db.collections.get(visitId), db.outbox.get(visitId)]);
    return {
      visit,
      payment: item ? { state: item.state, ...(item.serverRef ? { serverRef: item.serverRef } : {}) } : undefined,
    };
  });
}
