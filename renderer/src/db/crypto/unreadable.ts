import type { FieldDeskDb } from '../schema';
import { eachRawRecord } from './raw-stores';
import { SEALED_WITH } from './table-sealer';

/**
 * After a PIN reset at a cold start the old data key was never in memory: what it sealed (the
 * borrower cache, visit history, reports) can no longer be opened by anyone, so it is removed.
 * What the send key sealed — unsent outbox items and KYC files waiting to upload — is kept and
 * will still be sent. Loans come back with the next download.
 */
export async function removeUnreadableData(db: FieldDeskDb): Promise<{ removed: number }> {
  let removed = 0;
  await eachRawRecord(db, (_store, value, cursor) => {
    if (value[SEALED_WITH] === 'd') {
      cursor.delete();
      removed += 1;
    }
  });
  return { removed };
}
