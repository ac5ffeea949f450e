import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import Dexie from 'dexie';
import {
  RENDERER_REMOVED,
  signOutOfLaptop,
  signOutUnlessUnsent,
  unsentByPlatform,
} from '../../../renderer/src/features/settings/sign-out';
import type { OutboxState } from '../../../renderer/src/sync/types';
import { capture, cashVisit, syncDbName } from './helpers';

let db: FieldDeskDb;
beforeEach(() => {
  db = new FieldDeskDb(syncDbName());
});
afterEach(() => db.close());

describe('removing the Credgenics token (sign-out) while something is unsent', () => {
  it('nothing recorded: the token is removed', async () => {
    const remove = vi.fn(async () => 'removed');
    expect(await signOutUnlessUnsent(db, remove)).toEqual({ refused: false, result: 'removed' });
    expect(remove).toHaveBeenCalledTimes(1);
  });

  it.each<OutboxState>(['pending', 'sending', 'unknown', 'rejected', 'paused-auth'])(
    'an item %s: refused with the count, and the main process is never asked',
    async (state) => {
      const first = await capture(db, cashVisit('L-1', '2026-11-01', 500));
      await capture(db, cashVisit('L-2', '2026-11-01', 700));
      await db.outbox.update(first.id, { state });
      const remove = vi.fn(async () => 'removed');
      expect(await signOutUnlessUnsent(db, remove)).toEqual({ refused: true, unsent: 2 });
      expect(remove).not.toHaveBeenCalled();
    },
  );

  it('once everything is sent or discarded, the token is removed', async () => {
    const sent = await capture(db, cashVisit('L-1', '2026-11-01', 500));
    const dropped = await capture(db, cashVisit('L-2', '2026-11-01', 700));
    const remove = vi.fn(async () => 'removed');
    expect(await signOutUnlessUnsent(db, remove)).toEqual({ refused: true, unsent: 2 });
    await db.outbox.update(sent.id, { state: 'sent' });
    expect(await signOutUnlessUnsent(db, remove)).toEqual({ refused: true, unsent: 1 });
    await db.outbox.update(dropped.id, { state: 'discarded' });
    expect(await signOutUnlessUnsent(db, remove)).toEqual({ refused: false, result: 'removed' });
    expect(remove).toHaveBeenCalledTimes(1);
  });
});

/** A GLAAS item as the repayment queue would add it (only what the count reads matters here). */
async function glaasItem(database: FieldDeskDb, id: string, state: OutboxState = 'pending') {
  await database.outbox.add({
    id,
    kind: 'glaas.repayment',
    queue: `glaas.repayment:${id}`,
    recordId: id,
    loanId: 'L-9',
    amount: 100,
    payload: {},
    state,
    attempts: 0,
    createdAt: 1,
    updatedAt: 1,
    nextAttemptAt: 0,
  });
}

describe('each platform guards its own sign-in details', () => {
  it('an unsent GLAAS item stops removing the GLAAS password but not the Credgenics token, and the other way round', async () => {
    await glaasItem(db, 'G-1');
    const remove = vi.fn(async () => 'removed');
    expect(await signOutUnlessUnsent(db, remove, 'glaas')).toEqual({ refused: true, unsent: 1 });
    expect(remove).not.toHaveBeenCalled();
    expect(await signOutUnlessUnsent(db, remove, 'credgenics')).toEqual({ refused: false, result: 'removed' });
    await capture(db, cashVisit('L-1', '2026-11-01', 500));
    expect(await signOutUnlessUnsent(db, remove, 'credgenics')).toEqual({ refused: true, unsent: 1 });
    expect(await unsentByPlatform(db)).toEqual({ credgenics: 1, glaas: 1 });
  });
});

describe('sign out of this laptop', () => {
  function deps(database: FieldDeskDb) {
    const local = new MemoryStorage({ 'fielddesk.language': 'hi', 'fielddesk.something': 'borrower bits' });
    const session = new MemoryStorage({ 'fielddesk.settings-tab': 'you' });
    return {
      database,
      wipe: vi.fn(async () => ({ ok: true as const, value: { removed: ['the saved Credgenics token'] } })),
      stopSync: vi.fn(),
      forgetKeys: vi.fn(),
      storage: { local: local as unknown as Storage, session: session as unknown as Storage },
      local,
      session,
    };
  }

  it.each(['credgenics', 'glaas'] as const)('refuses while a %s item is unsent, touching nothing', async (platform) => {
    if (platform === 'glaas') await glaasItem(db, 'G-1', 'paused-auth');
    else await capture(db, cashVisit('L-1', '2026-11-01', 500));
    const d = deps(db);
    const outcome = await signOutOfLaptop(d);
    expect(outcome).toEqual({ refused: true, unsent: { credgenics: platform === 'credgenics' ? 1 : 0, glaas: platform === 'glaas' ? 1 : 0 } });
    expect(d.wipe).not.toHaveBeenCalled();
    expect(d.stopSync).not.toHaveBeenCalled();
    expect(d.forgetKeys).not.toHaveBeenCalled();
    expect(await db.outbox.count()).toBe(1);
    expect(d.local.getItem('fielddesk.something')).toBe('borrower bits');
  });

  it('with everything sent: wipes the main process, deletes the database, clears storage but the language, forgets the keys', async () => {
    const sent = await capture(db, cashVisit('L-1', '2026-11-01', 500));
    await db.outbox.update(sent.id, { state: 'sent' });
    const d = deps(db);
    const outcome = await signOutOfLaptop(d);
    expect(outcome).toEqual({ refused: false, removed: [RENDERER_REMOVED, 'the saved Credgenics token'] });
    expect(d.stopSync).toHaveBeenCalledTimes(1);
    expect(d.wipe).toHaveBeenCalledTimes(1);
    expect(d.forgetKeys).toHaveBeenCalledTimes(1);
    expect(await Dexie.exists(db.name)).toBe(false);
    // Closed for good: nothing reopens (and so recreates) the database afterwards.
    await expect(db.outbox.count()).rejects.toThrow();
    expect(await Dexie.exists(db.name)).toBe(false);
    expect(d.local.dump()).toEqual({ 'fielddesk.language': 'hi' });
    expect(d.session.dump()).toEqual({});
  });

  it('a refused wipe in the main process leaves the database as it was', async () => {
    const d = deps(db);
    d.wipe.mockResolvedValueOnce({ ok: false, error: { kind: 'server', message: 'no' } } as never);
    const outcome = await signOutOfLaptop(d);
    expect(outcome).toMatchObject({ refused: false, failed: { kind: 'server' } });
    expect(await Dexie.exists(db.name)).toBe(true);
    expect(d.forgetKeys).not.toHaveBeenCalled();
  });
});

class MemoryStorage {
  private data: Map<string, string>;
  constructor(initial: Record<string, string> = {}) {
    this.data = new Map(Object.entries(initial));
  }
  get length() {
    return this.data.size;
  }
  key = (i: number) => [...this.data.keys()][i] ?? null;
  getItem = (k: string) => this.data.get(k) ?? null;
  setItem = (k: string, v: string) => void this.data.set(k, v);
  removeItem = (k: string) => void this.data.delete(k);
  clear = () => this.data.clear();
  dump = () => Object.fromEntries(this.data);
}
