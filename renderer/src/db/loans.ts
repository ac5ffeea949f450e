import type { CachedLoan } from '../../../shared/domain';
import { keepLessOfLoans } from '../features/loans/keep-less';
import type { FieldDeskDb } from './schema';

/**
 * The loan cache lives in two tables: `loans` (the small row the work list reads, all at once)
 * and `snapshots` (the full Get Loan answer, read by the loan page one at a time). Reading
 * 10,000 full snapshots at start-up took over a second; the rows alone take a fraction of it.
 * Everything outside this file works with whole CachedLoan records.
 */

export type LoanRow = Omit<CachedLoan, 'snapshot'>;

function rowOf(loan: CachedLoan): LoanRow {
  const { snapshot: _snapshot, ...row } = loan;
  return row;
}

/**
 * Stores loans (row and snapshot together, in one transaction). What the collections feature
 * wrote into a row's summary (last visit, promise to pay) is not Credgenics data, so a download
 * that rebuilds the summary keeps it.
 */
export async function putLoans(db: FieldDeskDb, loans: readonly CachedLoan[]): Promise<void> {
  if (loans.length === 0) return;
  loans = keepLessOfLoans(loans); // Aadhaar is masked before anything reaches the disk (issue 13).
  await db.transaction('rw', [db.loans, db.listBlocks, db.snapshots], async () => {
    const existing = await db.loans.bulkGet(loans.map((l) => l.loanId));
    const rows = loans.map((loan, i) => {
      const row = rowOf(loan);
      const before = existing[i]?.summary;
      if (!before) return row;
      const { lastVisitAt = before.lastVisitAt, promiseToPay = before.promiseToPay } = row.summary;
      return {
        ...row,
        summary: {
          ...row.summary,
          ...(lastVisitAt !== undefined ? { lastVisitAt } : {}),
          ...(promiseToPay !== undefined ? { promiseToPay } : {}),
        },
      };
    });
    await db.loans.bulkPut(rows);
    const snapshots = loans.filter((l) => l.snapshot).map((l) => ({ loanId: l.loanId, snapshot: l.snapshot! }));
    if (snapshots.length > 0) await db.snapshots.bulkPut(snapshots);
  });
}

/** One whole loan, or undefined. */
export async function getLoan(db: FieldDeskDb, loanId: string): Promise<CachedLoan | undefined> {
  const [row, snap] = await Promise.all([db.loans.get(loanId), db.snapshots.get(loanId)]);
  if (!row) return undefined;
  return snap ? { ...row, snapshot: snap.snapshot } : row;
}

/** Whole loans for these ids (missing ones are left out), in the order asked. */
export async function getLoans(db: FieldDeskDb, loanIds: readonly string[]): Promise<CachedLoan[]> {
  const [rows, snaps] = await Promise.all([db.loans.bulkGet([...loanIds]), db.snapshots.bulkGet([...loanIds])]);
  const out: CachedLoan[] = [];
  rows.forEach((row, i) => {
    if (!row) return;
    const snap = snaps[i];
    out.push(snap ? { ...row, snapshot: snap.snapshot } : row);
  });
  return out;
}

export async function deleteLoans(db: FieldDeskDb, loanIds: readonly string[]): Promise<void> {
  await db.transaction('rw', [db.loans, db.listBlocks, db.snapshots], async () => {
    await db.loans.bulkDelete([...loanIds]);
    await db.snapshots.bulkDelete([...loanIds]);
  });
}
