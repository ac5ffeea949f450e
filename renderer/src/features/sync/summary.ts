import { liveQuery } from 'dexie';
import { create } from 'zustand';
import type { FieldDeskDb } from '../../db/schema';
import { unsentStates, type OutboxItem, type OutboxState } from '../../sync/types';

/**
 * Counts for the header, the Sync screen and the loan rows, kept current from the outbox table.
 * Sent items pile up over months, and this re-runs on every outbox write during a drain, so only
 * unsent items are read; sent and discarded ones are counted through the state index.
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

/** Keeps useOutboxSummary current; returns the unsubscribe. */
export function watchOutbox(db: FieldDeskDb): () => void {
  const read = async () => {
    const [items, sent, discarded] = await Promise.all([
      db.outbox.where('state').anyOf([...unsentStates]).toArray(),
      db.outbox.where('state').equals('sent').count(),
      db.outbox.where('state').equals('discarded').count(),
    ]);
    return summarize(items, { sent, discarded });
  };
  const subscription = liveQuery(read).subscribe({
    next: (summary) => useOutboxSummary.setState(summary, true),
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}
