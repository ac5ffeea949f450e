import { liveQuery } from 'dexie';
import { create } from 'zustand';
import { api } from '../api';
import { db } from '../db/schema';
import { SyncEngine, type EngineStatus } from './engine';
import { memoryLocks, webLocks } from './lock';
import { hasFreshPending } from './outbox-store';
import { syncPortFromBridge } from './port';
import type { OutboxPlatform } from './types';

/** The engine's own state for the header and the Sync screen (items themselves live in Dexie). */
export const useEngineStatus = create<EngineStatus>(() => ({
  syncing: false,
  checking: [],
  unreachable: false,
  pausedPlatforms: [],
}));

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
