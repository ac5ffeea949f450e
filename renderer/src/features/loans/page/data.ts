import type { Assignment, CachedLoan, GlaasLoanCache } from '../../../../../shared/domain';
import { getLoan } from '../../../db/loans';
import type { FieldDeskDb } from '../../../db/schema';

export interface LoanPageData {
  /** null: this loan is not on the laptop at all. */
  loan: CachedLoan | null;
  assignments: Assignment[];
  glaas: GlaasLoanCache | null;
}

/**
 * Everything the page shows, read in one go so a live query re-reads it when any part changes
 * (the loan's row, its snapshot, its allocations, its GLAAS cache).
 */
export async function readLoanPageData(database: FieldDeskDb, loanId: string): Promise<LoanPageData> {
  const [loan, assignments, glaas] = await Promise.all([
    getLoan(database, loanId),
    database.assignments.where('loanId').equals(loanId).toArray(),
    database.glaas.get(loanId),
  ]);
  return { loan: loan ?? null, assignments, glaas: glaas ?? null };
}

/** A loan has a GLAAS side when its allocation names the GLAAS loan or application. */
export function isGlaasLinked(assignments: readonly Assignment[]): boolean {
  return assignments.some((a) => Boolean(a.glaasLoanId?.trim() || a.requestFlowId?.trim()));
}

export type IdentityKind = 'aadhaar' | 'pan';

/**
 * The audit entry written before an identity number is shown. The detail is fixed English
 * because it is a record for auditors, not a message for the agent.
 */
export async function recordIdentityReveal(
  database: FieldDeskDb,
  loanId: string,
  kind: IdentityKind,
  at: number,
): Promise<void> {
  await database.audit.add({
    at,
    kind: 'reveal-identity',
    loanId,
    detail: kind === 'aadhaar' ? 'Aadhaar shown' : 'PAN shown',
  });
}
