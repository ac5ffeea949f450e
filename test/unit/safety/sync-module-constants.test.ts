import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FieldDeskDb } from '../../../renderer/src/db/schema';
import { outboxItem, OUTBOX_NOW } from '../../support/outbox-items';

/**
 * The outbox's module-level constants, each pinned by what it makes the code do: the counts
 * table's name and the outbox's (the middleware counts only writes to one into the other), the
 * total row's loan id (stored on disk by earlier builds), the middleware's name (Dexie replaces a
 * middleware registered twice only by name), the list of unsent states and the engine's scan over
 * them, the backoff's ten-minute ceiling, and the engine status the header shows before the
 * engine's first word.
 *
 * Why a file of its own: the same case as test/unit/safety/module-constants.test.ts. Tests that
 * import these modules at the top of the file build the constants before any test starts, so
 * Stryker (ignoreStatic, per-test coverage) credits a constant only to tests that load its module
 * inside a test body, which check none of this. Here every test resets the module registry and
 * imports inside its own body.
 */

let open: FieldDeskDb | undefined;
afterEach(async () => {
  if (open) {
    open.close();
    await open.delete();
    open = undefined;
  }
  vi.unstubAllGlobals();
});

let dbCount = 0;

/** The schema, the counts middleware and the outbox store, loaded afresh, with a new database. */
async function freshOutbox() {
  vi.resetModules();
  // The fresh keyring has no keys yet: install them, as the unlock would (payloads are sealed).
  const { installRawKeys } = await import('../../../renderer/src/db/crypto/keyring');
  installRawKeys({ data: crypto.getRandomValues(new Uint8Array(32)), send: crypto.getRandomValues(new Uint8Array(32)) });
  const schema = await import('../../../renderer/src/db/schema');
  const counts = await import('../../../renderer/src/sync/outbox-counts');
  const store = await import('../../../renderer/src/sync/outbox-store');
  dbCount += 1;
  open = new schema.FieldDeskDb(`sync-constants-${process.pid}-${dbCount}`);
  return { db: open, counts, store };
}

describe('outbox-counts.ts: the counts follow outbox writes', () => {
  it('a pending item written to the outbox is counted in the counts table, in total and for its loan', async () => {
    // Both names matter: the middleware counts only when the schema has a table called
    // OUTBOX_COUNTS, and only writes to the table called `outbox`.
    const { db, store } = await freshOutbox();
    await db.outbox.add(outboxItem(1, 7));
    const counts = await store.countByState(db);
    expect(counts.pending).toBe(1);
    expect(await store.countUnsent(db, ['L7'])).toBe(1);
    expect(await db.table('outboxCounts').count()).toBe(2);
  });

  it('the total row is stored under the empty loan id, as every earlier build stored it', async () => {
    const { db, counts } = await freshOutbox();
    expect(counts.ALL_LOANS).toBe('');
    await db.outbox.add(outboxItem(1, 7));
    const rows = await db.outboxCounts.toArray();
    expect(rows.map((r) => [r.state, r.loanId, r.count]).sort()).toStrictEqual([
      ['pending', '', 1],
      ['pending', 'L7', 1],
    ]);
  });

  it('a database from an earlier build, whose totals sit under the empty loan id, is read right', async () => {
    const { db, counts } = await freshOutbox();
    await db.open();
    // Rows as they are on an agent's disk (written straight, below the outbox's middleware).
    await db.outboxCounts.bulkPut([
      { state: 'pending', loanId: '', count: 3 },
      { state: 'pending', loanId: 'L7', count: 3, oldestId: 'x', oldestAt: 5 },
    ]);
    const tally = await db.transaction('r', db.outboxCounts, () => counts.readTally(db.outboxCounts, ['pending', 'sent']));
    expect(tally.counts).toStrictEqual({ pending: 3, sent: 0 });
    expect([...tally.byLoan]).toStrictEqual([['L7', ['pending']]]);
  });

  it('registering the middleware a second time replaces it (by its name), so a write is not counted twice', async () => {
    const { db, counts, store } = await freshOutbox();
    db.use(counts.outboxCountsMiddleware);
    await db.outbox.add(outboxItem(1, 7));
    expect((await store.countByState(db)).pending).toBe(1);
    expect((await db.outboxCounts.get(['pending', 'L7']))?.count).toBe(1);
  });
});

describe('types.ts and outbox-store.ts: which states are unsent, and the scan over them', () => {
  it('exactly the five states that still owe a platform something are unsent', async () => {
    vi.resetModules();
    const { unsentStates, outboxStates } = await import('../../../renderer/src/sync/types');
    expect([...unsentStates].sort()).toStrictEqual(['paused-auth', 'pending', 'rejected', 'sending', 'unknown']);
    expect(outboxStates.filter((s) => !unsentStates.has(s)).sort()).toStrictEqual(['discarded', 'sent']);
  });

  it('the engine finds the head of a queue waiting in each unsent state it may send from', async () => {
    const { db, store } = await freshOutbox();
    await db.outbox.bulkAdd([outboxItem(1, 1), outboxItem(2, 1), outboxItem(3, 2, 'unknown'), outboxItem(4, 3, 'sent')]);
    const heads = await store.dueHeads(db, OUTBOX_NOW);
    expect(heads.map((h) => h.id).sort()).toStrictEqual([outboxItem(1, 1).id, outboxItem(3, 2).id].sort());
    expect(await store.headOf(db, outboxItem(2, 1).queue)).toMatchObject({ id: outboxItem(1, 1).id });
  });
});

describe('backoff.ts: the default ceiling', () => {
  it('never waits longer than ten minutes, however many attempts failed, and reaches that ceiling', async () => {
    vi.resetModules();
    const { backoffDelay, DEFAULT_BACKOFF } = await import('../../../renderer/src/sync/backoff');
    expect(DEFAULT_BACKOFF).toStrictEqual({ baseMs: 2_000, capMs: 600_000 });
    expect(backoffDelay(30, () => 0.999_999)).toBeLessThanOrEqual(600_000);
    expect(backoffDelay(30, () => 0.999_999)).toBeGreaterThan(599_000);
    expect(backoffDelay(2, () => 0.5)).toBe(4_000);
  });
});

describe('engine-status.ts: what the header shows before the engine has said anything', () => {
  it('not syncing, checking nothing, not unreachable, no platform paused', async () => {
    vi.resetModules();
    const { useEngineStatus } = await import('../../../renderer/src/sync/engine-status');
    expect(useEngineStatus.getState()).toStrictEqual({ syncing: false, checking: [], unreachable: false, pausedPlatforms: [] });
  });
});
