import type { Table } from 'dexie';
import type { FieldDeskDb } from '../schema';
import { isPlaintextForTests } from './keyring';
import { eachRawRecord } from './raw-stores';
import { SEALED } from './table-sealer';

/**
 * Seals what an older build (before issue 13) left in clear, once, after the first unlock.
 * Records are found with the plain IndexedDB API and written back through Dexie, so the sealing
 * layer seals them; loans written back also fill the work-list blocks. Idempotent: a record
 * already sealed is left alone, so a crash half-way just means the next start does the rest.
 */
export async function sealLegacyRecords(db: FieldDeskDb): Promise<{ sealed: number }> {
  if (isPlaintextForTests()) return buildMissingBlocks(db);
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

/**
 * Under the test-only plaintext switch nothing is sealed, so "has no $s" says nothing; only the
 * work-list blocks may be missing (loans written straight into IndexedDB by a test or a bench).
 */
async function buildMissingBlocks(db: FieldDeskDb): Promise<{ sealed: number }> {
  if ((await db.listBlocks.count()) > 0 || (await db.loans.count()) === 0) return { sealed: 0 };
  const rows = await db.loans.toArray();
  for (let i = 0; i < rows.length; i += 500) {
    await db.transaction('rw', db.loans, db.listBlocks, () => db.loans.bulkPut(rows.slice(i, i + 500)));
  }
  return { sealed: 0 };
}
