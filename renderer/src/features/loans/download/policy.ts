import type { CachedLoan } from '../../../../../shared/domain';

/** Data older than this is shown as stale and refreshed at start and on reconnect. */
export const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** What ordering needs to know of a loan: the controller builds these from indexes alone. */
export type FreshnessRef = Pick<CachedLoan, 'loanId' | 'fetchState' | 'fetchedAt'> & Partial<Pick<CachedLoan, 'failure'>>;

/**
 * A fetchedAt later than now means the laptop's clock moved back since: the age is unknown,
 * so such data counts as stale rather than as fresh for days.
 */
function ageMs(fetchedAt: number, now: number): number {
  return fetchedAt > now ? Number.POSITIVE_INFINITY : now - fetchedAt;
}

/** Never downloaded, or downloaded more than 24 h ago. */
export function isStale(loan: Pick<CachedLoan, 'fetchedAt'>, now: number): boolean {
  return loan.fetchedAt === undefined || ageMs(loan.fetchedAt, now) > STALE_AFTER_MS;
}

/** Worth fetching in a stale-only run: stale, or its last download failed. */
export function needsRefresh(loan: FreshnessRef, now: number): boolean {
  return isStale(loan, now) || loan.fetchState === 'failed' || loan.failure !== undefined;
}

function rank(loan: FreshnessRef): number {
  if (loan.fetchedAt === undefined) return 0; // nothing to show at all: pending, or failed before any snapshot
  if (loan.fetchState === 'failed' || loan.failure !== undefined) return 1; // showing data whose refresh failed
  return 2;
}

/**
 * The order a refresh fetches in, so the loans an agent cannot see at all come first and a
 * cancelled or interrupted run has spent its time where it helped most: never downloaded and
 * failed first, then the oldest data first. Ties keep loan-id order so runs are repeatable.
 */
export function staleFirst<T extends FreshnessRef>(loans: readonly T[], now: number): T[] {
  const age = (l: T) => (l.fetchedAt === undefined ? Number.POSITIVE_INFINITY : ageMs(l.fetchedAt, now));
  return [...loans].sort(
    (a, b) => rank(a) - rank(b) || age(b) - age(a) || (a.loanId < b.loanId ? -1 : a.loanId > b.loanId ? 1 : 0),
  );
}
