import { readWorkList } from '../../db/work-list';
import type { FieldDeskDb } from '../../db/schema';
import { glaasLinkOf, isLineOfCredit } from '../loans/glaas/link';
import type { GridLoan } from './grid';

/** Every loan on this laptop with its GLAAS link: what the grid can search and post to. */
export async function loadGridLoans(db: FieldDeskDb): Promise<GridLoan[]> {
  const [loans, assignments] = await Promise.all([readWorkList(db), db.assignments.toArray()]);
  const byLoan = new Map<string, typeof assignments>();
  for (const a of assignments) byLoan.set(a.loanId, [...(byLoan.get(a.loanId) ?? []), a]);
  return loans.map((loan) => {
    const found = glaasLinkOf(byLoan.get(loan.loanId) ?? []);
    // Resolved once here: the grid shows it, and posting sends the line to the right endpoint.
    const link = found ? { ...found, line: isLineOfCredit(found, loan.kind) } : undefined;
    const allocationMonth = loan.summary.allocationMonth || byLoan.get(loan.loanId)?.[0]?.allocationMonth;
    return { loanId: loan.loanId, name: loan.summary.name, kind: loan.kind, ...(allocationMonth ? { allocationMonth } : {}), ...(link ? { link } : {}) };
  });
}
