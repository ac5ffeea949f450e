import type { Assignment } from '../../../../../shared/domain';
import { monthKey } from '../summary';

export interface GlaasLinkIds {
  glaasLoanId?: string;
  requestFlowId?: string;
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
  const link: GlaasLinkIds = {};
  if (glaasLoanId !== undefined) link.glaasLoanId = glaasLoanId;
  if (requestFlowId !== undefined) link.requestFlowId = requestFlowId;
  return link;
}
