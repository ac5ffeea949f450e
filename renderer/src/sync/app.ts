import { liveQuery } from 'dexie';
import { api } from '../api';
import { db } from '../db/schema';
import { SyncEngine } from './engine';
import { useEngineStatus } from './engine-status';
import { memoryLocks, webLocks } from './lock';
import { hasFreshPending } from './outbox-store';
import { syncPortFromBridge } from './port';
import type { OutboxPlatform } from './types';

/** Re-exported for the Sync screen and the features that already load the engine. */
export { useEngineStatus };

let engine: SyncEngine | undefined;

export function syncEngine(): SyncEngine {
  engine ??= new SyncEngine({
    db: db(),
    port: syncPortFromBridge(api),
    lock: typeof navigator !== 'undefined' && navigator.locks ? webLocks(navigator.locks) : memoryLocks(),
    onStatus: (status) => useEngineStatus.setState(status, true),
  });
  return engine;
}

/** "Sync now". */
export const syncNow = (): Promise<void> => syncEngine().syncNow();

/** Settings saved new credentials for a platform: anything of it waiting for sign-in goes again. */
export const resumeSyncAfterSignIn = (platform?: OutboxPlatform): Promise<void> => syncEngine().resumeAfterSignIn(platform);

/**
 * Call once at start-up. Triggers: now (start-up, which also checks anything a crash left
 * half-sent), the `online` event, new work becoming due (a capture, a retry from the Sync
 * screen), and the engine's own timer for backed-off items. There is no polling while idle.
 */
export function startSync(win: Window = window): () => void {
  const sync = syncEngine();
  void navigator.storage?.persist?.().catch(() => undefined);
  void sync.kick();
  const onOnline = () => void sync.syncNow();
  win.addEventListener('online', onOnline);
  // New pending work (nextAttemptAt 0: fresh captures, retries, edits) wakes the engine.
  const fresh = liveQuery(() => hasFreshPending(db())).subscribe({
    next: (waiting) => {
      if (waiting) void sync.kick();
    },
    error: () => undefined,
  });
  return () => {
    win.removeEventListener('online', onOnline);
    fresh.unsubscribe();
  };
}
