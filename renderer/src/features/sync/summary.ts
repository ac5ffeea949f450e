import { liveQuery } from 'dexie';
import { create } from 'zustand';
import type { FieldDeskDb } from '../../db/schema';
import { unsentStates, type OutboxItem, type OutboxState } from '../../sync/types';

/**
 * Counts for the header, the Sync screen and the loan rows, kept current from the outbox table.
 * The outbox is small (a day's work is a few hundred items), so it is read whole on each change.
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

export function summarize(items: readonly OutboxItem[]): OutboxSummary {
  const counts = emptyCounts();
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

/** Keeps useOutboxSummary current; returns the unsubscribe. */
export function watchOutbox(db: FieldDeskDb): () => void {
  const subscription = liveQuery(() => db.outbox.toArray()).subscribe({
    next: (items) => useOutboxSummary.setState(summarize(items), true),
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}
