import type { FieldDeskDb } from '../db/schema';
import { t } from '../i18n';
import type { OutboxItem } from './types';

/**
 * What a person may do with an item the server refused (state `rejected`): send it again as it
 * is, correct it and send it (the feature that owns the kind knows how: e.g.
 * features/collections/correct-payment.ts), or give it up. Each is audited, and none touches an item in any
 * other state: the engine owns those.
 */

export class OutboxActionError extends Error {}

/** The item, if a person may act on it: it must be refused (the engine owns every other state). */
export async function rejectedItem(db: FieldDeskDb, id: string): Promise<OutboxItem> {
  const item = await db.outbox.get(id);
  if (!item) throw new OutboxActionError(t('sync.action.gone'));
  if (item.state !== 'rejected') throw new OutboxActionError(t('sync.action.notRefused'));
  return item;
}

/** Back to pending as it is (e.g. the lender fixed the loan on their side). */
export async function retryRejected(db: FieldDeskDb, id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.outbox, db.audit], async () => {
    const item = await rejectedItem(db, id);
    await db.outbox.put({ ...item, state: 'pending', nextAttemptAt: 0, updatedAt: now });
    await db.audit.add({ at: now, kind: 'outbox-retry', loanId: item.loanId, detail: `Sent again as it was: ${item.id}` });
  });
}

/** Gives up a refused item for good, with the reason a person typed. Kept for the record. */
export async function discardRejected(db: FieldDeskDb, id: string, reason: string, now = Date.now()): Promise<void> {
  const why = reason.trim();
  if (why.length < 3) throw new OutboxActionError(t('sync.action.needReason'));
  await db.transaction('rw', [db.outbox, db.audit], async () => {
    const item = await rejectedItem(db, id);
    await db.outbox.put({ ...item, state: 'discarded', updatedAt: now });
    await db.audit.add({
      at: now,
      kind: 'outbox-discard',
      loanId: item.loanId,
      detail: `Discarded ${item.kind} ${item.id}${item.amount !== undefined ? ` of ₹${item.amount}` : ''}: ${why}`,
    });
  });
}
