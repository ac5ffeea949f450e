import { api } from '../../api';
import { lockNow } from './lock-store';

/** If the main process cannot say (an error), asking again at once would spin: wait this long. */
const RETRY_AFTER_ERROR_MS = 60_000;

let watching = false;

/**
 * Sleep and the OS screen lock lock FieldDesk too. The main process answers one wait per event,
 * so the question is asked again after each. Once per page: a second watcher would only race
 * the first for the same event.
 */
export function watchSystemLock(): void {
  if (watching) return;
  watching = true;
  void (async () => {
    for (;;) {
      const event = await api.lock.waitForSystemLock();
      if (event.ok) await lockNow();
      else await new Promise((resolve) => window.setTimeout(resolve, RETRY_AFTER_ERROR_MS));
    }
  })();
}
