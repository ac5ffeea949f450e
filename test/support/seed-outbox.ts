import 'fake-indexeddb/auto';
import type { Page } from '@playwright/test';
import { FieldDeskDb } from '../../renderer/src/db/schema';
import { captureVisit, type VisitInput } from '../../renderer/src/features/collections/capture';
import type { VisitRecord } from '../../renderer/src/features/collections/model';
import type { OutboxItem } from '../../renderer/src/sync/types';

/**
 * Captures visits with the app's own captureVisit (in this process, on fake-indexeddb) and
 * copies the resulting records into the page's real IndexedDB. Recording 300 collections
 * through the form would take minutes; the form itself is covered by visit.spec.ts, and what a
 * chaos test needs is exactly what the form saves.
 */
export async function captureInto(page: Page, inputs: readonly VisitInput[], start = Date.now()): Promise<VisitRecord[]> {
  const scratch = new FieldDeskDb(`seed-${process.pid}-${Date.now()}-${Math.random()}`);
  const visits: VisitRecord[] = [];
  for (const [i, input] of inputs.entries()) visits.push(await captureVisit(scratch, input, { now: start + i }));
  const items: OutboxItem[] = await scratch.outbox.toArray();
  scratch.close();
  await putRecords(page, { collections: visits, outbox: items });
  return visits;
}

/** Writes records straight into the page's IndexedDB stores, in one transaction. */
export async function putRecords(page: Page, stores: Record<string, readonly unknown[]>): Promise<void> {
  await page.evaluate(
    (stores) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('fielddesk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const tx = idb.transaction(Object.keys(stores), 'readwrite');
          for (const [name, rows] of Object.entries(stores)) for (const row of rows) tx.objectStore(name).put(row);
          tx.oncomplete = () => {
            idb.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    stores as Record<string, unknown[]>,
  );
}

/** Reads a whole store of the page's IndexedDB. */
export async function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (store) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('fielddesk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const request = idb.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => {
            idb.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}
