import type { Table } from 'dexie';
import type { FieldDeskDb } from '../schema';
import { eachRawRecord } from './raw-stores';
import { SEALED } from './table-sealer';

/**
 * Seals what an older build (before issue 13) left in clear, once, after the first unlock.
 * Records are found with the plain IndexedDB API and written back through Dexie, so the sealing
 * layer seals them; loans written back also fill the work-list blocks. Idempotent: a record
 * already sealed is left alone, so a crash half-way just means the next start does the rest.
 */
export async function sealLegacyRecords(db: FieldDeskDb): Promise<{ sealed: number }> {
  const found = new Map<string, Array<Record<string, unknown>>>();
  await eachRawRecord(db, (store, value) => {
    if (SEALED in value) return;
    let list = found.get(store);
    if (!list) found.set(store, (list = []));
    list.push(value);
  });
  let sealed = 0;
  for (const [store, records] of found) {
    const table = db.table(store) as Table<Record<string, unknown>, unknown>;
    const scope = store === 'loans' ? [table, db.listBlocks] : [table];
    for (let i = 0; i < records.length; i += 500) {
      const chunk = records.slice(i, i + 500);
      await db.transaction('rw', scope, () => table.bulkPut(chunk));
      sealed += chunk.length;
    }
  }
  return { sealed };
}
