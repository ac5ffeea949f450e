import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiError } from '../../../shared/result';
import { mulberry32 as rng } from '../../../electron/sandbox/prng';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { readOutboxSummary, summarize, useOutboxSummary, watchOutbox } from '../../../renderer/src/features/sync/summary';
import {
  claim,
  claimMany,
  countByState,
  markPausedAuth,
  markRejected,
  markRetry,
  markSent,
  pullForward,
  recoverOrphans,
  resumePaused,
} from '../../../renderer/src/sync/outbox-store';
import { outboxStates, type OutboxItem, type OutboxState } from '../../../renderer/src/sync/types';
import { syncDbName } from './helpers';
import { storesOfVersion } from '../../support/older-schemas';
import { outboxItem } from '../../support/outbox-items';

/**
 * Issue 15, item 5: the header reads counts kept beside the outbox instead of counting it. These
 * tests hold the kept counts to the plain definition (a summary of every item) after every kind
 * of outbox write, including writes that fail or abort half-way.
 */

let db: FieldDeskDb | undefined;
afterEach(() => db?.close());

const NOW = 1_800_000_000_000;
const FAILED: ApiError = { kind: 'server', message: 'down', status: 503 };
const REFUSED: ApiError = { kind: 'rejected', message: 'no', status: 400 };
const SIGNED_OUT: ApiError = { kind: 'auth', message: 'sign in', status: 401 };

const item = (n: number, loan: number, state: OutboxState = 'pending', extra: Partial<OutboxItem> = {}): OutboxItem =>
  outboxItem(n, loan, state, { updatedAt: NOW, ...extra });

/** The kept figures must equal the summary of every item, read the slow way. */
async function expectCountsRight(database: FieldDeskDb, step: string) {
  const items = await database.outbox.toArray();
  const expected = summarize(items);
  const kept = await readOutboxSummary(database);
  expect(kept.counts, step).toEqual(expected.counts);
  expect(kept.unsent, step).toBe(expected.unsent);
  expect(kept.oldestUnsentAt, step).toBe(expected.oldestUnsentAt);
  expect([...kept.byLoan].sort(), step).toEqual([...expected.byLoan].sort());
  expect(await countByState(database), step).toEqual(expected.counts);
}

async function fresh(items: OutboxItem[]): Promise<FieldDeskDb> {
  db = new FieldDeskDb(syncDbName());
  await db.outbox.bulkAdd(items);
  return db;
}

describe('outbox counts kept with every write', () => {
  it('start empty and follow bulk adds', async () => {
    db = new FieldDeskDb(syncDbName());
    expect(await countByState(db)).toEqual(Object.fromEntries(outboxStates.map((s) => [s, 0])));
    expect((await readOutboxSummary(db)).oldestUnsentAt).toBeUndefined();
    await db.outbox.bulkAdd([item(1, 1), item(2, 1), item(3, 2, 'sent'), item(4, 3, 'rejected')]);
    await expectCountsRight(db, 'after bulkAdd');
    expect(await countByState(db)).toMatchObject({ pending: 2, sent: 1, rejected: 1 });
  });

  it('follow every state change the engine and the Sync screen make', async () => {
    const d = await fresh([item(1, 1), item(2, 1), item(3, 2), item(4, 2), item(5, 3), item(6, 3)]);
    const id = (n: number) => item(n, 0).id;
    const steps: Array<[string, () => Promise<unknown>]> = [
      ['claim', () => claim(d, id(1), NOW)],
      ['markSent (oldest of loan 1 leaves)', () => markSent(d, id(1), NOW, { confirmedBy: 'reply' })],
      ['claimMany', () => claimMany(d, [id(3), id(5)], NOW)],
      ['markRetry unknown', () => markRetry(d, id(3), NOW, 'unknown', FAILED, NOW + 5_000)],
      ['markPausedAuth', () => markPausedAuth(d, id(5), NOW, SIGNED_OUT, true)],
      ['claim again', () => claim(d, id(2), NOW)],
      ['recoverOrphans (crash while sending)', () => recoverOrphans(d, NOW)],
      ['markRejected', () => markRejected(d, id(2), NOW, REFUSED)],
      ['resumePaused', () => resumePaused(d, NOW)],
      ['pullForward (no count changes)', () => pullForward(d, NOW)],
      ['retry from the Sync screen (put)', async () => d.outbox.put({ ...(await d.outbox.get(id(2)))!, state: 'pending' })],
      ['discard (update)', () => d.outbox.update(id(6), { state: 'discarded' })],
      ['modify many', () => d.outbox.where('loanId').equals('L3').modify({ state: 'sent' })],
      ['a loan moves (update loanId)', () => d.outbox.update(id(4), { loanId: 'L9' })],
      ['delete', () => d.outbox.delete(id(1))],
      ['bulkDelete', () => d.outbox.bulkDelete([id(2), id(404)])],
      ['bulkPut with one id twice', () => d.outbox.bulkPut([item(7, 4), item(7, 4, 'sent')])],
      ['delete a range', () => d.outbox.where('id').between(id(3), id(5), true, true).delete()],
      ['clear', () => d.outbox.clear()],
    ];
    for (const [step, run] of steps) {
      await run();
      await expectCountsRight(d, step);
    }
  });

  it('the oldest waiting payment moves on when it is sent', async () => {
    const d = await fresh([item(1, 1), item(2, 1), item(3, 2)]);
    expect((await readOutboxSummary(d)).oldestUnsentAt).toBe(item(1, 1).createdAt);
    await claim(d, item(1, 1).id, NOW);
    await markSent(d, item(1, 1).id, NOW, { confirmedBy: 'reply' });
    expect((await readOutboxSummary(d)).oldestUnsentAt).toBe(item(2, 1).createdAt);
    // An older item coming back (a correction) is the oldest again.
    await d.outbox.update(item(1, 1).id, { state: 'pending' });
    expect((await readOutboxSummary(d)).oldestUnsentAt).toBe(item(1, 1).createdAt);
  });

  for (const seed of [31, 32, 33]) {
    it(`stay right through a seeded run of random writes (seed ${seed})`, async () => {
      const random = rng(seed);
      const d = await fresh(Array.from({ length: 60 }, (_, n) => item(n, n % 7)));
      for (let step = 0; step < 150; step++) {
        const n = Math.floor(random() * 70);
        const state = outboxStates[Math.floor(random() * outboxStates.length)]!;
        const roll = random();
        if (roll < 0.6) await d.outbox.put(item(n, Math.floor(random() * 9), state));
        else if (roll < 0.8) await d.outbox.update(item(n, 0).id, { state });
        else if (roll < 0.9) await d.outbox.delete(item(n, 0).id);
        else await d.outbox.bulkPut([item(n, 1, state), item(n + 1, 2, 'pending')]);
        if (step % 10 === 0) await expectCountsRight(d, `seed ${seed}, step ${step}`);
      }
      await expectCountsRight(d, `seed ${seed}, end`);
    });
  }
});

describe('a write that does not happen changes no count', () => {
  it('a transaction that aborts half-way (crash-style) leaves the counts as they were', async () => {
    const d = await fresh([item(1, 1), item(2, 2)]);
    const before = await readOutboxSummary(d);
    await expect(
      d.transaction('rw', d.outbox, async () => {
        await d.outbox.update(item(1, 1).id, { state: 'sent' });
        await d.outbox.add(item(3, 3));
        await d.outbox.delete(item(2, 2).id);
        throw new Error('power cut');
      }),
    ).rejects.toThrow('power cut');
    expect(await readOutboxSummary(d)).toEqual(before);
    await expectCountsRight(d, 'after abort');
  });

  it('an explicitly aborted transaction leaves the counts as they were', async () => {
    const d = await fresh([item(1, 1)]);
    const before = await countByState(d);
    await expect(
      d.transaction('rw', d.outbox, async (tx) => {
        await claim(d, item(1, 1).id, NOW);
        tx.abort();
      }),
    ).rejects.toThrow();
    expect(await countByState(d)).toEqual(before);
    await expectCountsRight(d, 'after abort()');
  });

  it('a bulk add with a duplicate counts only the items stored', async () => {
    const d = await fresh([item(1, 1)]);
    await expect(d.outbox.bulkAdd([item(2, 2), item(1, 1, 'sent'), item(3, 3)])).rejects.toThrow();
    await expectCountsRight(d, 'after a partly failed bulkAdd');
  });

  it('an add of an id already there counts nothing', async () => {
    const d = await fresh([item(1, 1)]);
    await expect(d.outbox.add(item(1, 2, 'rejected'))).rejects.toThrow();
    await expectCountsRight(d, 'after a failed add');
  });
});

describe('schema version 6 is additive', () => {
  it('an outbox saved by version 5 opens counted', async () => {
    const name = syncDbName();
    const old = new Dexie(name);
    old.version(5).stores(storesOfVersion(5));
    await old.open();
    const items = [item(1, 1), item(2, 1, 'unknown'), item(3, 2, 'sent'), item(4, 2, 'rejected'), item(5, 3, 'discarded')];
    await old.table('outbox').bulkAdd(items);
    old.close();
    db = new FieldDeskDb(name);
    await expectCountsRight(db, 'after upgrade');
    expect(await countByState(db)).toMatchObject({ pending: 1, unknown: 1, sent: 1, rejected: 1, discarded: 1 });
    // And it keeps counting from there.
    await markSent(db, item(1, 1).id, NOW, { confirmedBy: 'reply' });
    await expectCountsRight(db, 'after a send on the upgraded database');
  });
});

describe('a write around Dexie', () => {
  it('is made up for by the recount when the header starts watching', async () => {
    const d = await fresh([item(1, 1), item(2, 2)]);
    // A raw write, below Dexie and its middleware: the kept counts do not see it.
    await new Promise<void>((resolve, reject) => {
      const tx = d.backendDB().transaction('outbox', 'readwrite');
      tx.objectStore('outbox').put(item(3, 3, 'rejected'));
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    expect((await countByState(d)).rejected).toBe(0);
    const stop = watchOutbox(d);
    try {
      await vi.waitFor(() => expect(useOutboxSummary.getState().counts.rejected).toBe(1), { timeout: 5_000 });
      await expectCountsRight(d, 'after the recount');
      // And the watch goes on from there.
      await d.outbox.update(item(1, 1).id, { state: 'sent' });
      await vi.waitFor(() => expect(useOutboxSummary.getState().counts.sent).toBe(1), { timeout: 5_000 });
    } finally {
      stop();
    }
  });
});
