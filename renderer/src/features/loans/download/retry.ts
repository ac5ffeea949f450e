import type { ApiError } from '../../../../../shared/result';

/** How hard one loan is tried within one run. Later runs (reconnect, start-up) try again. */
export interface RetryPolicy {
  /** Total tries, the first included. */
  attempts: number;
  baseMs: number;
  capMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseMs: 500, capMs: 8000 };

/**
 * Full jitter (a random wait between 0 and the exponential ceiling): when a server hiccup fails
 * many parallel fetches at once, their retries spread out instead of arriving together again.
 * `retry` counts from 1 (the wait before the second try).
 */
export function backoffMs(retry: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}

/**
 * The wait before the next try, or undefined when this run should not try again: a server
 * asking for a longer pause than our cap is not hammered, the next refresh picks the loan up.
 * Retry-After is a floor: we never come back sooner than the server asked.
 */
export function nextWaitMs(error: ApiError, retry: number, policy: RetryPolicy, random: () => number): number | undefined {
  if (retry >= policy.attempts) return undefined;
  const jitter = backoffMs(retry, policy, random);
  if (error.retryAfterMs === undefined) return jitter;
  if (error.retryAfterMs > policy.capMs) return undefined;
  return Math.max(jitter, error.retryAfterMs);
}

/** A sleep that ends early (resolving, not rejecting) when the run is stopped. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
