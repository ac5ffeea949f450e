import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DownloadProgress, DownloadResult } from './engine';

export type RefreshMode = 'all' | 'stale' | 'loans';

/** What the UI shows about refreshing: a progress bar, a Cancel, and what the last run did. */
export interface RefreshState {
  running: boolean;
  /** What the running run was asked to do. */
  mode?: RefreshMode;
  /** Cancel was pressed; in-flight fetches are finishing and being saved. */
  cancelling: boolean;
  progress: DownloadProgress;
  /** Another refresh was asked for while this one runs; it starts when this one ends. */
  queued: boolean;
  last?: DownloadResult & { mode: RefreshMode; finishedAt: number };
  /**
   * Set when a run stopped for credentials (`auth`: wrong or expired, `not-configured`: none
   * yet): the UI asks the user to sign in. Automatic refreshes wait until a manual one clears it.
   */
  needsCredentials?: 'auth' | 'not-configured';
  /** A refresh could not save (disk full, say): shown, never swallowed. */
  saveError?: string;
}

export const idleProgress: DownloadProgress = { total: 0, done: 0, downloaded: 0, failed: 0, inFlight: 0 };

/**
 * A vanilla zustand store, so the engine runs under Node without React while screens read it
 * with `useStore(controller.store, selector)`.
 */
export function createRefreshStore(): StoreApi<RefreshState> {
  return createStore<RefreshState>(() => ({ running: false, cancelling: false, queued: false, progress: idleProgress }));
}
