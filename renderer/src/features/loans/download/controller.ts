import type { StoreApi } from 'zustand/vanilla';
import type { FieldDeskDb } from '../../../db/schema';
import { downloadLoans, type DownloadOptions, type DownloadProgress, type DownloadResult } from './engine';
import { needsRefresh, staleFirst } from './policy';
import type { LoanApi } from './port';
import { freshnessRefs } from './selection';
import { createRefreshStore, idleProgress, type RefreshMode, type RefreshState } from './store';

export type RefreshControllerOptions = {
  api: LoanApi;
  db: FieldDeskDb;
  /**
   * Least time between progress updates in the store (default 100 ms): a dozen answers a
   * second need not mean a dozen renders a second. The first and the last always show.
   */
  progressEveryMs?: number;
} & Omit<DownloadOptions, 'api' | 'db' | 'signal' | 'onProgress'>;

/** Anything with online events: `window` in the app, an EventTarget in tests. */
export interface AutoRefreshTarget {
  addEventListener(type: 'online', listener: () => void): void;
  removeEventListener(type: 'online', listener: () => void): void;
  /** `window.navigator`: when it says offline, the start-up refresh waits for `online`. */
  navigator?: { onLine?: boolean };
}

export interface RefreshController {
  /** For screens: `useStore(controller.store, (s) => s.progress)`. */
  readonly store: StoreApi<RefreshState>;
  getState(): RefreshState;
  subscribe(listener: (state: RefreshState, previous: RefreshState) => void): () => void;
  /** "Refresh all": every allocated loan, stale first. */
  refreshAll(): Promise<DownloadResult>;
  /** Never downloaded, failed, or older than a day; stale first. */
  refreshStale(): Promise<DownloadResult>;
  /** Particular loans: an import's new rows, or the loan page's "Refresh". */
  refreshLoans(loanIds: readonly string[]): Promise<DownloadResult>;
  /** Stops the running refresh (in-flight fetches finish and are saved) and drops any queued one. */
  cancel(): void;
  /** Refreshes stale loans now and on every `online` event; returns a function that stops it. */
  startAutoRefresh(target: AutoRefreshTarget): () => void;
}

interface Run {
  mode: RefreshMode;
  /** Known once the run has chosen its loans. */
  ids?: ReadonlySet<string>;
  abort: AbortController;
  promise: Promise<DownloadResult>;
}

/** Requests that arrived while a run could not cover them, merged into one follow-up run. */
interface Queued {
  all: boolean;
  /** For "all": loans fetched successfully after this moment are not fetched again. */
  allSince: number;
  stale: boolean;
  ids: Set<string>;
  promise: Promise<DownloadResult>;
  resolve: (r: DownloadResult) => void;
  reject: (e: unknown) => void;
}

type Ask = { mode: 'all' } | { mode: 'stale' } | { mode: 'loans'; ids: readonly string[] };

const nothingDone = (patch: Partial<DownloadResult> = {}): DownloadResult => ({
  downloaded: 0,
  failed: 0,
  cancelled: false,
  stoppedForAuth: false,
  ...patch,
});

/**
 * Single-flight refreshing for the whole app. A request that the running refresh already
 * covers joins it (same promise, no second request for any loan); one it does not cover (say
 * "Refresh all" during the start-up stale refresh) is queued and runs right after, skipping
 * what was fetched meanwhile. Auto refresh listens for events only: it never polls.
 */
export function createRefreshController(options: RefreshControllerOptions): RefreshController {
  const { api, db, progressEveryMs = 100, ...downloadOptions } = options;
  const now = options.now ?? Date.now;
  const store = createRefreshStore();
  let current: Run | undefined;
  let queued: Queued | undefined;

  const covers = (run: Run, ask: Ask): boolean => {
    if (run.mode === 'all') return true;
    if (ask.mode === 'stale') return run.mode === 'stale';
    if (ask.mode === 'loans') return run.ids !== undefined && ask.ids.every((id) => run.ids!.has(id));
    return false;
  };

  const pickIds = async (work: { all: boolean; allSince?: number; stale: boolean; ids: ReadonlySet<string> }) => {
    if (!work.all && !work.stale) return [...work.ids];
    const t = now();
    const refs = await freshnessRefs(db);
    const chosen = refs.filter((r) => {
      if (work.ids.has(r.loanId)) return true;
      if (work.all) return !(work.allSince !== undefined && r.fetchedAt !== undefined && r.fetchedAt >= work.allSince);
      return needsRefresh(r, t);
    });
    const known = new Set(refs.map((r) => r.loanId));
    const extra = [...work.ids].filter((id) => !known.has(id));
    return [...extra, ...staleFirst(chosen, t).map((r) => r.loanId)];
  };

  const execute = (mode: RefreshMode, work: Parameters<typeof pickIds>[0]): Run => {
    const abort = new AbortController();
    const run: Run = { mode, abort, promise: Promise.resolve(nothingDone()) };
    if (mode === 'loans') run.ids = new Set(work.ids);
    store.setState({ running: true, mode, cancelling: false, progress: idleProgress, saveError: undefined });
    const progress = throttled((p: DownloadProgress) => store.setState({ progress: p }), progressEveryMs);
    run.promise = (async () => {
      try {
        const ids = await pickIds(work);
        run.ids = new Set(ids);
        const result = await downloadLoans(ids, {
          ...downloadOptions,
          api,
          db,
          signal: abort.signal,
          onProgress: progress.push,
        });
        progress.flush();
        store.setState({
          last: { ...result, mode, finishedAt: now() },
          needsCredentials: result.stoppedForAuth ? 'auth' : result.notConfigured ? 'not-configured' : undefined,
        });
        return result;
      } catch (error) {
        store.setState({ saveError: error instanceof Error ? error.message : String(error) });
        throw error;
      } finally {
        progress.flush();
        current = undefined;
        store.setState({ running: false, cancelling: false, mode: undefined });
        startQueued();
      }
    })();
    return run;
  };

  /** After a run ends: start what was queued, unless the run just showed it cannot succeed. */
  const startQueued = () => {
    const next = queued;
    if (!next) return;
    queued = undefined;
    store.setState({ queued: false });
    const last = store.getState().last;
    if (last && (last.stoppedForAuth || last.notConfigured || last.stoppedOffline)) {
      const { stoppedForAuth, notConfigured, stoppedOffline, stopError } = last;
      next.resolve(nothingDone({ stoppedForAuth, notConfigured, stoppedOffline, stopError }));
      return;
    }
    const mode: RefreshMode = next.all ? 'all' : next.stale ? 'stale' : 'loans';
    current = execute(mode, next);
    current.promise.then(next.resolve, next.reject);
  };

  const request = (ask: Ask): Promise<DownloadResult> => {
    if (current && covers(current, ask)) return current.promise;
    if (!current) {
      current = execute(ask.mode, {
        all: ask.mode === 'all',
        stale: ask.mode === 'stale',
        ids: new Set(ask.mode === 'loans' ? ask.ids : []),
      });
      return current.promise;
    }
    if (!queued) {
      let resolve!: (r: DownloadResult) => void;
      let reject!: (e: unknown) => void;
      const promise = new Promise<DownloadResult>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      queued = { all: false, allSince: now(), stale: false, ids: new Set(), promise, resolve, reject };
      store.setState({ queued: true });
    }
    if (ask.mode === 'all' && !queued.all) {
      queued.all = true;
      queued.allSince = now();
    }
    if (ask.mode === 'stale') queued.stale = true;
    if (ask.mode === 'loans') for (const id of ask.ids) queued.ids.add(id);
    return queued.promise;
  };

  /** Manual requests clear a credentials stop: the user presses Refresh after fixing them. */
  const manual = (ask: Ask) => {
    if (store.getState().needsCredentials) store.setState({ needsCredentials: undefined });
    return request(ask);
  };

  /** Automatic requests wait for the user while credentials are wrong: no 401 on every reconnect. */
  const automatic = () => {
    if (store.getState().needsCredentials) return;
    // Failures are in the store (saveError, last); an event handler has no one to tell.
    request({ mode: 'stale' }).catch(() => undefined);
  };

  return {
    store,
    getState: () => store.getState(),
    subscribe: (listener) => store.subscribe(listener),
    refreshAll: () => manual({ mode: 'all' }),
    refreshStale: () => manual({ mode: 'stale' }),
    refreshLoans: (loanIds) => (loanIds.length === 0 ? Promise.resolve(nothingDone()) : manual({ mode: 'loans', ids: loanIds })),
    cancel() {
      if (queued) {
        queued.resolve(nothingDone({ cancelled: true }));
        queued = undefined;
        store.setState({ queued: false });
      }
      if (current && !current.abort.signal.aborted) {
        current.abort.abort();
        store.setState({ cancelling: true });
      }
    },
    startAutoRefresh(target) {
      const onOnline = () => automatic();
      target.addEventListener('online', onOnline);
      // onLine false is a reliable "no network"; true proves nothing, so only false holds back.
      if (target.navigator?.onLine !== false) automatic();
      return () => target.removeEventListener('online', onOnline);
    },
  };
}

/** Passes the first value on at once, then at most one every `everyMs`, always the latest. */
function throttled<T>(emit: (value: T) => void, everyMs: number) {
  let last = Number.NEGATIVE_INFINITY;
  let pending: { value: T } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    const { value } = pending;
    pending = undefined;
    last = Date.now();
    emit(value);
  };
  const push = (value: T) => {
    pending = { value };
    if (everyMs <= 0 || Date.now() - last >= everyMs) flush();
    else timer ??= setTimeout(flush, everyMs - (Date.now() - last));
  };
  return { push, flush };
}
