import type { FieldDeskDb } from '../../db/schema';
import { maskForStorage } from '../loans/keep-less';

const BATCH = 200;

/**
 * Answers stored by a build from before issue 13 still hold whole Aadhaar numbers. This pass
 * masks them in place, a few hundred at a time so the loan page is never held up for long.
 * Answers already masked are not rewritten. Returns how many were rewritten.
 */
export async function remaskStoredSnapshots(db: FieldDeskDb): Promise<number> {
  let after: string | undefined;
  let rewritten = 0;
  for (;;) {
    const from: string | undefined = after;
    const done = await db.transaction('rw', db.snapshots, async () => {
      const rows = await (from === undefined ? db.snapshots.orderBy(':id') : db.snapshots.where(':id').above(from)).limit(BATCH).toArray();
      const changed = rows
        .map((row) => ({ row, masked: maskForStorage(row.snapshot) }))
        .filter(({ row, masked }) => JSON.stringify(masked) !== JSON.stringify(row.snapshot))
        .map(({ row, masked }) => ({ ...row, snapshot: masked }));
      if (changed.length > 0) await db.snapshots.bulkPut(changed);
      rewritten += changed.length;
      after = rows.at(-1)?.loanId;
      return rows.length < BATCH;
    });
    if (done) return rewritten;
  }
}
