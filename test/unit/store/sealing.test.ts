import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { putLoans, getLoan, deleteLoans } from '../../../renderer/src/db/loans';
import { BLOCK_COUNT, blockOf } from '../../../renderer/src/db/crypto/list-blocks';
import { setPlaintextForTests, currentKeys, installRawKeys } from '../../../renderer/src/db/crypto/keyring';
import type { CachedLoan } from '../../../shared/domain';

let counter = 0;
const dbs: FieldDeskDb[] = [];
function freshDb(): FieldDeskDb {
  const d = new FieldDeskDb(`sealing-${++counter}-${Math.random()}`);
  dbs.push(d);
  return d;
}
afterEach(async () => {
  setPlaintextForTests(false);
  for (const d of dbs.splice(0)) await d.delete();
});

/** Reads a store with the plain IndexedDB API, below Dexie and the sealing layer. */
async function rawRecords(d: FieldDeskDb, store: string): Promise<unknown[]> {
  await d.open();
  const idb = d.backendDB();
  return new Promise((resolve, reject) => {
    const request = idb.transaction(store, 'readonly').objectStore(store).getAll();
    request.onsuccess = () => resolve(request.result as unknown[]);
    request.onerror = () => reject(request.error);
  });
}

function loan(id: string, name: string): CachedLoan {
  return {
    loanId: id,
    fetchState: 'downloaded',
    fetchedAt: 1_700_000_000_000,
    summary: { name, allocationMonth: '2026-11', phone: '9876500000' },
    snapshot: { loan_id: id, applicant_name: name, applicant_address: 'Rampur village, Sitapur' },
  } as unknown as CachedLoan;
}

const bytesText = (value: unknown) => JSON.stringify(value, (_k, v) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v));

describe('the sealing layer', () => {
  it('keeps borrower fields out of the stored records and gives them back whole', async () => {
    const d = freshDb();
    await putLoans(d, [loan('L-1', 'Sunita Devi'), loan('L-2', 'Ramesh Yadav')]);
    for (const store of ['loans', 'snapshots', 'listBlocks']) {
      const raw = bytesText(await rawRecords(d, store));
      expect(raw).not.toContain('Sunita');
      expect(raw).not.toContain('Rampur');
      expect(raw).not.toContain('9876500000');
    }
    const back = await getLoan(d, 'L-1');
    expect(back?.summary.name).toBe('Sunita Devi');
    expect((back?.snapshot as Record<string, unknown>).applicant_address).toBe('Rampur village, Sitapur');
  });

  it('keeps index fields in clear so queries still work', async () => {
    const d = freshDb();
    await putLoans(d, [loan('L-1', 'A'), { ...loan('L-2', 'B'), fetchState: 'failed' } as CachedLoan]);
    const raw = (await rawRecords(d, 'loans')) as Array<Record<string, unknown>>;
    expect(raw.map((r) => r.loanId).sort()).toEqual(['L-1', 'L-2']);
    expect(raw.every((r) => r.summary === undefined && r.$s instanceof Uint8Array)).toBe(true);
    expect(await d.loans.where('fetchState').equals('failed').primaryKeys()).toEqual(['L-2']);
    const viaCursor: string[] = [];
    await d.loans.each((row) => viaCursor.push(row.summary.name));
    expect(viaCursor.sort()).toEqual(['A', 'B']);
    expect((await d.loans.filter((row) => row.summary.name === 'B').toArray()).map((r) => r.loanId)).toEqual(['L-2']);
  });

  it('opens records after update() and modify(), which read, change and write back', async () => {
    const d = freshDb();
    await d.collections.put({ id: 'V-1', loanId: 'L-1', day: '2026-12-01', capturedAt: 1, remarks: 'met wife' } as never);
    await d.collections.update('V-1', { remarks: 'met borrower' } as never);
    await d.collections.where('loanId').equals('L-1').modify((v) => {
      v.depositId = 'D-1';
    });
    const visit = (await d.collections.get('V-1')) as unknown as Record<string, unknown>;
    expect(visit).toMatchObject({ remarks: 'met borrower', depositId: 'D-1', day: '2026-12-01' });
    expect(bytesText(await rawRecords(d, 'collections'))).not.toContain('met borrower');
    expect(await d.collections.where('depositId').equals('D-1').count()).toBe(1);
  });

  it('seals only the payload and the server words of an outbox item, with the send key', async () => {
    const d = freshDb();
    await d.outbox.put({
      id: '01J', kind: 'credgenics.payment', queue: 'q', recordId: 'V-1', loanId: 'L-1', amount: 500,
      payload: { phone: '9876512345' }, state: 'pending', attempts: 0, createdAt: 1, updatedAt: 1, nextAttemptAt: 0,
    } as never);
    const [raw] = (await rawRecords(d, 'outbox')) as Array<Record<string, unknown>>;
    expect(raw).toMatchObject({ state: 'pending', amount: 500, $k: 's' });
    expect(raw!.payload).toBeUndefined();
    expect(((await d.outbox.get('01J')) as { payload: unknown }).payload).toEqual({ phone: '9876512345' });
  });

  it('will not open a record with the wrong key, nor a record moved to another row', async () => {
    const d = freshDb();
    await d.collections.put({ id: 'V-1', loanId: 'L-1', day: '2026-12-01', capturedAt: 1, remarks: 'x' } as never);
    const [raw] = (await rawRecords(d, 'collections')) as Array<Record<string, unknown>>;
    // The same sealed bytes under another id: the associated data no longer matches.
    const moved = { ...raw, id: 'V-2' };
    await new Promise<void>((resolve, reject) => {
      const tx = d.backendDB().transaction('collections', 'readwrite');
      tx.objectStore('collections').put(moved);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    await expect(d.collections.get('V-2')).rejects.toThrow();
    const keys = currentKeys();
    installRawKeys({ data: crypto.getRandomValues(new Uint8Array(32)), send: keys.send });
    try {
      await expect(d.collections.get('V-1')).rejects.toThrow();
    } finally {
      installRawKeys(keys);
    }
  });

  it('refuses a Blob instead of storing it as an empty object', async () => {
    const d = freshDb();
    await expect(d.collections.put({ id: 'V-1', loanId: 'L', day: 'd', capturedAt: 1, photo: new Blob(['x']) } as never)).rejects.toThrow(/StoredFile/);
    expect(await d.collections.count()).toBe(0);
  });

  it('keeps the work-list blocks in step with every loans write', async () => {
    const d = freshDb();
    const many = Array.from({ length: 500 }, (_, i) => loan(`L-${i}`, `Borrower ${i}`));
    await putLoans(d, many);
    const blocks = await d.listBlocks.toArray();
    expect(blocks.length).toBeLessThanOrEqual(BLOCK_COUNT);
    const rows = blocks.flatMap((b) => (b as unknown as { rows: Array<{ loanId: string }> }).rows);
    expect(rows.map((r) => r.loanId).sort()).toEqual(many.map((l) => l.loanId).sort());
    await deleteLoans(d, ['L-7']);
    const block = (await d.listBlocks.get(blockOf('L-7'))) as unknown as { rows: Array<{ loanId: string }> };
    expect(block.rows.some((r) => r.loanId === 'L-7')).toBe(false);
    await d.transaction('rw', d.loans, d.listBlocks, () => d.loans.clear());
    const left = (await d.listBlocks.toArray()).flatMap((b) => (b as unknown as { rows: unknown[] }).rows);
    expect(left).toEqual([]);
  });

  it('refuses a loans write that leaves the blocks out', async () => {
    const d = freshDb();
    await expect(d.loans.put({ loanId: 'L-1', fetchState: 'downloaded', fetchedAt: 1, summary: {} } as never)).rejects.toThrow(/listBlocks/);
  });

  it('writes in clear only under the test-only switch', async () => {
    const d = freshDb();
    setPlaintextForTests(true);
    await d.collections.put({ id: 'V-1', loanId: 'L-1', day: '2026-12-01', capturedAt: 1, remarks: 'in clear' } as never);
    expect(bytesText(await rawRecords(d, 'collections'))).toContain('in clear');
    expect(((await d.collections.get('V-1')) as unknown as { remarks: string }).remarks).toBe('in clear');
  });
});
