import type { FieldDeskDb } from '../schema';
import { sealingRules } from './sealing-rules';

/**
 * Walks every record of the sealed stores with the plain IndexedDB API, below Dexie and the
 * sealing layer: for the few jobs that must look at records without opening them (what is
 * sealed with which key, what an older build left in clear).
 */
export async function eachRawRecord(
  db: FieldDeskDb,
  visit: (store: string, value: Record<string, unknown>, cursor: IDBCursorWithValue) => void,
): Promise<void> {
  // Always through open(): during an upgrade Dexie already reports the database open, and a
  // plain transaction then fails ("a version change transaction is running").
  await db.open();
  const idb = db.backendDB();
  const stores = Object.keys(sealingRules).filter((name) => idb.objectStoreNames.contains(name));
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction(stores, 'readwrite');
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('The store could not be read.'));
    for (const store of stores) {
      const request = tx.objectStore(store).openCursor();
      request.onsuccess = () => {
        const cursor = request.result;
        if (!cursor) return;
        visit(store, cursor.value as Record<string, unknown>, cursor);
        cursor.continue();
      };
    }
  });
}
