import type { FieldDeskDb } from '../../../db/schema';
import { glaasLinkOf, isLineOfCredit, type GlaasLinkIds } from './link';

/** GLAAS ids are positive whole numbers (the API takes them as numbers). */
export const GLAAS_ID = /^[1-9]\d{0,17}$/;

/**
 * Links a loan to GLAAS by hand (the loan page, the deposit form): the ids are written on every
 * assignment of the loan, where the allocation import would have put them, and audited.
 * Answers false when the loan has no assignment on this laptop to carry the link.
 */
export async function saveGlaasLink(db: FieldDeskDb, loanId: string, link: GlaasLinkIds, now = Date.now()): Promise<boolean> {
  const requestFlowId = link.requestFlowId?.trim();
  const glaasLoanId = link.glaasLoanId?.trim();
  if (requestFlowId !== undefined && requestFlowId !== '' && !GLAAS_ID.test(requestFlowId)) throw new Error('not a GLAAS id');
  if (glaasLoanId !== undefined && glaasLoanId !== '' && !GLAAS_ID.test(glaasLoanId)) throw new Error('not a GLAAS id');
  return db.transaction('rw', [db.assignments, db.audit], async () => {
    const before = glaasLinkOf(await db.assignments.where('loanId').equals(loanId).toArray());
    const changed = await db.assignments
      .where('loanId')
      .equals(loanId)
      .modify((a) => {
        if (requestFlowId) a.requestFlowId = requestFlowId;
        if (glaasLoanId) a.glaasLoanId = glaasLoanId;
      });
    if (changed === 0) return false;
    await db.audit.add({
      at: now,
      kind: 'link-glaas',
      loanId,
      detail: `GLAAS link set by hand: request flow ${before?.requestFlowId ?? '—'} → ${requestFlowId || before?.requestFlowId || '—'}, loan ${before?.glaasLoanId ?? '—'} → ${glaasLoanId || before?.glaasLoanId || '—'}`,
    });
    return true;
  });
}

/**
 * The GLAAS link of each loan, read from its assignments, with `line` resolved (the sheet's
 * word, else whether the loan is a credit-line customer), so repayments pick the right endpoint.
 */
export async function linksOf(db: FieldDeskDb, loanIds: readonly string[]): Promise<Map<string, GlaasLinkIds>> {
  const [assignments, loans] = await Promise.all([
    db.assignments.where('loanId').anyOf([...loanIds]).toArray(),
    db.loans.bulkGet([...new Set(loanIds)]),
  ]);
  const kindOf = new Map(loans.flatMap((loan) => (loan ? [[loan.loanId, loan.kind] as const] : [])));
  const links = new Map<string, GlaasLinkIds>();
  for (const loanId of new Set(loanIds)) {
    const link = glaasLinkOf(assignments.filter((a) => a.loanId === loanId));
    if (link) links.set(loanId, { ...link, line: isLineOfCredit(link, kindOf.get(loanId)) });
  }
  return links;
}
