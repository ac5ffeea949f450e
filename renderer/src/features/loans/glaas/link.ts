import type { Assignment } from '../../../../../shared/domain';
import { monthKey } from '../summary';

export interface GlaasLinkIds {
  glaasLoanId?: string;
  requestFlowId?: string;
  /** What the allocation sheet (or a person) said: a line of credit, or a term loan. */
  line?: boolean;
}

/**
 * Is the GLAAS account a line of credit? What the sheet or a person said wins. Otherwise a
 * Credgenics credit-line customer is served by a GLAAS line, and anything else is a term loan
 * (the common case: an application with its loan). Lines get Line Details and Line Repayment;
 * term loans never do.
 */
export function isLineOfCredit(link: GlaasLinkIds | undefined, kind?: 'loan' | 'credit-line'): boolean {
  if (!link?.requestFlowId) return false;
  return link.line ?? kind === 'credit-line';
}

/**
 * Where a loan's GLAAS ids live: on its assignments, as the allocation import brought them. A
 * later month's import wins; each id is taken from the latest assignment that carries it, since
 * one sheet may give only the loan id and another only the request flow id.
 */
export function glaasLinkOf(assignments: readonly Assignment[]): GlaasLinkIds | undefined {
  const latestFirst = [...assignments].sort((a, b) => monthKey(b.allocationMonth) - monthKey(a.allocationMonth));
  const glaasLoanId = latestFirst.find((a) => a.glaasLoanId?.trim())?.glaasLoanId?.trim();
  const requestFlowId = latestFirst.find((a) => a.requestFlowId?.trim())?.requestFlowId?.trim();
  if (glaasLoanId === undefined && requestFlowId === undefined) return undefined;
  const line = latestFirst.find((a) => a.glaasLine !== undefined)?.glaasLine;
  const link: GlaasLinkIds = {};
  if (glaasLoanId !== undefined) link.glaasLoanId = glaasLoanId;
  if (requestFlowId !== undefined) link.requestFlowId = requestFlowId;
  if (line !== undefined) link.line = line;
  return link;
}
