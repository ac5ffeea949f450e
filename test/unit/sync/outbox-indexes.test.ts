import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { loadSyncRows, RECENT_SENT_SHOWN } from '../../../renderer/src/features/sync/sync-items';
import { readOutboxSummary, summarize } from '../../../renderer/src/features/sync/summary';
import { countByState, hasFreshPending, dueHeads, headOf, nextWakeAt, pullForward } from '../../../renderer/src/sync/outbox-store';
import { outboxStates, unsentStates, type OutboxItem, type OutboxState } from '../../../renderer/src/sync/types';
import { syncDbName } from './helpers';
import { mulberry32 as rng } from '../../../electron/sandbox/prng';
import { storesOfVersion } from '../../support/older-schemas';

/**
 * Issue 15, item 5: the engine and the live views read indexes instead of every unsent item.
 * These tests hold the index-based answers to the plain definition, computed from all items, on
 * a seeded mix of states, so a faster read can never be a wrong one.
 */

let db: FieldDeskDb | undefined;
afterEach(() => db?.close());

const NOW = 1_800_000_000_000;

function item(n: number, queue: string, loanId: string, state: OutboxState, nextAttemptAt: number, extra: Partial<OutboxItem> = {}): OutboxItem {
  return {
    id: `01K${String(n).padStart(23, '0')}`,
    kind: 'credgenics.payment',
    queue,
    recordId: `r${n}`,
    loanId,
    payload: {},
    state,
    attempts: 0,
    createdAt: NOW - 100_000 + n,
    updatedAt: NOW,
    nextAttemptAt,
    ...(state === 'sent' ? { sentAt: NOW - 50_000 + n } : {}),
    ...extra,
  };
}

/** A seeded outbox: 30 queues over 12 loans, every state, some backed off, some due. */
function mixedOutbox(seed: number, count: number): OutboxItem[] {
  const random = rng(seed);
  const items: OutboxItem[] = [];
  for (let n = 0; n < count; n++) {
    const q = Math.floor(random() * 30);
    const state = outboxStates[Math.floor(random() * outboxStates.length)]!;
    const wait = random() < 0.3 ? NOW + 5_000 + Math.floor(random() * 10_000) : random() < 0.5 ? 0 : NOW - 1_000;
    items.push(item(n, `q${q}`, `L${q % 12}`, state, wait));
  }
  return items;
}

/** The definition: per queue, the lowest-id unsent item; a head that is not pending/unknown blocks its queue. */
function referenceHeads(items: OutboxItem[]): OutboxItem[] {
  const heads = new Map<string, OutboxItem>();
  for (const i of items) {
    if (!unsentStates.has(i.state)) continue;
    const h = heads.get(i.queue);
    if (!h || i.id < h.id) heads.set(i.queue, i);
  }
  return [...heads.values()].filter((i) => i.state === 'pending' || i.state === 'unknown');
}

async function seeded(seed: number, count = 400): Promise<OutboxItem[]> {
  db = new FieldDeskDb(syncDbName());
  const items = mixedOutbox(seed, count);
  await db.outbox.bulkAdd(items);
  return items;
}

describe('due heads from the [state+queue] index', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`are exactly the first unsent item of each queue, when due (seed ${seed})`, async () => {
      const items = await seeded(seed);
      const expected = referenceHeads(items)
        .filter((i) => i.nextAttemptAt <= NOW)
        .map((i) => i.id)
        .sort();
      expect((await dueHeads(db!, NOW)).map((i) => i.id)).toEqual(expected);
      for (const queue of ['q0', 'q7', 'q29']) {
        const head = referenceHeads(items.filter((i) => i.queue === queue))[0];
        expect((await headOf(db!, queue))?.id).toBe(head?.id);
      }
      const waits = referenceHeads(items).map((i) => i.nextAttemptAt);
      expect(await nextWakeAt(db!)).toBe(waits.length === 0 ? undefined : Math.min(...waits));
    });
  }

  it('never offers an item queued behind a rejected, paused, sending or backed-off one (FIFO per loan)', async () => {
    db = new FieldDeskDb(syncDbName());
    const blockers: OutboxState[] = ['rejected', 'paused-auth', 'sending'];
    const items: OutboxItem[] = [];
    blockers.forEach((state, q) => {
      items.push(item(q * 10, `q${q}`, `L${q}`, state, 0), item(q * 10 + 1, `q${q}`, `L${q}`, 'pending', 0));
    });
    // A backed-off head holds back the due item behind it.
    items.push(item(100, 'q9', 'L9', 'pending', NOW + 60_000), item(101, 'q9', 'L9', 'pending', 0));
    // Sent history before the head does not count.
    items.push(item(200, 'q8', 'L8', 'sent', 0), item(201, 'q8', 'L8', 'unknown', 0), item(202, 'q8', 'L8', 'pending', 0));
    await db.outbox.bulkAdd(items);
    expect((await dueHeads(db, NOW)).map((i) => i.id)).toEqual([item(201, 'q8', 'L8', 'unknown', 0).id]);
    expect(await headOf(db, 'q0')).toBeUndefined();
    expect((await headOf(db, 'q9'))?.id).toBe(item(100, 'q9', 'L9', 'pending', 0).id);
  });
});

describe('live views from indexes', () => {
  for (const seed of [11, 12, 13]) {
    it(`the header summary equals the summary of every item (seed ${seed})`, async () => {
      const items = await seeded(seed);
      const fromIndexes = await readOutboxSummary(db!);
      const fromItems = summarize(items);
      expect(fromIndexes.counts).toEqual(fromItems.counts);
      expect(fromIndexes.unsent).toBe(fromItems.unsent);
      expect(fromIndexes.oldestUnsentAt).toBe(fromItems.oldestUnsentAt);
      expect([...fromIndexes.byLoan].sort()).toEqual([...fromItems.byLoan].sort());
      expect(await countByState(db!)).toEqual(fromItems.counts);
    });
  }

  it('fresh pending work is found through the index, and only fresh pending work', async () => {
    db = new FieldDeskDb(syncDbName());
    await db.outbox.bulkAdd([item(1, 'a', 'L1', 'pending', NOW + 5_000), item(2, 'b', 'L2', 'unknown', 0), item(3, 'c', 'L3', 'sent', 0)]);
    expect(await hasFreshPending(db)).toBe(false);
    await db.outbox.add(item(4, 'd', 'L4', 'pending', 0));
    expect(await hasFreshPending(db)).toBe(true);
  });

  it('the Sync screen lists every unsent item, then the most recently sent or discarded', async () => {
    const items = await seeded(22, 600);
    const rows = await loadSyncRows(db!);
    const unsent = items.filter((i) => unsentStates.has(i.state));
    const done = items
      .filter((i) => !unsentStates.has(i.state))
      .sort((a, b) => (b.sentAt ?? b.updatedAt) - (a.sentAt ?? a.updatedAt))
      .slice(0, RECENT_SENT_SHOWN);
    expect(rows.slice(0, unsent.length).map((r) => r.item.id).sort()).toEqual(unsent.map((i) => i.id).sort());
    expect(rows.slice(unsent.length).map((r) => r.item.id)).toEqual(done.map((i) => i.id));
  });
});

describe('pull forward reads only what waits', () => {
  it('brings pending and unknown items forward to `at`, never later ones back, never a 429', async () => {
    db = new FieldDeskDb(syncDbName());
    const at = NOW + 1_000;
    await db.outbox.bulkAdd([
      item(1, 'a', 'L1', 'pending', NOW + 60_000),
      item(2, 'b', 'L2', 'unknown', NOW + 60_000),
      item(3, 'c', 'L3', 'pending', NOW + 60_000, { lastError: { kind: 'server', message: 'slow down', status: 429, at: NOW } }),
      item(4, 'd', 'L4', 'pending', NOW + 500),
      item(5, 'e', 'L5', 'rejected', NOW + 60_000),
      item(6, 'f', 'L6', 'pending', at),
    ]);
    expect(await pullForward(db, at)).toBe(2);
    const waits = (await db.outbox.orderBy('id').toArray()).map((i) => i.nextAttemptAt);
    expect(waits).toEqual([at, at, NOW + 60_000, NOW + 500, NOW + 60_000, at]);
  });
});

describe('schema version 4 is additive', () => {
  it('a database saved by version 3 opens with its outbox intact and the new indexes filled', async () => {
    const name = syncDbName();
    const old = new Dexie(name);
    old.version(3).stores(storesOfVersion(3));
    await old.open();
    await old.table('outbox').bulkAdd([item(1, 'q1', 'L1', 'pending', 0), item(2, 'q1', 'L1', 'pending', 0), item(3, 'q2', 'L2', 'sent', 0)]);
    old.close();
    db = new FieldDeskDb(name);
    expect(await db.outbox.count()).toBe(3);
    expect((await dueHeads(db, NOW)).map((i) => i.id)).toEqual([item(1, 'q1', 'L1', 'pending', 0).id]);
    expect(await hasFreshPending(db)).toBe(true);
  });
});
