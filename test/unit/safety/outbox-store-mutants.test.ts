import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../../shared/result';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import {
  claim,
  claimMany,
  countUnsent,
  dueHeads,
  firstOfEach,
  headOf,
  markRejected,
  markRetry,
  markSent,
  nextWakeAt,
  pullForward,
  resumePaused,
} from '../../../renderer/src/sync/outbox-store';
import { outboxStates, unsentStates, type OutboxItem, type OutboxKind, type OutboxState } from '../../../renderer/src/sync/types';
import { outboxItem } from '../../support/outbox-items';

/**
 * Issue 15, mutation testing of the outbox store: what the engine may send and when (claims,
 * due heads, wake-up time), what it records (the server's words, its status, the server ref),
 * and what sign-out and purge count as not yet sent. Each test pins a branch that a mutant
 * flipped without any test noticing.
 */

let db: FieldDeskDb | undefined;
afterEach(() => db?.close());

let dbCount = 0;
async function fresh(items: OutboxItem[]): Promise<FieldDeskDb> {
  dbCount += 1;
  db = new FieldDeskDb(`safety-outbox-store-${process.pid}-${Date.now()}-${dbCount}`);
  await db.outbox.bulkAdd(items);
  return db;
}

const NOW = 1_800_000_000_000;
const id = (n: number) => `01K${String(n).padStart(23, '0')}`;

const item = outboxItem;

const stored = async (n: number) => (await db!.outbox.get(id(n)))!;

describe('what the engine records of a failure', () => {
  it("keeps the server's field reasons, its words and the HTTP status with a refused item", async () => {
    const d = await fresh([item(1, 1, 'sending')]);
    const refused: ApiError = {
      kind: 'rejected',
      message: 'The server refused this payment.',
      status: 422,
      serverMessage: 'payment_amount is invalid',
      details: { payment_amount: 'Value must be positive' },
    };
    await markRejected(d, id(1), NOW, refused);
    expect((await stored(1)).lastError).toEqual({
      kind: 'rejected',
      message: 'The server refused this payment.',
      status: 422,
      serverMessage: 'payment_amount is invalid',
      details: { payment_amount: 'Value must be positive' },
      at: NOW,
    });
  });

  it('a 429 recorded with the retry is obeyed by pullForward; a 503 is brought forward', async () => {
    const d = await fresh([item(1, 1, 'sending'), item(2, 2, 'sending')]);
    const wait = NOW + 10 * 60_000;
    await markRetry(d, id(1), NOW, 'pending', { kind: 'server', message: 'Too many requests', status: 429 }, wait);
    await markRetry(d, id(2), NOW, 'pending', { kind: 'server', message: 'Down', status: 503 }, wait);
    expect((await stored(1)).lastError?.status).toBe(429);
    expect((await stored(2)).lastError?.status).toBe(503);

    expect(await pullForward(d, NOW + 1_000)).toBe(1);
    // The server asked us to wait: "the link works" is no reason to hammer it sooner.
    expect((await stored(1)).nextAttemptAt).toBe(wait);
    expect((await stored(2)).nextAttemptAt).toBe(NOW + 1_000);
  });

  it('a failure without a status records none (no invented status)', async () => {
    const d = await fresh([item(1, 1, 'sending')]);
    await markRetry(d, id(1), NOW, 'unknown', { kind: 'timeout', message: 'No answer in time' }, NOW + 5_000);
    const lastError = (await stored(1)).lastError!;
    expect(lastError).toEqual({ kind: 'timeout', message: 'No answer in time', at: NOW });
    expect(lastError.status).toBeUndefined();
  });
});

describe('which items are sent, and when', () => {
  it('an item whose wait ends exactly now is due now, one a millisecond later is not', async () => {
    const d = await fresh([item(1, 1, 'pending', { nextAttemptAt: NOW }), item(2, 2, 'unknown', { nextAttemptAt: NOW + 1 })]);
    expect((await dueHeads(d, NOW)).map((i) => i.id)).toEqual([id(1)]);
    expect((await dueHeads(d, NOW + 1)).map((i) => i.id)).toEqual([id(1), id(2)]);
    expect((await dueHeads(d, NOW - 1)).map((i) => i.id)).toEqual([]);
  });

  it('due heads come oldest first, one per queue, and a refused head holds its queue', async () => {
    const d = await fresh([
      item(5, 1),
      item(2, 2),
      item(9, 2),
      item(3, 3, 'rejected'),
      item(4, 3),
      item(7, 4, 'unknown'),
      item(1, 5, 'sent'),
      item(6, 5),
    ]);
    expect((await dueHeads(d, NOW)).map((i) => i.id)).toEqual([id(2), id(5), id(6), id(7)]);
    expect(await headOf(d, 'credgenics.payment:L3')).toBeUndefined();
    expect((await headOf(d, 'credgenics.payment:L2'))?.id).toBe(id(2));
  });

  it('the wake-up time leaves out paused platforms; only paused work waiting means no timer', async () => {
    const d = await fresh([
      item(1, 1, 'pending', { kind: 'glaas.repayment', nextAttemptAt: NOW + 1_000 }),
      item(2, 2, 'unknown', { nextAttemptAt: NOW + 9_000 }),
      item(3, 3, 'pending', { nextAttemptAt: NOW + 5_000 }),
    ]);
    expect(await nextWakeAt(d)).toBe(NOW + 1_000);
    const glaasPaused = (kind: OutboxKind) => kind.startsWith('glaas.');
    expect(await nextWakeAt(d, glaasPaused)).toBe(NOW + 5_000);
    await d.outbox.bulkDelete([id(2), id(3)]);
    expect(await nextWakeAt(d, glaasPaused)).toBeUndefined();
    expect(await nextWakeAt(d)).toBe(NOW + 1_000);
  });

  it('firstOfEach finds the oldest item of every loan in a state, and of every queue', async () => {
    const d = await fresh([
      item(1, 1),
      item(2, 1),
      item(3, 2),
      item(4, 3, 'sent'),
      item(5, 3),
      item(6, 3),
      item(7, 4, 'unknown'),
      item(8, 9),
    ]);
    expect((await firstOfEach(d, '[state+loanId]', 'pending')).map((i) => i.id)).toEqual([id(1), id(3), id(5), id(8)]);
    expect((await firstOfEach(d, '[state+queue]', 'pending')).map((i) => i.id)).toEqual([id(1), id(3), id(5), id(8)]);
    expect((await firstOfEach(d, '[state+loanId]', 'unknown')).map((i) => i.id)).toEqual([id(7)]);
    expect(await firstOfEach(d, '[state+loanId]', 'rejected')).toEqual([]);
  });
});

describe('claiming: one send per item', () => {
  const unclaimable: OutboxState[] = ['sending', 'sent', 'rejected', 'paused-auth', 'discarded'];

  for (const state of unclaimable) {
    it(`an item already ${state} is not claimed and stays as it was`, async () => {
      const before = item(1, 1, state, { attempts: 2 });
      const d = await fresh([before]);
      expect(await claim(d, id(1), NOW)).toBeUndefined();
      expect(await claimMany(d, [id(1)], NOW)).toEqual([]);
      expect(await stored(1)).toEqual(before);
    });
  }

  it('claim counts the attempt; claimMany counts one per item and skips gone or taken ones', async () => {
    const d = await fresh([
      item(1, 1, 'pending', { attempts: 0 }),
      item(2, 2, 'unknown', { attempts: 4 }),
      item(3, 3, 'sending', { attempts: 1 }),
      item(4, 4, 'sent', { attempts: 1 }),
      item(5, 5, 'pending', { attempts: 2 }),
    ]);
    const one = await claim(d, id(5), NOW);
    expect(one).toMatchObject({ state: 'sending', attempts: 3, updatedAt: NOW });
    const claimed = await claimMany(d, [id(1), id(404), id(2), id(3), id(4)], NOW);
    expect(claimed.map((i) => [i.id, i.state, i.attempts])).toEqual([
      [id(1), 'sending', 1],
      [id(2), 'sending', 5],
    ]);
    expect((await stored(1)).attempts).toBe(1);
    expect((await stored(2)).attempts).toBe(5);
    expect(await stored(3)).toMatchObject({ state: 'sending', attempts: 1 });
    expect(await stored(4)).toMatchObject({ state: 'sent', attempts: 1 });
  });
});

describe('marking sent', () => {
  it('keeps the server reference, and a second "sent" changes nothing and queues no follow-up again', async () => {
    const d = await fresh([item(1, 1, 'sending', { lastError: { kind: 'timeout', message: 'No answer', at: NOW - 1 } })]);
    let followUpCalls = 0;
    const followUps = (sent: OutboxItem): OutboxItem[] => {
      followUpCalls += 1;
      return [item(100 + followUpCalls, 1, 'pending', { kind: 'credgenics.message', recordId: sent.recordId })];
    };
    const first = await markSent(d, id(1), NOW, { confirmedBy: 'lookup', serverRef: 'payment 4512' }, followUps);
    expect(first).toMatchObject({ state: 'sent', sentAt: NOW, confirmedBy: 'lookup', serverRef: 'payment 4512', nextAttemptAt: 0 });
    expect(first?.lastError).toBeUndefined();

    // A late reply for the same item (a reload re-checking it) must not rewrite the record.
    expect(await markSent(d, id(1), NOW + 60_000, { confirmedBy: 'reply', serverRef: 'payment 9999' }, followUps)).toBeUndefined();
    expect(await stored(1)).toMatchObject({ state: 'sent', sentAt: NOW, confirmedBy: 'lookup', serverRef: 'payment 4512' });
    expect(followUpCalls).toBe(1);
    expect((await d.outbox.toArray()).filter((i) => i.kind === 'credgenics.message').map((i) => i.id)).toEqual([id(101)]);
  });

  it('a send confirmed without a reference stores none', async () => {
    const d = await fresh([item(1, 1, 'sending')]);
    await markSent(d, id(1), NOW, { confirmedBy: 'reply' });
    expect('serverRef' in (await stored(1))).toBe(false);
  });
});

describe('after sign-in works again', () => {
  it('only the platform that signed in resumes; without a platform, all do', async () => {
    const d = await fresh([
      item(1, 1, 'paused-auth', { kind: 'glaas.repayment', nextAttemptAt: NOW + 50_000 }),
      item(2, 2, 'paused-auth', { nextAttemptAt: NOW + 50_000 }),
      item(3, 3, 'paused-auth', { kind: 'glaas.document' }),
      item(4, 4, 'rejected'),
    ]);
    expect(await resumePaused(d, NOW, 'glaas')).toBe(2);
    expect(await stored(1)).toMatchObject({ state: 'pending', nextAttemptAt: 0, updatedAt: NOW });
    expect((await stored(3)).state).toBe('pending');
    expect((await stored(2)).state).toBe('paused-auth');

    expect(await resumePaused(d, NOW, 'credgenics')).toBe(1);
    expect((await stored(2)).state).toBe('pending');
    expect((await stored(4)).state).toBe('rejected');
  });

  it('without a platform every paused item resumes', async () => {
    const d = await fresh([item(1, 1, 'paused-auth', { kind: 'glaas.repayment' }), item(2, 2, 'paused-auth')]);
    expect(await resumePaused(d, NOW)).toBe(2);
    expect((await d.outbox.toArray()).map((i) => i.state)).toEqual(['pending', 'pending']);
  });
});

describe('what sign-out and purge must not lose', () => {
  it('every unsent state counts, sent and discarded do not', () => {
    expect([...unsentStates].sort()).toEqual(['paused-auth', 'pending', 'rejected', 'sending', 'unknown']);
    expect(outboxStates.filter((s) => !unsentStates.has(s)).sort()).toEqual(['discarded', 'sent']);
  });

  it("counts all unsent items, or only the given loans' ones", async () => {
    const d = await fresh([
      item(1, 1),
      item(2, 1, 'rejected'),
      item(3, 1, 'sent'),
      item(4, 2, 'paused-auth'),
      item(5, 3, 'unknown'),
      item(6, 3, 'sending'),
      item(7, 4, 'discarded'),
    ]);
    expect(await countUnsent(d)).toBe(5);
    expect(await countUnsent(d, ['L1'])).toBe(2);
    expect(await countUnsent(d, ['L2', 'L3'])).toBe(3);
    expect(await countUnsent(d, ['L4'])).toBe(0);
    expect(await countUnsent(d, [])).toBe(0);
  });
});
