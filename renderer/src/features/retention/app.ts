import { DEFAULT_RETENTION_DAYS } from '../../../../shared/settings';
import { db } from '../../db/schema';
import { useSettingsStore } from '../../stores/settings';
import { runRetention, type RetentionResult } from './run';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export const retentionDays = (): number => useSettingsStore.getState().settings?.retention?.days ?? DEFAULT_RETENTION_DAYS;

/** One pass over the app's database with today's settings. */
export function retainOnce(now = Date.now()): Promise<RetentionResult> {
  return runRetention(db(), { now, days: retentionDays() });
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
      .catch((error: unknown) => console.error('Retention: a pass failed; it will run again', error))
      .finally(() => (running = false));
  };
  check();
  const timer = win.setInterval(check, HOUR_MS);
  return () => win.clearInterval(timer);
}
