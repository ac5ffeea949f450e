import 'fake-indexeddb/auto';
import type { Page } from '@playwright/test';
import { FieldDeskDb } from '../../renderer/src/db/schema';
import { captureVisit, type VisitInput } from '../../renderer/src/features/collections/capture';
import type { VisitRecord } from '../../renderer/src/features/collections/model';
import type { OutboxItem } from '../../renderer/src/sync/types';
import { openValue } from '../../renderer/src/db/crypto/record-cipher';
import { setPlaintextForTests } from '../../renderer/src/db/crypto/keyring';

// Scratch databases in this (test) process are written in clear: records copied into the page
// are sealed by the page after its next reload (db/crypto/legacy.ts), as an older build's are.
setPlaintextForTests(true);

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

/**
 * Waits until the app has made its database. The app opens it only after the lock hands over the
 * keys; opening it first from a test would create an empty one in its place.
 */
export async function waitForAppDatabase(page: Page): Promise<void> {
  await page.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'fielddesk' && (d.version ?? 0) >= 50), undefined, {
    timeout: 30_000,
  });
}

/** Writes records straight into the page's IndexedDB stores, in one transaction. */
export async function putRecords(page: Page, stores: Record<string, readonly unknown[]>): Promise<void> {
  await waitForAppDatabase(page);
  // The app's start-up jobs start a moment after the first screen; the first retention pass
  // would delete an old, sent record written before it ran. Records go in after it.
  await page.waitForFunction(() => performance.getEntriesByName('fielddesk:retention-pass').length > 0, undefined, {
    timeout: 30_000,
  });
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
            // Written in clear behind the app's back: the app seals them at its next start.
            localStorage.removeItem('fielddesk.store.allSealed');
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    stores as Record<string, unknown[]>,
  );
}

/** Primary key paths of the sealed stores: a sealed record is bound to its table and key. */
const PRIMARY_KEYS: Record<string, string | undefined> = {
  loans: 'loanId', snapshots: 'loanId', glaas: 'loanId', listBlocks: 'id', collections: 'id', outbox: 'id',
  deposits: 'deposit_id', repayments: 'id', documents: 'id', daySummaries: 'day', audit: undefined,
};

/**
 * Reads a whole store of the page's IndexedDB, as the app sees it: records are read with the
 * plain IndexedDB API and sealed ones are opened here with the keys the (unlocked) harness main
 * process holds, by the app's own cipher.
 */
export async function readStore<T>(page: Page, store: string): Promise<T[]> {
  await waitForAppDatabase(page);
  const { records, keys } = await page.evaluate(async (store) => {
    const toBase64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
    const raw = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
      const open = indexedDB.open('fielddesk');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const idb = open.result;
        const request = idb.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => {
          idb.close();
          resolve(request.result as Record<string, unknown>[]);
        };
        request.onerror = () => reject(request.error);
      };
    });
    const anySealed = raw.some((r) => r.$s instanceof Uint8Array);
    const answer = anySealed ? ((await window.fielddesk!.lock.resume({})) as { ok: boolean; value?: { dataKey: string; sendKey: string } }) : undefined;
    return {
      records: raw.map((r) => (r.$s instanceof Uint8Array ? { ...r, $s: toBase64(r.$s) } : r)),
      keys: answer?.ok ? answer.value : undefined,
    };
  }, store);
  return records.map((record) => openRecord(store, record, keys)) as T[];
}

function openRecord(store: string, record: Record<string, unknown>, keys: { dataKey: string; sendKey: string } | undefined): unknown {
  if (typeof record.$s !== 'string') return record;
  if (!keys) throw new Error(`The page holds sealed ${store} records and the harness main process is locked.`);
  const { $s, $k, ...clear } = record;
  const key = Buffer.from($k === 's' ? keys.sendKey : keys.dataKey, 'base64');
  const keyPath = PRIMARY_KEYS[store];
  const context = keyPath ? `${store}|${JSON.stringify(clear[keyPath])}` : store;
  const hidden = openValue(new Uint8Array(Buffer.from($s, 'base64')), new Uint8Array(key), context) as Record<string, unknown>;
  return { ...clear, ...hidden };
}
