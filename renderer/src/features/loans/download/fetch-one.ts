import type { GetCustomerResponse, GetLoanResponse } from '../../../../../shared/credgenics';
import type { LoanKind } from '../../../../../shared/domain';
import { retryableKinds, type ApiError, type Result } from '../../../../../shared/result';
import type { LoanApi } from './port';
import { nextWaitMs, type RetryPolicy } from './retry';

/** What one loan's fetch came to, after any retries. */
export type FetchOutcome =
  | { type: 'downloaded'; loanId: string; kind: LoanKind; snapshot: GetLoanResponse | GetCustomerResponse; fetchedAt: number }
  /** The server said no for this loan (404, 400, a body we cannot read, retries used up). */
  | { type: 'failed'; loanId: string; kind: LoanKind; error: ApiError }
  /** Not this loan's fault: the whole run must stop (credentials, settings, no network). */
  | { type: 'stop'; loanId: string; reason: StopReason; error: ApiError }
  /** The run was stopped while this loan waited to retry; nothing is recorded for it. */
  | { type: 'abandoned'; loanId: string };

export type StopReason = 'auth' | 'not-configured' | 'offline';

export interface FetchDeps {
  api: LoanApi;
  retry: RetryPolicy;
  now: () => number;
  random: () => number;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Aborted when the run stops for any reason: no new try may start after that. */
  stop: AbortSignal;
  /** Called just before each request goes out (tries included), for progress and tests. */
  onAttempt?: (loanId: string, attempt: number) => void;
}

function call(api: LoanApi, loanId: string, kind: LoanKind): Promise<Result<GetLoanResponse | GetCustomerResponse>> {
  return kind === 'credit-line' ? api.getCustomer({ customerId: loanId }) : api.getLoan({ loanId });
}

/**
 * Fetches one loan, retrying only what may succeed later without a person (offline, timeout,
 * 5xx, 429). Network loss that outlives the retries stops the run rather than failing every
 * remaining loan one by one: the `online` event starts the next run.
 */
export async function fetchLoan(loanId: string, kind: LoanKind, deps: FetchDeps): Promise<FetchOutcome> {
  for (let attempt = 1; ; attempt += 1) {
    if (deps.stop.aborted) return { type: 'abandoned', loanId };
    deps.onAttempt?.(loanId, attempt);
    const result = await call(deps.api, loanId, kind);
    if (result.ok) return { type: 'downloaded', loanId, kind, snapshot: result.value, fetchedAt: deps.now() };
    const error = result.error;
    if (error.kind === 'auth' || error.kind === 'not-configured') return { type: 'stop', loanId, reason: error.kind, error };
    if (!retryableKinds.has(error.kind)) return { type: 'failed', loanId, kind, error };
    const wait = nextWaitMs(error, attempt, deps.retry, deps.random);
    if (wait === undefined) {
      return error.kind === 'offline' ? { type: 'stop', loanId, reason: 'offline', error } : { type: 'failed', loanId, kind, error };
    }
    await deps.sleep(wait, deps.stop);
  }
}
