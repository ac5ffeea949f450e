import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { putLoans } from '../../../renderer/src/db/loans';
import { readWorkList } from '../../../renderer/src/db/work-list';
import { currentKeys, installRawKeys } from '../../../renderer/src/db/crypto/keyring';
import { removeUnreadableData } from '../../../renderer/src/db/crypto/unreadable';
import { sealLegacyRecords } from '../../../renderer/src/db/crypto/legacy';
import { openStoreWith } from '../../../renderer/src/db/crypto/open-store';
import type { CachedLoan } from '../../../shared/domain';
import { storesOfVersion } from '../../support/older-schemas';

const names: string[] = [];
function dbName(): string {
  const name = `keys-${names.length}-${Math.random()}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const loan = (id: string, name: string) =>
  ({ loanId: id, fetchState: 'downloaded', fetchedAt: 1, summary: { name, allocationMonth: '2026-11' }, snapshot: { loan_id: id, applicant_name: name } }) as unknown as CachedLoan;

const pendingItem = (id: string) => ({
  id, kind: 'credgenics.payment', queue: `pay:${id}`, recordId: id, loanId: 'L-1', amount: 700,
  payload: { v: 1, reference: id }, state: 'pending', attempts: 0, createdAt: 1, updatedAt: 1, nextAttemptAt: 0,
});

describe('a PIN reset at a cold start (the old data key is gone)', () => {
  it('removes what the old data key sealed and keeps every unsent item and unsent KYC file', async () => {
    const db = new FieldDeskDb(dbName());
    await putLoans(db, [loan('L-1', 'Kamla Devi')]);
    await db.collections.put({ id: 'V-1', loanId: 'L-1', day: '2026-12-01', capturedAt: 1, remarks: 'paid' } as never);
    await db.outbox.bulkPut([pendingItem('P-1'), pendingItem('P-2')] as never);
    await db.documents.put({ id: 'D-1', requestFlowId: '9', loanId: '', createdAt: 1, name: 'pan.jpg', file: { type: 'image/jpeg', bytes: new Uint8Array([1, 2, 3]) } } as never);
    await db.documents.put({ id: 'D-2', requestFlowId: '9', loanId: '', createdAt: 1, name: 'old.jpg', uploaded: { documentId: 5 } } as never);

    const before = currentKeys();
    // The reset: a new data key, the same send key.
    installRawKeys({ data: crypto.getRandomValues(new Uint8Array(32)), send: before.send });
    try {
      const { removed } = await removeUnreadableData(db);
      expect(removed).toBeGreaterThanOrEqual(5); // loan row, snapshot, block, visit, uploaded document
      expect(await db.loans.count()).toBe(0);
      expect(await db.collections.count()).toBe(0);
      expect(await readWorkList(db)).toEqual([]);
      expect((await db.outbox.toArray()).map((i) => [i.id, i.state, i.payload])).toEqual([
        ['P-1', 'pending', { v: 1, reference: 'P-1' }],
        ['P-2', 'pending', { v: 1, reference: 'P-2' }],
      ]);
      const kept = await db.documents.toArray();
      expect(kept.map((d) => d.id)).toEqual(['D-1']);
      // The store works again with the new key.
      await putLoans(db, [loan('L-2', 'New Download')]);
      expect((await readWorkList(db)).map((r) => r.loanId)).toEqual(['L-2']);
    } finally {
      installRawKeys(before);
    }
  });
});

describe('records an older build left in clear', () => {
  it('are sealed after the first unlock, and the loans fill the work-list blocks', async () => {
    const name = dbName();
    // An issue-12 build: schema 4, no sealing layer.
    const old = new Dexie(name);
    old.version(4).stores(storesOfVersion(4));
    await old.table('loans').put({ loanId: 'L-9', fetchState: 'downloaded', fetchedAt: 1, summary: { name: 'Old Clear Name' } });
    await old.table('collections').put({ id: 'V-9', loanId: 'L-9', day: '2026-10-01', capturedAt: 1, remarks: 'old remark' });
    await old.table('audit').add({ at: 1, kind: 'reveal-identity', loanId: 'L-9', detail: 'PAN of Old Clear Name' });
    old.close();

    const db = new FieldDeskDb(name);
    expect((await db.loans.get('L-9'))?.summary.name).toBe('Old Clear Name');
    const { sealed } = await sealLegacyRecords(db);
    expect(sealed).toBe(3);
    expect((await sealLegacyRecords(db)).sealed).toBe(0);
    const raw = await new Promise<unknown[]>((resolve) => {
      const request = db.backendDB().transaction('loans').objectStore('loans').getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
    });
    expect(JSON.stringify(raw)).not.toContain('Old Clear Name');
    expect((await readWorkList(db)).map((r) => r.summary.name)).toEqual(['Old Clear Name']);
    expect((await db.audit.toArray())[0]?.detail).toBe('PAN of Old Clear Name');
  });
});

describe('the unlock looks for clear records only in a database that was there before this start', () => {
  const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
  const keysNow = () => ({ dataKey: b64(currentKeys().data), sendKey: b64(currentKeys().send), dataKept: true }) as never;
  async function olderBuildsStore(): Promise<FieldDeskDb> {
    const name = dbName();
    const old = new Dexie(name);
    old.version(4).stores(storesOfVersion(4));
    await old.table('collections').put({ id: 'V-8', loanId: 'L-8', day: '2026-10-01', capturedAt: 1, remarks: 'older remark' });
    old.close();
    return new FieldDeskDb(name);
  }

  it('seals what an older build left when the database existed, or when nobody knows', async () => {
    for (const existed of [true, undefined]) {
      const db = await olderBuildsStore();
      const opened = await openStoreWith(keysNow(), db, Promise.resolve(existed));
      expect(opened.sealedLegacy).toBe(1);
      db.close();
    }
  });

  it('does not scan a database this start created (a new laptop): nothing older can be in it', async () => {
    // The same clear record, but the caller says the store is new: the scan is skipped, which is
    // what shows the answer is used (a real new store has no such record to find).
    const db = await olderBuildsStore();
    const opened = await openStoreWith(keysNow(), db, Promise.resolve(false));
    expect(opened.sealedLegacy).toBe(0);
    db.close();
  });
});

describe('noting at boot whether the store is already on the laptop (db/store-presence.ts)', () => {
  it('answers false on a new laptop and true once the store exists, without opening it itself', async () => {
    const presence = await import('../../../renderer/src/db/store-presence');
    const { db } = await import('../../../renderer/src/db/schema');
    await Dexie.delete(db().name);
    presence.noteStorePresence();
    expect(await presence.storeExistedBefore()).toBe(false);
    expect(await Dexie.getDatabaseNames()).not.toContain(db().name);
    await db().open();
    vi.resetModules();
    const again = await import('../../../renderer/src/db/store-presence');
    again.noteStorePresence();
    expect(await again.storeExistedBefore()).toBe(true);
    db().close();
    await Dexie.delete(db().name);
  });
});
