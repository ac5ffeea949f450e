import type { FieldDeskDb } from '../../db/schema';

/**
 * The borrower's name for an application, to compare with what OCR read: from the loan it was
 * opened from, else from a loan on this laptop linked to the same GLAAS application.
 */
export async function borrowerNameFor(db: FieldDeskDb, requestFlowId: string, loanId?: string): Promise<string | undefined> {
  let id = loanId;
  if (!id) {
    const linked = await db.assignments.filter((a) => String(a.requestFlowId ?? '') === requestFlowId).first();
    id = linked?.loanId;
  }
  if (!id) return undefined;
  const name = (await db.loans.get(id))?.summary.name.trim();
  return name || undefined;
}
