import Dexie from 'dexie';
import type { ApiError } from '../../../shared/result';
import type { FieldDeskDb } from '../db/schema';
import { readTally } from './outbox-counts';
import { outboxStates, platformOf, unsentStates, type OutboxError, type OutboxItem, type OutboxPlatform, type OutboxState } from './types';

/**
 * Every state change of an outbox item, each in its own short transaction. Nothing here talks
 * to the network: the engine claims an item, sends outside any transaction, then records the
 * outcome with one of these.
 */

const asError = (error: ApiError, at: number): OutboxError => ({
  kind: error.kind,
  message: error.message,
  ...(error.serverMessage ? { serverMessage: error.serverMessage } : {}),
  ...(error.details ? { details: error.details } : {}),
  ...(error.status !== undefined ? { status: error.status } : {}),
  at,
});

/**
 * Only the holder of the outbox lock sends, and it records every outcome before it lets go.
 * So an item still `sending` when the lock is taken was orphaned by a crash or reload: its
 * request may or may not have reached the server, so it must be checked before any resend.
 */
export async function recoverOrphans(db: FieldDeskDb, now: number): Promise<number> {
  // Read from the outbox itself, never from the kept counts: an orphan missed here would sit
  // in `sending` forever, and this runs once a pass, not on every change.
  return db.transaction('rw', db.outbox, async () =>
    db.outbox
      .where('state')
      .equals('sending')
      .modify((item) => {
        item.state = 'unknown';
        item.nextAttemptAt = 0;
        item.updatedAt = now;
      }),
  );
}

/**
 * For one state, the first item (lowest id) of every distinct value of a [state+X] compound
 * index (X = queue or loanId), skipping from one value to the next: one small read per distinct
 * value, however many items share it. An index orders equal keys by primary key, so the first
 * entry of each value is its oldest item. (A unique-key cursor would say the same, but
 * fake-indexeddb walks every entry for it; hopping is fast in both.)
 */
export async function firstOfEach(
  db: FieldDeskDb,
  index: '[state+queue]' | '[state+loanId]',
  state: OutboxState,
): Promise<OutboxItem[]> {
  const field = index === '[state+queue]' ? 'queue' : 'loanId';
  const found: OutboxItem[] = [];
  let from: [string, unknown] = [state, Dexie.minKey];
  let includeFrom = true;
  for (;;) {
    const item = await db.outbox.where(index).between(from, [state, Dexie.maxKey], includeFrom, true).first();
    if (!item) return found;
    found.push(item);
    // Every entry with this value has the same index key, so "above it" is the next value.
    from = [state, item[field]];
    includeFrom = false;
  }
}

/**
 * The first unsettled item of every queue (FIFO per loan). A queue whose head is rejected or
 * waiting for sign-in sends nothing behind it: a loan's payments stay in the order they were
 * taken. Other queues are not affected.
 *
 * Per unsent state, only the first item of each queue is read (firstOfEach), never the items
 * waiting behind it: a pass costs the number of queues, not the number of unsent items, so a
 * backlog of weeks drains at the speed of a backlog of a day (issue 15). One read transaction,
 * so an item moving between states while we read cannot hide the real head.
 */
async function queueHeads(db: FieldDeskDb, queue?: string): Promise<OutboxItem[]> {
  return db.transaction('r', db.outbox, async () => {
    const heads = new Map<string, OutboxItem>();
    const keep = (item: OutboxItem) => {
      const before = heads.get(item.queue);
      if (before === undefined || item.id < before.id) heads.set(item.queue, item);
    };
    // The states are read side by side: IndexedDB answers requests of one transaction in turn.
    const perState = await Promise.all(
      [...unsentStates].map(async (state) => {
        if (queue === undefined) return firstOfEach(db, '[state+queue]', state);
        // Equal keys are ordered by id: the first is the lowest.
        const item = await db.outbox.where('[state+queue]').equals([state, queue]).first();
        return item ? [item] : [];
      }),
    );
    perState.flat().forEach(keep);
    return [...heads.values()].filter((item) => item.state === 'pending' || item.state === 'unknown');
  });
}

/** The queue heads that may go now, oldest first. */
export async function dueHeads(db: FieldDeskDb, now: number): Promise<OutboxItem[]> {
  return (await queueHeads(db))
    .filter((item) => item.nextAttemptAt <= now)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The next item of one queue, if it is the queue's head and may be sent (not blocked). */
export async function headOf(db: FieldDeskDb, queue: string): Promise<OutboxItem | undefined> {
  return (await queueHeads(db, queue))[0];
}

/** When the engine should next wake up for backed-off items (undefined = nothing waits). */
export async function nextWakeAt(
  db: FieldDeskDb,
  /** Kinds whose platform is paused: they wait for a probe, not for their backoff. */
  skip: (kind: OutboxItem['kind']) => boolean = () => false,
): Promise<number | undefined> {
  const heads = (await queueHeads(db)).filter((item) => !skip(item.kind));
  return heads.length === 0 ? undefined : Math.min(...heads.map((item) => item.nextAttemptAt));
}

/** pending | unknown → sending, if it still is what the engine read. Answers the claimed item. */
export async function claim(db: FieldDeskDb, id: string, now: number): Promise<OutboxItem | undefined> {
  return db.transaction('rw', db.outbox, async () => {
    const item = await db.outbox.get(id);
    if (!item || (item.state !== 'pending' && item.state !== 'unknown')) return undefined;
    const claimed: OutboxItem = { ...item, state: 'sending', attempts: item.attempts + 1, updatedAt: now };
    await db.outbox.put(claimed);
    return claimed;
  });
}

/**
 * Claims several items at once (a batch request): each that is still pending or unknown becomes
 * sending, in one transaction. Answers the claimed ones; an item someone else changed is left out.
 */
export async function claimMany(db: FieldDeskDb, ids: readonly string[], now: number): Promise<OutboxItem[]> {
  return db.transaction('rw', db.outbox, async () => {
    const items = await db.outbox.bulkGet([...ids]);
    const claimed = items
      .filter((item): item is OutboxItem => item !== undefined && (item.state === 'pending' || item.state === 'unknown'))
      .map((item): OutboxItem => ({ ...item, state: 'sending', attempts: item.attempts + 1, updatedAt: now }));
    await db.outbox.bulkPut(claimed);
    return claimed;
  });
}

async function update(db: FieldDeskDb, id: string, change: (item: OutboxItem) => OutboxItem | undefined, extra?: (item: OutboxItem) => Promise<void>) {
  return db.transaction('rw', [db.outbox], async () => {
    const item = await db.outbox.get(id);
    if (!item) return undefined;
    const next = change(item);
    if (!next) return undefined;
    await db.outbox.put(next);
    if (extra) await extra(next);
    return next;
  });
}

/** The server has it: a 2xx reply, or a lookup that found it. Follow-ups are queued with it. */
export async function markSent(
  db: FieldDeskDb,
  id: string,
  now: number,
  how: { confirmedBy: 'reply' | 'lookup'; serverRef?: string },
  followUps: (item: OutboxItem) => OutboxItem[] = () => [],
): Promise<OutboxItem | undefined> {
  return update(
    db,
    id,
    (item) =>
      item.state === 'sent'
        ? undefined
        : {
            ...withoutError(item),
            state: 'sent',
            sentAt: now,
            updatedAt: now,
            nextAttemptAt: 0,
            confirmedBy: how.confirmedBy,
            ...(how.serverRef ? { serverRef: how.serverRef } : {}),
          },
    async (sent) => {
      const more = followUps(sent);
      if (more.length > 0) await db.outbox.bulkPut(more);
    },
  );
}

function withoutError(item: OutboxItem): OutboxItem {
  const { lastError: _lastError, ...rest } = item;
  return rest;
}

/** Try again later, in `state` (pending when nothing reached the server, unknown when it may have). */
export async function markRetry(
  db: FieldDeskDb,
  id: string,
  now: number,
  state: 'pending' | 'unknown',
  error: ApiError,
  nextAttemptAt: number,
): Promise<OutboxItem | undefined> {
  return update(db, id, (item) => ({ ...item, state, lastError: asError(error, now), nextAttemptAt, updatedAt: now }));
}

/** 401: wait for sign-in. The attempt is given back, so a lapsed session costs nothing. */
export async function markPausedAuth(db: FieldDeskDb, id: string, now: number, error: ApiError, refund: boolean) {
  return update(db, id, (item) => ({
    ...item,
    state: 'paused-auth',
    attempts: refund ? Math.max(0, item.attempts - 1) : item.attempts,
    lastError: asError(error, now),
    updatedAt: now,
  }));
}

/** 400 and friends: the server said no, in its own words; a person decides. */
export async function markRejected(db: FieldDeskDb, id: string, now: number, error: ApiError) {
  return update(db, id, (item) => ({ ...item, state: 'rejected', lastError: asError(error, now), updatedAt: now }));
}

/**
 * After sign-in works again (for one platform, or all). Items paused mid-send were refused with
 * 401 before the server did anything, so they go back to pending.
 */
export async function resumePaused(db: FieldDeskDb, now: number, platform?: OutboxPlatform): Promise<number> {
  return db.outbox
    .where('state')
    .equals('paused-auth')
    .filter((item) => platform === undefined || platformOf(item.kind) === platform)
    .modify((item) => {
      item.state = 'pending';
      item.nextAttemptAt = 0;
      item.updatedAt = now;
    });
}

/**
 * Brings backed-off items forward to `at` (never later than they already were). Used when there
 * is fresh evidence the link works (an item was just accepted, the network came back, a person
 * pressed Sync now). A server that asked us to wait (429, Retry-After) is still obeyed.
 */
export async function pullForward(db: FieldDeskDb, at: number): Promise<number> {
  // Only items waiting past `at` are read, through the [state+nextAttemptAt] index: a drain
  // pulls forward after every pass, and reading the whole backlog each time made it slow down
  // as the backlog grew.
  return db.transaction('rw', db.outbox, async () => {
    let moved = 0;
    for (const state of ['pending', 'unknown'] as const) {
      moved += await db.outbox
        .where('[state+nextAttemptAt]')
        .between([state, at], [state, Dexie.maxKey], false, true)
        .filter((item) => item.lastError?.status !== 429)
        .modify((item) => {
          item.nextAttemptAt = at;
        });
    }
    return moved;
  });
}

/**
 * Is there fresh pending work (captures, retries from the Sync screen, edits: nextAttemptAt 0)?
 * The app watches it live to wake the engine on every outbox write, so it looks for ONE such
 * item through the [state+nextAttemptAt] index instead of counting them all (a count walks the
 * whole backlog).
 */
export async function hasFreshPending(db: FieldDeskDb): Promise<boolean> {
  const [first] = await db.outbox.where('[state+nextAttemptAt]').equals(['pending', 0]).limit(1).primaryKeys();
  return first !== undefined;
}

/** How many items are in each state, from the counts kept with every outbox write (outbox-counts.ts). */
export async function countByState(db: FieldDeskDb): Promise<Record<OutboxState, number>> {
  return (await readTally(db.outboxCounts, outboxStates)).counts;
}

/**
 * What sign-out, purge and "reset data" must not lose. Counted from the outbox itself, not from
 * the maintained counts: these guard money, and are asked once, not on every change.
 */
export async function countUnsent(db: FieldDeskDb, loanIds?: readonly string[]): Promise<number> {
  const open = db.outbox.where('state').anyOf([...unsentStates]);
  if (!loanIds) return open.count();
  const wanted = new Set(loanIds);
  return open.filter((item) => wanted.has(item.loanId)).count();
}
