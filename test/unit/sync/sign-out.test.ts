import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { signOutUnlessUnsent } from '../../../renderer/src/features/settings/sign-out';
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
