import { liveQuery } from 'dexie';
import { create } from 'zustand';
import type { FieldDeskDb } from '../../db/schema';
import { readTally, recountOutboxNow } from '../../sync/outbox-counts';
import { outboxStates, unsentStates, type OutboxItem, type OutboxState } from '../../sync/types';

/**
 * Counts for the header, the Sync screen and the loan rows, kept current from the outbox table.
 * This re-runs on every outbox write during a drain, so it reads maintained counts, not items
 * (see readOutboxSummary).
 */
export interface OutboxSummary {
  loaded: boolean;
  counts: Record<OutboxState, number>;
  unsent: number;
  /** When the oldest unsent item was captured (for "oldest: 2 h"). */
  oldestUnsentAt?: number;
  /** The state that most needs attention per loan, for the badge on loan rows. */
  byLoan: ReadonlyMap<string, OutboxState>;
}

const emptyCounts = (): Record<OutboxState, number> => ({
  pending: 0,
  sending: 0,
  sent: 0,
  unknown: 0,
  rejected: 0,
  'paused-auth': 0,
  discarded: 0,
});

/** Higher = shown first on a loan row with several items. */
const urgency: Record<OutboxState, number> = {
  rejected: 6,
  'paused-auth': 5,
  unknown: 4,
  sending: 3,
  pending: 2,
  sent: 1,
  discarded: 0,
};

export function summarize(items: readonly OutboxItem[], settled: Partial<Record<OutboxState, number>> = {}): OutboxSummary {
  const counts = { ...emptyCounts(), ...settled };
  const byLoan = new Map<string, OutboxState>();
  let oldestUnsentAt: number | undefined;
  for (const item of items) {
    counts[item.state] += 1;
    if (!unsentStates.has(item.state)) continue;
    oldestUnsentAt = oldestUnsentAt === undefined ? item.createdAt : Math.min(oldestUnsentAt, item.createdAt);
    const before = byLoan.get(item.loanId);
    if (!before || urgency[item.state] > urgency[before]) byLoan.set(item.loanId, item.state);
  }
  const unsent = [...unsentStates].reduce((sum, state) => sum + counts[state], 0);
  return { loaded: true, counts, unsent, ...(oldestUnsentAt !== undefined ? { oldestUnsentAt } : {}), byLoan };
}

export const useOutboxSummary = create<OutboxSummary>(() => ({
  loaded: false,
  counts: emptyCounts(),
  unsent: 0,
  byLoan: new Map(),
}));

/**
 * The summary from the maintained outbox counts (sync/outbox-counts.ts): one read of a few small
 * rows (per state, and per loan and state while unsent), never the outbox itself. It re-runs on
 * every outbox state change during a drain, so it costs the same with 20 or 2,000 payments
 * waiting (issue 15).
 */
export async function readOutboxSummary(db: FieldDeskDb): Promise<OutboxSummary> {
  const tally = await readTally(db.outboxCounts, outboxStates);
  const byLoan = new Map<string, OutboxState>();
  for (const [loanId, states] of tally.byLoan) {
    byLoan.set(loanId, states.reduce((most, state) => (urgency[state] > urgency[most] ? state : most)));
  }
  const unsent = [...unsentStates].reduce((sum, state) => sum + tally.counts[state], 0);
  return { loaded: true, counts: tally.counts, unsent, ...(tally.oldestUnsentAt !== undefined ? { oldestUnsentAt: tally.oldestUnsentAt } : {}), byLoan };
}

/**
 * Keeps useOutboxSummary current; returns the unsubscribe. The counts are recounted once first
 * (recountOutboxNow), so whatever wrote around Dexie cannot leave the header wrong for good.
 */
export function watchOutbox(db: FieldDeskDb): () => void {
  let subscription: { unsubscribe(): void } | undefined;
  let stopped = false;
  const watch = () => {
    if (stopped) return;
    subscription = liveQuery(() => readOutboxSummary(db)).subscribe({
      next: (summary) => useOutboxSummary.setState(summary, true),
      error: () => undefined,
    });
  };
  // A recount that fails (the database closing) leaves the kept counts, which are right unless
  // something wrote around Dexie: the header still shows them.
  void db
    .open()
    .then(() => recountOutboxNow(db.backendDB()))
    .catch(() => undefined)
    .then(watch);
  return () => {
    stopped = true;
    subscription?.unsubscribe();
  };
}
