import type { Sandbox } from '../../../electron/sandbox';
import { defaultRepaymentMapping, type GlaasRepaymentMapping } from '../../../shared/settings';
import type { FieldDeskDb } from '../../../renderer/src/db/schema';
import { emptyRow, loanIndex, postRows, type GridLoan, type GridRow } from '../../../renderer/src/features/repayments/grid';

export const confirmedMapping: GlaasRepaymentMapping = { ...defaultRepaymentMapping, confirmedAt: 1 };

/** Loans of the sandbox that have a GLAAS loan link, as the grid would know them. */
export function linkedLoans(sandbox: Sandbox, n: number): GridLoan[] {
  const links = sandbox.state.links.filter((l) => l.kind === 'loan').slice(0, n);
  if (links.length < n) throw new Error(`the sandbox has only ${links.length} linked loans`);
  return links.map((l) => ({
    loanId: l.credgenicsId,
    name: `Borrower ${l.credgenicsId}`,
    link: { requestFlowId: String(l.requestFlowId), glaasLoanId: String(l.glaasLoanId) },
  }));
}

/**
 * Credit-line customers of the sandbox served by a GLAAS line of credit (one link per line), as
 * the grid knows them once the sheet's GLAAS product column said LINE.
 */
export function lineLoans(sandbox: Sandbox, n: number): GridLoan[] {
  const seen = new Set<number>();
  const links = sandbox.state.links.filter((l) => l.kind === 'credit-line' && !seen.has(l.requestFlowId) && seen.add(l.requestFlowId)).slice(0, n);
  if (links.length < n) throw new Error(`the sandbox has only ${links.length} linked lines`);
  return links.map((l) => ({
    loanId: l.credgenicsId,
    name: `Customer ${l.credgenicsId}`,
    kind: 'credit-line',
    link: { requestFlowId: String(l.requestFlowId), glaasLoanId: String(l.glaasLoanId), line: true },
  }));
}

/** `count` valid rows spread over `loans`, amounts distinct so a double would show. */
export function gridRows(loans: readonly GridLoan[], count: number): GridRow[] {
  return Array.from({ length: count }, (_, i) => ({
    ...emptyRow(),
    loan: loans[i % loans.length]!.loanId,
    amount: String(100 + i),
    mode: 'NACH',
    date: '20/11/2026',
    reference: '',
    comment: `row ${i + 1}`,
  }));
}

export async function postGrid(db: FieldDeskDb, loans: readonly GridLoan[], rows: readonly GridRow[], now = Date.UTC(2026, 10, 21, 6)) {
  const outcome = await postRows(db, rows, { now, mapping: confirmedMapping, lookup: loanIndex(loans), today: '2026-11-21' });
  if (!outcome.ok) throw new Error(`grid refused: ${outcome.reason} ${JSON.stringify([...outcome.errors])}`);
  return outcome.lines;
}

/** Requests the sandbox saw to Loan Repayment (any outcome). */
export const repaymentRequests = (sandbox: Sandbox) =>
  sandbox.state.requests.filter((r) => r.path.endsWith('/lms/loanRepayment'));
