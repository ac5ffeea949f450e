import type { FieldDeskDb } from '../../db/schema';
import type { SyncPort } from '../../sync/port';
import { recordStatuses } from './outbox-handler';

/** uids per Repayment Status request: the same batch size as posting, well under the channel's 500. */
export const STATUS_BATCH = 100;

/** Lines GLAAS has taken whose status may still change. */
export async function linesAwaitingStatus(db: FieldDeskDb): Promise<string[]> {
  const open = await db.repayments.where('statusFinal').equals(0).primaryKeys();
  if (open.length === 0) return [];
  const items = await db.outbox.bulkGet(open);
  return open.filter((_, i) => items[i]?.state === 'sent');
}

export interface RefreshOutcome {
  asked: number;
  requests: number;
  error?: string;
}

/**
 * Reads GLAAS's status for every posted line that is not final yet, in batches, and keeps it on
 * the line. Read-only on GLAAS's side, so it can run as often as wanted; it stops asking about a
 * line once its status is final.
 */
export async function refreshStatuses(db: FieldDeskDb, port: SyncPort, now: () => number = Date.now): Promise<RefreshOutcome> {
  const uids = await linesAwaitingStatus(db);
  let requests = 0;
  for (let i = 0; i < uids.length; i += STATUS_BATCH) {
    const chunk = uids.slice(i, i + STATUS_BATCH);
    requests += 1;
    const answer = await port.repaymentStatus(chunk);
    if (!answer.ok) return { asked: i, requests, error: answer.error.message };
    await recordStatuses({ db, now }, answer.value);
  }
  return { asked: uids.length, requests };
}
