import { api } from '../../api';
import { db } from '../../db/schema';
import { useEngineStatus } from '../../sync/app';
import { syncPortFromBridge } from '../../sync/port';
import { linesAwaitingStatus, refreshStatuses, type RefreshOutcome } from './status-refresh';

/** How often GLAAS is asked about lines whose status may still change, while any exist. */
export const STATUS_POLL_MS = 60_000;

let running: Promise<RefreshOutcome> | undefined;

/** "Check statuses now", and the timer: one refresh at a time. */
export function refreshRepaymentStatuses(): Promise<RefreshOutcome> {
  running ??= refreshStatuses(db(), syncPortFromBridge(api)).finally(() => {
    running = undefined;
  });
  return running;
}

/**
 * Call once at start-up. Statuses are read after each sync pass that may have posted lines and
 * then every minute while some posted line is not final; with nothing waiting there is no timer.
 */
export function startStatusRefresh(win: Window = window): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const schedule = async () => {
    if (stopped || timer) return;
    if ((await linesAwaitingStatus(db()).catch(() => [])).length === 0) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (!win.navigator.onLine) return void schedule();
      void refreshRepaymentStatuses().finally(() => void schedule());
    }, STATUS_POLL_MS);
  };
  let lastPass = useEngineStatus.getState().lastPassAt;
  const unsubscribe = useEngineStatus.subscribe((status) => {
    if (status.lastPassAt === lastPass || status.syncing) return;
    lastPass = status.lastPassAt;
    void linesAwaitingStatus(db())
      .then((uids) => (uids.length > 0 && win.navigator.onLine ? refreshRepaymentStatuses() : undefined))
      .catch(() => undefined)
      .finally(() => void schedule());
  });
  void schedule();
  return () => {
    stopped = true;
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
