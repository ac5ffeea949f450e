import type { LoanKind } from '../../../../../shared/domain';
import type { ApiError } from '../../../../../shared/result';
import type { FieldDeskDb } from '../../../db/schema';
import { fetchLoan, type StopReason } from './fetch-one';
import type { LoanApi } from './port';
import { abortableSleep, DEFAULT_RETRY, type RetryPolicy } from './retry';
import { createBatchWriter, DEFAULT_BATCH, type BatchOptions } from './writer';

export interface DownloadProgress {
  total: number;
  /** Loans finished in this run, downloaded or failed. */
  done: number;
  downloaded: number;
  failed: number;
  inFlight: number;
}

/**
 * Parallel Get Loan calls at once. At the sandbox's 150 ms latency on a two-core machine, 12
 * refreshes 1,000 loans in about a sixth of the 30 s budget (see test/bench/refresh.ts) while
 * staying a polite load for the platform's API.
 */
export const DEFAULT_CONCURRENCY = 12;

export interface DownloadOptions {
  api: LoanApi;
  db: FieldDeskDb;
  concurrency?: number;
  signal?: AbortSignal;
  onProgress?: (progress: DownloadProgress) => void;
  /** Which call serves a loan. Default: the kind stored on its row, else 'loan'. */
  kind?: (loanId: string) => LoanKind;
  retry?: Partial<RetryPolicy>;
  now?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  random?: () => number;
  batch?: Partial<BatchOptions>;
  /** Called just before each request goes out, retries included. */
  onAttempt?: (loanId: string, attempt: number) => void;
}

export interface DownloadResult {
  downloaded: number;
  failed: number;
  /** The caller's signal stopped the run before every loan was done. */
  cancelled: boolean;
  /** 401/403: the run stopped at once; the UI asks for credentials. */
  stoppedForAuth: boolean;
  /** The platform has no credentials or address yet: the run stopped at once. */
  notConfigured?: boolean;
  /** The network stayed away through a loan's retries: the run stopped; `online` restarts it. */
  stoppedOffline?: boolean;
  /** The error that stopped the run, in the main process's plain words, for the UI to show. */
  stopError?: ApiError;
}

/** Loans whose row has no kind are plain loans; reading in slices keeps big snapshots short-lived. */
async function storedKinds(db: FieldDeskDb, ids: readonly string[]): Promise<(loanId: string) => LoanKind> {
  const kinds = new Map<string, LoanKind>();
  for (let i = 0; i < ids.length; i += 200) {
    const rows = await db.loans.bulkGet(ids.slice(i, i + 200));
    for (const row of rows) if (row?.kind === 'credit-line') kinds.set(row.loanId, row.kind);
  }
  return (loanId) => kinds.get(loanId) ?? 'loan';
}

/**
 * Downloads the given loans into the cache with a small pool of workers (never one promise per
 * loan), retrying transient failures, stopping the whole run on auth / not-configured / lost
 * network, and writing results in batches. Whatever was fetched before a stop or a cancel is
 * written before this returns. Rejects only if the database itself fails (quota, say): those
 * errors are for the user to see, not to swallow.
 */
export async function downloadLoans(loanIds: readonly string[], options: DownloadOptions): Promise<DownloadResult> {
  const ids = [...new Set(loanIds)];
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const progress: DownloadProgress = { total: ids.length, done: 0, downloaded: 0, failed: 0, inFlight: 0 };
  const report = () => options.onProgress?.({ ...progress });

  // One internal signal for every reason to stop: the caller's cancel, auth, a write failure.
  const stop = new AbortController();
  const onCancel = () => stop.abort();
  options.signal?.addEventListener('abort', onCancel, { once: true });
  if (options.signal?.aborted) stop.abort();

  let stopped: { reason: StopReason; error: ApiError } | undefined;
  let fatal: { error: unknown } | undefined;
  const halt = (error: unknown) => {
    fatal ??= { error };
    stop.abort();
  };

  const writer = createBatchWriter(options.db, { ...DEFAULT_BATCH, ...options.batch }, halt);
  const deps = {
    api: options.api,
    retry,
    now: options.now ?? Date.now,
    random: options.random ?? Math.random,
    sleep: options.sleep ?? abortableSleep,
    stop: stop.signal,
    onAttempt: options.onAttempt,
  };

  let next = 0;
  const worker = async (kindOf: (loanId: string) => LoanKind) => {
    while (!stop.signal.aborted && next < ids.length) {
      const loanId = ids[next++]!;
      progress.inFlight += 1;
      report();
      try {
        const outcome = await fetchLoan(loanId, kindOf(loanId), deps);
        if (outcome.type === 'downloaded' || outcome.type === 'failed') {
          writer.add(outcome);
          progress.done += 1;
          progress[outcome.type] += 1;
        } else if (outcome.type === 'stop') {
          stopped ??= { reason: outcome.reason, error: outcome.error };
          stop.abort();
        }
      } catch (error) {
        // The port broke its promise never to throw (no bridge, say): stop and tell the caller.
        halt(error);
      } finally {
        progress.inFlight -= 1;
        report();
      }
    }
  };

  try {
    report();
    const kindOf = options.kind ?? (await storedKinds(options.db, ids));
    await Promise.all(Array.from({ length: Math.min(concurrency, ids.length) }, () => worker(kindOf)));
  } finally {
    options.signal?.removeEventListener('abort', onCancel);
    // Flush on the way out, whatever happened: a cancelled run keeps everything it fetched.
    await writer.close().catch((error: unknown) => halt(error));
  }
  if (fatal) throw fatal.error;

  const result: DownloadResult = {
    downloaded: progress.downloaded,
    failed: progress.failed,
    cancelled: options.signal?.aborted === true && progress.done < progress.total,
    stoppedForAuth: stopped?.reason === 'auth',
  };
  if (stopped?.reason === 'not-configured') result.notConfigured = true;
  if (stopped?.reason === 'offline') result.stoppedOffline = true;
  if (stopped) result.stopError = stopped.error;
  return result;
}
