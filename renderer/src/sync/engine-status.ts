import { create } from 'zustand';
import type { EngineStatus } from './engine';

/**
 * The engine's own state for the header and the Sync screen (items themselves live in Dexie).
 * A module of its own, apart from sync/app.ts, so the header's indicator does not pull the
 * engine, the outbox store and the platform port into the first screen's scripts: the engine
 * starts after the first paint (background-senders), and this store says "idle" until then.
 */
export const useEngineStatus = create<EngineStatus>(() => ({
  syncing: false,
  checking: [],
  unreachable: false,
  pausedPlatforms: [],
}));
