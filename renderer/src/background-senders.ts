import { startLoanRefresh } from './features/loans/download/app';
import { purgeOnStart } from './features/loans/purge-app';
import { registerFeatureOutboxKinds } from './features/outbox-kinds';
import { startStatusRefresh } from './features/repayments/status-app';
import { startRetention } from './features/retention/app';
import { useSettingsStore } from './stores/settings';
import { startSync } from './sync/app';
import { outboxKinds } from './sync/kinds';

/**
 * The services that send, fetch and tidy in the background, in their own chunk: the first
 * screen does not wait for their code (issue 14: start fast), and they start a moment after it,
 * once the store is open. Returns what stops them all.
 */
export function startBackgroundSenders(win: Window): () => void {
  // Before the sync engine's first pass: it learns every outbox kind from the features.
  registerFeatureOutboxKinds(outboxKinds, () => useSettingsStore.getState().settings);
  const stops = [
    // The outbox sends what was captured, now and whenever the network or the timer allows.
    startSync(win),
    // GLAAS repayment statuses are read until final, in batches, only while some are not.
    startStatusRefresh(win),
    // Downloads stale loans at start and on reconnect, and whatever an import allocates.
    startLoanRefresh(win),
  ];
  // These two need the settings (how long to keep allocations, sent items and photos).
  let stopRetention: (() => void) | undefined;
  const onceSettingsLoaded = () => {
    if (stopRetention || !useSettingsStore.getState().settings) return;
    // Old allocations leave the laptop once settings say how long to keep them.
    void purgeOnStart().catch(() => undefined);
    // Keep less (issue 13): sent items, old photos and settled old days go after the retention period.
    stopRetention = startRetention(win);
  };
  const unsubscribe = useSettingsStore.subscribe(onceSettingsLoaded);
  onceSettingsLoaded();
  return () => {
    unsubscribe();
    stopRetention?.();
    for (const stop of stops) stop();
  };
}
