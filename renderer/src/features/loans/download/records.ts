import type { GetCustomerResponse, GetLoanResponse } from '../../../../../shared/credgenics';
import type { Assignment, CachedLoan } from '../../../../../shared/domain';
import type { LoanRow } from '../../../db/loans';
import type { ApiError } from '../../../../../shared/result';
import { summarizeLoan } from '../summary';
import type { FetchOutcome } from './fetch-one';

export type RecordedOutcome = Extract<FetchOutcome, { type: 'downloaded' | 'failed' }>;

/** The part of an ApiError worth keeping on the loan: what to tell the user, nothing more. */
export function failureOf(error: ApiError): NonNullable<CachedLoan['failure']> {
  const failure: NonNullable<CachedLoan['failure']> = { kind: error.kind, message: error.message };
  if (error.serverMessage !== undefined) failure.serverMessage = error.serverMessage;
  if (error.status !== undefined) failure.status = error.status;
  return failure;
}

/**
 * The loan to store for one outcome, given the row and snapshot stored before (if any). A
 * returned loan without `snapshot` leaves the stored snapshot as it is.
 *
 * A failed refresh never throws away data the agent can still use: a loan that was downloaded
 * before keeps its snapshot, its `fetchState: 'downloaded'` and its old `fetchedAt` (so the list
 * shows it as stale by age), and gains `failure` saying why the latest refresh did not work.
 * Only a loan that never had a snapshot becomes `fetchState: 'failed'`. A later success clears
 * `failure`. The summary is recomputed every time, so a re-import's new month or priority shows.
 */
export function rowFor(
  outcome: RecordedOutcome,
  previous: LoanRow | undefined,
  previousSnapshot: GetLoanResponse | GetCustomerResponse | undefined,
  assignments: readonly Assignment[],
): CachedLoan {
  const { loanId } = outcome;
  if (outcome.type === 'downloaded') {
    return {
      loanId,
      kind: outcome.kind,
      fetchState: 'downloaded',
      fetchedAt: outcome.fetchedAt,
      snapshot: outcome.snapshot,
      summary: summarizeLoan(loanId, outcome.snapshot, assignments),
    };
  }
  const failure = failureOf(outcome.error);
  if (previous !== undefined && previousSnapshot !== undefined) {
    return { ...previous, fetchState: 'downloaded', failure, summary: summarizeLoan(loanId, previousSnapshot, assignments) };
  }
  return { loanId, kind: outcome.kind, fetchState: 'failed', failure, summary: summarizeLoan(loanId, undefined, assignments) };
}
