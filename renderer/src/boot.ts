import { applyTestSwitches } from './db/crypto/test-switch';
import { noteStorePresence } from './db/store-presence';
import { startLock } from './features/lock/lock-store';
import { preloadStartScreens } from './screens';
import { useSettingsStore } from './stores/settings';

/**
 * What the first screen waits for, started before the rest of the app is evaluated (issue 14:
 * start fast). main.tsx imports this module first, so while the browser still evaluates the
 * header, the background services and the catalogue, these are already under way: the start
 * screen's chunk, the settings and credential status, the lock (and with it the keys), and
 * whether the database is already on this laptop (db/store-presence.ts; nothing opens it
 * before the keys).
 *
 * On a page that set the test-only plaintext switch (honoured only by the browser harness),
 * `booted` settles once the switch is applied, and only then do the unlock and the first render
 * happen, so a control run really writes in clear.
 */
const bridged = typeof window !== 'undefined' && Boolean(window.fielddesk);

/** The start screen's code has arrived (or failed to: it is then fetched again as it renders). */
export const startScreensLoaded: Promise<void> = bridged ? preloadStartScreens() : Promise.resolve();

export const booted: Promise<void> = bridged ? startEarly() : Promise.resolve();

function startEarly(): Promise<void> {
  void useSettingsStore.getState().load();
  noteStorePresence();
  // Called now, not in a promise callback: microtasks wait until every module has evaluated.
  if (window.__FIELDDESK_PLAINTEXT_FOR_TESTS__ !== true) return startLock();
  return applyTestSwitches().finally(() => void startLock());
}
