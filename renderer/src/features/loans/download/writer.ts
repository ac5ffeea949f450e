import type { Assignment, LoanSnapshotRow } from '../../../../../shared/domain';
import { putLoans } from '../../../db/loans';
import type { FieldDeskDb } from '../../../db/schema';
import { rowFor, type RecordedOutcome } from './records';

export interface BatchOptions {
  /** Write once this many results are waiting (default 50). */
  size: number;
  /** ... or once the oldest waiting result is this old (default 250 ms). */
  maxWaitMs: number;
}

export const DEFAULT_BATCH: BatchOptions = { size: 50, maxWaitMs: 250 };

/**
 * Stores a batch of outcomes in one transaction. The previous rows and the assignments are read
 * inside the same transaction, so a failure merges with exactly the row it replaces and the
 * summary uses the assignments as they are now, even if an import ran meanwhile.
 */
export async function storeOutcomes(db: FieldDeskDb, outcomes: readonly RecordedOutcome[]): Promise<void> {
  if (outcomes.length === 0) return;
  const ids = outcomes.map((o) => o.loanId);
  await db.transaction('rw', [db.loans, db.listBlocks, db.snapshots, db.assignments], async () => {
    const [previous, assignments] = await Promise.all([
      db.loans.bulkGet(ids),
      db.assignments.where('loanId').anyOf(ids).toArray(),
    ]);
    // Old snapshots are read only where a refresh failed: to re-summarise what stays shown.
    const keep = outcomes.filter((o, i) => o.type === 'failed' && previous[i] !== undefined).map((o) => o.loanId);
    const kept = new Map<string, LoanSnapshotRow>();
    for (const snap of keep.length > 0 ? await db.snapshots.bulkGet(keep) : []) if (snap) kept.set(snap.loanId, snap);
    const byLoan = new Map<string, Assignment[]>();
    for (const a of assignments) {
      const list = byLoan.get(a.loanId);
      if (list) list.push(a);
      else byLoan.set(a.loanId, [a]);
    }
    await putLoans(
      db,
      outcomes.map((o, i) => rowFor(o, previous[i], kept.get(o.loanId)?.snapshot, byLoan.get(o.loanId) ?? [])),
    );
  });
}

export interface BatchWriter {
  add(outcome: RecordedOutcome): void;
  /** Writes what is waiting and waits for every write so far; rejects if any write failed. */
  close(): Promise<void>;
}

/**
 * Collects outcomes and writes them in batches, so 1,000 loans cost about twenty transactions,
 * not a thousand. Writes run one after another, in order. A failed write (a full disk, say) is
 * reported through `onError` at once, so the run can stop, and again from `close`.
 */
export function createBatchWriter(db: FieldDeskDb, options: BatchOptions, onError: (e: unknown) => void): BatchWriter {
  let waiting: RecordedOutcome[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();
  let failure: { error: unknown } | undefined;

  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (waiting.length === 0) return;
    const batch = waiting;
    waiting = [];
    chain = chain.then(async () => {
      if (failure) return;
      try {
        await storeOutcomes(db, batch);
      } catch (error) {
        failure = { error };
        onError(error);
      }
    });
  };

  return {
    add(outcome) {
      waiting.push(outcome);
      if (waiting.length >= options.size) flush();
      else timer ??= setTimeout(flush, options.maxWaitMs);
    },
    async close() {
      flush();
      await chain;
      if (failure) throw failure.error;
    },
  };
}
