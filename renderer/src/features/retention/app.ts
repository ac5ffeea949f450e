import { DEFAULT_RETENTION_DAYS } from '../../../../shared/settings';
import { db } from '../../db/schema';
import { useSettingsStore } from '../../stores/settings';
import { remaskStoredSnapshots } from './remask';
import { runRetention, type RetentionResult } from './run';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export const retentionDays = (): number => useSettingsStore.getState().settings?.retention?.days ?? DEFAULT_RETENTION_DAYS;

/** One pass over the app's database with today's settings. */
export function retainOnce(now = Date.now()): Promise<RetentionResult> {
  return runRetention(db(), { now, days: retentionDays() });
}

/**
 * Answers stored by an older build are masked once, after the first retention pass; the mark
 * stops later starts from reading every answer again (new answers are masked when stored).
 */
const REMASKED_KEY = 'fielddesk.keepless.aadhaar-remasked';
const remaskDone = (): boolean => {
  try {
    return globalThis.localStorage?.getItem(REMASKED_KEY) === '1';
  } catch {
    return false;
  }
};
async function remaskOnce(): Promise<void> {
  if (remaskDone()) return;
  await remaskStoredSnapshots(db());
  try {
    globalThis.localStorage?.setItem(REMASKED_KEY, '1');
  } catch {
    // No storage: the pass runs again next start, which is harmless.
  }
}

/**
 * Call once at start-up (after the settings have loaded): keeps less at once, then once a day.
 * A laptop that sleeps through the day's timer catches up on the next hourly check. Returns a
 * function that stops it. A failed pass is retried at the next check; it never stops the app.
 */
export function startRetention(win: Pick<Window, 'setInterval' | 'clearInterval'> = window, now: () => number = Date.now): () => void {
  let lastRun = 0;
  let running = false;
  const check = () => {
    if (running || now() - lastRun < DAY_MS) return;
    running = true;
    retainOnce(now())
      .then(() => (lastRun = now()))
      .then(remaskOnce)
      .catch((error: unknown) => console.error('Retention: a pass failed; it will run again', error))
      .finally(() => {
        running = false;
        // Tests that write records behind the app's back wait for this (test/support/seed-outbox.ts).
        performance.mark('fielddesk:retention-pass');
      });
  };
  check();
  const timer = win.setInterval(check, HOUR_MS);
  return () => win.clearInterval(timer);
}
