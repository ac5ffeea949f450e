import 'fake-indexeddb/auto';
import Dexie, { type DBCore, type DBCoreTransaction, type Middleware } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { readOutboxSummary, summarize } from '../../../renderer/src/features/sync/summary';
import {
  ALL_LOANS,
  OUTBOX_COUNTS,
  outboxCountsMiddleware,
  recountOutbox,
  recountOutboxNow,
  type OutboxCountRow,
} from '../../../renderer/src/sync/outbox-counts';
import { claim, countByState, markSent } from '../../../renderer/src/sync/outbox-store';
import type { OutboxItem, OutboxState } from '../../../renderer/src/sync/types';
import { outboxItem } from '../../support/outbox-items';

/**
 * Issue 15, mutation testing of the kept outbox counts (sync/outbox-counts.ts): the header's
 * "N waiting, oldest 2 h" comes from these rows, never from the outbox itself. Each test pins
 * something a surviving mutant changed: which item is the oldest after the oldest leaves, the
 * recount's oldest, the rows as stored, the transaction scopes, the refusal of an outbox write
 * that leaves the counts out, failures of the recount, and what a write costs the counts table.
 */

const NOW = 1_800_000_000_000;
const id = (n: number) => `01K${String(n).padStart(23, '0')}`;

// Capture time deliberately not in id order for some tests: the oldest is by id (FIFO).
const item = (n: number, loan: number, state: OutboxState = 'pending', extra: Partial<OutboxItem> = {}): OutboxItem =>
  outboxItem(n, loan, state, { createdAt: NOW - 100_000 + n * 10, updatedAt: NOW, ...extra });

const opened: Dexie[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const d of opened.splice(0)) d.close();
});

let dbCount = 0;
const uniqueName = () => `safety-counts-${process.pid}-${Date.now()}-${(dbCount += 1)}`;

async function fresh(items: OutboxItem[] = [], name = uniqueName()): Promise<FieldDeskDb> {
  const d = new FieldDeskDb(name);
  opened.push(d);
  await d.outbox.bulkAdd(items);
  return d;
}

/** The kept figures against the summary of every item, read the slow way. */
async function expectCountsRight(d: FieldDeskDb, step: string) {
  const expected = summarize(await d.outbox.toArray());
  const kept = await readOutboxSummary(d);
  expect(kept.counts, step).toEqual(expected.counts);
  expect(kept.oldestUnsentAt, step).toBe(expected.oldestUnsentAt);
  expect([...kept.byLoan].sort(), step).toEqual([...expected.byLoan].sort());
}

const byKey = (a: OutboxCountRow, b: OutboxCountRow) => `${a.state}|${a.loanId}`.localeCompare(`${b.state}|${b.loanId}`);
const rows = async (d: FieldDeskDb) => (await d.outboxCounts.toArray()).sort(byKey);

describe('the oldest waiting item, after the oldest leaves', () => {
  it("is looked up in the same loan and state, not in a loan or state that sorts before it", async () => {
    // Loan L2's items are older than L1's; L1 and the 'paused-auth' state sort before L2's pending row.
    const d = await fresh([
      item(1, 2),
      item(2, 2),
      item(3, 1, 'pending', { createdAt: NOW - 1_000 }),
      item(4, 0, 'paused-auth', { createdAt: NOW - 500 }),
    ]);
    await claim(d, id(1), NOW);
    await markSent(d, id(1), NOW, { confirmedBy: 'reply' });
    const l2 = await d.outboxCounts.get(['pending', 'L2']);
    expect(l2).toMatchObject({ count: 1, oldestId: id(2), oldestAt: item(2, 2).createdAt });
    expect((await readOutboxSummary(d)).oldestUnsentAt).toBe(item(2, 2).createdAt);
    await expectCountsRight(d, 'after the oldest of L2 was sent');
  });

  it('finds its index by name, whatever other indexes the outbox gains', async () => {
    // An outbox with one more compound index that sorts before [state+loanId].
    const name = uniqueName();
    const d = new Dexie(name);
    opened.push(d);
    d.use(outboxCountsMiddleware);
    d.version(1).stores({
      outbox: 'id, state, [kind+state], [state+loanId], [state+queue], [state+nextAttemptAt]',
      outboxCounts: '[state+loanId]',
    });
    const outbox = d.table<OutboxItem, string>('outbox');
    await outbox.bulkAdd([item(1, 1), item(2, 1), item(3, 1)]);
    await outbox.update(id(1), { state: 'sent' });
    expect(await d.table(OUTBOX_COUNTS).get(['pending', 'L1'])).toMatchObject({ count: 2, oldestId: id(2), oldestAt: item(2, 1).createdAt });
  });

  it('an outbox without its [state+loanId] index is refused when the database opens, with the reason', async () => {
    const d = new Dexie(uniqueName());
    opened.push(d);
    d.use(outboxCountsMiddleware);
    d.version(1).stores({ outbox: 'id, state', outboxCounts: '[state+loanId]' });
    await expect(d.open()).rejects.toThrow('The outbox needs its [state+loanId] index to keep its counts.');
  });
});

describe('the rows as stored', () => {
  it('one total per state under loanId "", and per-loan rows with their oldest only while unsent', async () => {
    const d = await fresh([item(1, 1), item(2, 1), item(3, 2, 'unknown'), item(4, 1, 'sent'), item(5, 3, 'discarded')]);
    expect(ALL_LOANS).toBe('');
    const expected: OutboxCountRow[] = [
      { state: 'discarded', loanId: '', count: 1 },
      { state: 'pending', loanId: '', count: 2 },
      { state: 'pending', loanId: 'L1', count: 2, oldestId: id(1), oldestAt: item(1, 1).createdAt },
      { state: 'sent', loanId: '', count: 1 },
      { state: 'unknown', loanId: '', count: 1 },
      { state: 'unknown', loanId: 'L2', count: 1, oldestId: id(3), oldestAt: item(3, 2).createdAt },
    ];
    expect(await rows(d)).toStrictEqual(expected);

    // Kept by the middleware through a state change of the oldest...
    await d.outbox.update(id(1), { state: 'sent' });
    expect(await rows(d)).toStrictEqual([
      { state: 'discarded', loanId: '', count: 1 },
      { state: 'pending', loanId: '', count: 1 },
      { state: 'pending', loanId: 'L1', count: 1, oldestId: id(2), oldestAt: item(2, 1).createdAt },
      { state: 'sent', loanId: '', count: 2 },
      { state: 'unknown', loanId: '', count: 1 },
      { state: 'unknown', loanId: 'L2', count: 1, oldestId: id(3), oldestAt: item(3, 2).createdAt },
    ]);

    // ...and the same rows again when everything is recounted from the outbox.
    await d.outboxCounts.clear();
    await recountOutboxNow(d.backendDB());
    expect(await rows(d)).toStrictEqual([
      { state: 'discarded', loanId: '', count: 1 },
      { state: 'pending', loanId: '', count: 1 },
      { state: 'pending', loanId: 'L1', count: 1, oldestId: id(2), oldestAt: item(2, 1).createdAt },
      { state: 'sent', loanId: '', count: 2 },
      { state: 'unknown', loanId: '', count: 1 },
      { state: 'unknown', loanId: 'L2', count: 1, oldestId: id(3), oldestAt: item(3, 2).createdAt },
    ]);
  });

  it('a recount takes the lowest id of each loan and state as its oldest', async () => {
    // Written around Dexie, as an import would: the recount is what counts them.
    const d = await fresh();
    const raw = [item(1, 1), item(2, 1), item(3, 1), item(4, 2, 'rejected'), item(5, 2, 'rejected')];
    await new Promise<void>((resolve, reject) => {
      const tx = d.backendDB().transaction('outbox', 'readwrite');
      for (const r of raw) tx.objectStore('outbox').put(r);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    await recountOutboxNow(d.backendDB());
    expect(await d.outboxCounts.get(['pending', 'L1'])).toMatchObject({ count: 3, oldestId: id(1), oldestAt: item(1, 1).createdAt });
    expect(await d.outboxCounts.get(['rejected', 'L2'])).toMatchObject({ count: 2, oldestId: id(4), oldestAt: item(4, 2).createdAt });
    expect((await readOutboxSummary(d)).oldestUnsentAt).toBe(item(1, 1).createdAt);
  });

  it('registering the counting middleware twice still counts each write once', async () => {
    const d = new FieldDeskDb(uniqueName());
    opened.push(d);
    d.use(outboxCountsMiddleware);
    await d.outbox.bulkAdd([item(1, 1), item(2, 2), item(3, 2, 'sent')]);
    await d.outbox.update(id(1), { state: 'sent' });
    expect(await countByState(d)).toMatchObject({ pending: 1, sent: 2 });
    await expectCountsRight(d, 'middleware used twice');
  });
});

describe('transaction scopes', () => {
  it('an outbox write takes the counts along; a write elsewhere does not lock them', async () => {
    const scopes = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const d = await fresh();
    scopes.mockClear();
    await d.outbox.add(item(1, 1));
    await d.audit.add({ at: NOW, kind: 'outbox-retry', detail: 'x' } as never);
    await d.transaction('rw', d.loans, d.assignments, async () => {
      await d.loans.count();
    });
    const writes = scopes.mock.calls.filter(([, mode]) => mode === 'readwrite').map(([stores]) => [stores].flat().sort());
    // A long write to the work list must not make every capture wait for it: IndexedDB runs
    // read-write transactions whose scopes overlap one after another.
    expect(writes).toEqual([['outbox', 'outboxCounts'], ['audit'], ['assignments', 'loans']]);
  });
});

describe('an outbox write that leaves the counts out', () => {
  it('is refused before anything is written', async () => {
    // The core just above the counting layer, as the sealing layer above it sees it.
    let countingCore: DBCore | undefined;
    const d = new FieldDeskDb(uniqueName());
    opened.push(d);
    d.use({ stack: 'dbcore', name: 'TestCoreAboveCounts', level: 0.45, create: (down) => (countingCore = down) });
    await d.outbox.add(item(1, 1));
    const before = await rows(d);
    // A transaction opened below Dexie, without the counts: the layer that widens scopes is bypassed.
    const tx = d.backendDB().transaction(['outbox'], 'readwrite');
    const done = new Promise<void>((resolve) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => resolve();
    });
    // Refused at once (thrown) or later (rejected): either way, nothing may be written.
    const write = (async () => countingCore!.table('outbox').mutate({ type: 'put', trans: tx as unknown as DBCoreTransaction, values: [item(2, 2)] }))();
    await expect(write).rejects.toThrow('Outbox writes must include outboxCounts in their transaction.');
    await done;
    expect(await d.outbox.get(id(2))).toBeUndefined();
    expect(await rows(d)).toStrictEqual(before);
  });
});

describe('a recount that fails', () => {
  /** Resolves a macrotask after `tx` aborted, by which time its handlers have run. */
  const afterAbort = (tx: IDBTransaction) => new Promise<void>((resolve) => tx.addEventListener('abort', () => setTimeout(resolve, 0)));
  /** Watches a promise from now on: `outcome()` is its result or error once settled. */
  const watch = (p: Promise<unknown>) => {
    let result: unknown = 'still waiting';
    p.then(
      () => (result = 'resolved'),
      (error: unknown) => (result = error),
    );
    return () => result;
  };

  it('recountOutboxNow rejects with a reason when its transaction aborts (the header then watches anyway)', async () => {
    // An empty outbox, so the recount has no row to put after the abort.
    const d = await fresh();
    const clear = IDBObjectStore.prototype.clear;
    let aborted: Promise<void> | undefined;
    vi.spyOn(IDBObjectStore.prototype, 'clear').mockImplementation(function (this: IDBObjectStore) {
      const request = clear.call(this);
      aborted = afterAbort(this.transaction);
      this.transaction.abort();
      return request;
    });
    const outcome = watch(recountOutboxNow(d.backendDB()));
    await vi.waitFor(() => expect(aborted).toBeDefined(), { timeout: 10_000 });
    await aborted;
    expect(outcome()).toBeInstanceOf(Error);
    expect((outcome() as Error).message).toBe('The outbox could not be counted.');
  });

  it('recountOutbox rejects when its cursor fails', async () => {
    const d = await fresh([item(1, 1), item(2, 2)]);
    const tx = d.backendDB().transaction(['outbox', 'outboxCounts'], 'readwrite');
    const aborted = afterAbort(tx);
    const outcome = watch(recountOutbox(tx));
    // The cursor's first request is still pending: aborting fails it.
    tx.abort();
    await aborted;
    expect(outcome()).toBeInstanceOf(DOMException);
    expect((outcome() as DOMException).name).toBe('AbortError');
  });
});

describe('what a write costs the counts table', () => {
  /** Records every request that reaches the outbox and outboxCounts stores below the counting layer. */
  function recorder(log: string[]): Middleware<DBCore> {
    return {
      stack: 'dbcore',
      name: 'TestRequestRecorder',
      level: 0.3,
      create(down) {
        return {
          ...down,
          table(name) {
            const table = down.table(name);
            if (name !== 'outbox' && name !== OUTBOX_COUNTS) return table;
            return {
              ...table,
              mutate: (req) => {
                const size = req.type === 'deleteRange' ? 'range' : req.type === 'delete' ? req.keys.length : req.values.length;
                log.push(`${name}.${req.type}(${size})`);
                return table.mutate(req);
              },
              getMany: (req) => {
                log.push(`${name}.getMany(${req.keys.length})`);
                return table.getMany(req);
              },
              query: (req) => {
                log.push(`${name}.query`);
                return table.query(req);
              },
            };
          },
        };
      },
    };
  }

  it('an add reads nothing first; a write that keeps state and loan touches no count; nothing empty is written', async () => {
    const log: string[] = [];
    const d = new FieldDeskDb(uniqueName());
    opened.push(d);
    d.use(recorder(log));
    await d.open();
    const step = async (run: () => Promise<unknown>) => {
      log.length = 0;
      await run();
      return [...log];
    };

    // A capture: written, then its two rows read and written. No read of the outbox before an add.
    expect(await step(() => d.outbox.add(item(1, 1)))).toEqual(['outbox.add(1)', 'outboxCounts.getMany(2)', 'outboxCounts.put(2)']);

    // A retry time or an attempt count: same state, same loan, so the counts are not touched at
    // all (the header's live query, which reads only outboxCounts, is not woken).
    expect(await step(() => d.outbox.put({ ...item(1, 1), nextAttemptAt: NOW + 5_000, attempts: 1 }))).toEqual([
      'outbox.getMany(1)',
      'outbox.put(1)',
    ]);

    // The last item goes: its rows are deleted, and no empty put is sent with them.
    expect(await step(() => d.outbox.delete(id(1)))).toEqual([
      'outbox.getMany(1)',
      'outbox.delete(1)',
      'outboxCounts.getMany(2)',
      'outboxCounts.delete(2)',
    ]);
    expect(await d.outboxCounts.count()).toBe(0);
  });
});
