import type { FieldDeskDb } from '../../../db/schema';
import type { FreshnessRef } from './policy';

/**
 * Every allocated or cached loan with what ordering needs, read from indexes and key cursors
 * only: 10,000 cached snapshots are never deserialised just to decide what to refresh. (A loan
 * showing old data after a failed refresh is found by its age, as `failure` is not indexed.)
 */
export async function freshnessRefs(db: FieldDeskDb): Promise<FreshnessRef[]> {
  return db.transaction('r', db.loans, db.assignments, async () => {
    const fetchedAt = new Map<string, number>();
    const [assigned, stored, failed] = await Promise.all([
      db.assignments.orderBy('loanId').uniqueKeys(),
      db.loans.toCollection().primaryKeys(),
      db.loans.where('fetchState').equals('failed').primaryKeys(),
      db.loans.orderBy('fetchedAt').eachKey((key, cursor) => {
        if (typeof key === 'number') fetchedAt.set(String(cursor.primaryKey), key);
      }),
    ]);
    const failedIds = new Set<string>(failed);
    const ids = new Set<string>([...assigned.map(String), ...stored]);
    return [...ids].map((loanId): FreshnessRef => {
      const at = fetchedAt.get(loanId);
      if (failedIds.has(loanId)) return { loanId, fetchState: 'failed' };
      return at === undefined ? { loanId, fetchState: 'pending' } : { loanId, fetchState: 'downloaded', fetchedAt: at };
    });
  });
}
