import { afterEach, describe, expect, it } from 'vitest';
import { createRefreshController } from '../../../renderer/src/features/loans/download/controller';
import { putLoans } from '../../../renderer/src/db/loans';
import type { RefreshState } from '../../../renderer/src/features/loans/download/store';
import { allocate, freshDb, loanIds, startTraining, watched, type Training } from './helpers';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 21, 6);

let training: Training | undefined;
afterEach(async () => {
  await training?.close();
  training = undefined;
});

/** A book of 12 allocated loans: 4 never downloaded, 4 downloaded 30 h ago, 4 downloaded 1 h ago. */
async function book(t: Training) {
  const db = freshDb();
  const ids = loanIds(12);
  await allocate(db, ids, t.sandbox.state.dataset.allocationMonths.current);
  const rows = await db.loans.bulkGet(ids);
  await putLoans(
    db,
    rows.slice(4).map((row, i) => ({ ...row!, fetchState: 'downloaded', fetchedAt: NOW - (i < 4 ? 30 + i : 1) * HOUR })),
  );
  return { db, ids, never: ids.slice(0, 4), stale: ids.slice(4, 8), fresh: ids.slice(8) };
}

describe('refresh controller', () => {
  it('refreshAll fetches every allocated loan once, stale first, and reports progress to subscribers', async () => {
    training = await startTraining();
    const { db, ids, never, stale } = await book(training);
    const { port, stats } = watched(training.api);
    const controller = createRefreshController({ api: port, db, now: () => NOW, concurrency: 1, progressEveryMs: 0 });
    const states: RefreshState[] = [];
    const unsubscribe = controller.subscribe((s) => states.push(s));

    const result = await controller.refreshAll();
    unsubscribe();

    expect(result).toMatchObject({ downloaded: 12, failed: 0, cancelled: false });
    expect(stats.calls).toEqual([...never, ...[...stale].reverse(), ...ids.slice(8)]);
    expect(states[0]).toMatchObject({ running: true, mode: 'all' });
    expect(states.some((s) => s.progress.done === 6 && s.progress.total === 12)).toBe(true);
    expect(controller.getState()).toMatchObject({ running: false, progress: { done: 12, total: 12 }, last: { mode: 'all', downloaded: 12 } });
  });

  it('coalesces progress updates for the UI, always showing the last', async () => {
    training = await startTraining();
    const db = freshDb();
    await allocate(db, loanIds(40), '2026-10-01');
    const controller = createRefreshController({ api: training.api, db, progressEveryMs: 60_000 });
    const updates: number[] = [];
    controller.subscribe((s, prev) => s.progress !== prev.progress && updates.push(s.progress.done));
    await controller.refreshAll();
    expect(updates.length).toBeLessThanOrEqual(3);
    expect(controller.getState().progress).toEqual({ total: 40, done: 40, downloaded: 40, failed: 0, inFlight: 0 });
  });

  it('is single-flight: a second refreshAll joins the running one, with no double requests', async () => {
    training = await startTraining({ faults: { latencyMs: 5 } });
    const { db } = await book(training);
    const { port, stats } = watched(training.api);
    const controller = createRefreshController({ api: port, db, now: () => NOW });
    const first = controller.refreshAll();
    const second = controller.refreshAll();
    const stale = controller.refreshStale();
    expect(second).toBe(first);
    expect(stale).toBe(first);
    await first;
    expect(stats.calls).toHaveLength(12);
    expect(new Set(stats.calls).size).toBe(12);
  });

  it('refreshStale fetches only never-downloaded, failed and old loans', async () => {
    training = await startTraining();
    const { db, never, stale } = await book(training);
    const { port, stats } = watched(training.api);
    const controller = createRefreshController({ api: port, db, now: () => NOW, concurrency: 1 });
    await controller.refreshStale();
    expect(stats.calls).toEqual([...never, ...[...stale].reverse()]);
  });

  it('"Refresh all" during a stale refresh runs right after it, skipping what was just fetched', async () => {
    training = await startTraining({ faults: { latencyMs: 5 } });
    const { db, fresh } = await book(training);
    const { port, stats } = watched(training.api);
    let clock = NOW;
    const controller = createRefreshController({ api: port, db, now: () => clock++ });
    const stale = controller.refreshStale();
    const all = controller.refreshAll();
    expect(all).not.toBe(stale);
    expect(controller.getState().queued).toBe(true);
    expect((await stale).downloaded).toBe(8);
    expect((await all).downloaded).toBe(4);
    expect(stats.calls.slice(8).sort()).toEqual(fresh);
    expect(new Set(stats.calls).size).toBe(12);
  });

  it('refreshLoans fetches just those loans (the loan page, an import)', async () => {
    training = await startTraining();
    const db = freshDb();
    const { port, stats } = watched(training.api);
    const controller = createRefreshController({ api: port, db });
    const result = await controller.refreshLoans(['FD100009', 'FD100003']);
    expect(result.downloaded).toBe(2);
    expect(stats.calls).toEqual(['FD100009', 'FD100003']);
  });

  it('cancel stops the run and drops what was queued', async () => {
    training = await startTraining({ faults: { latencyMs: 10 } });
    const { db } = await book(training);
    const { port, stats } = watched(training.api);
    const controller = createRefreshController({ api: port, db, now: () => NOW, concurrency: 1, progressEveryMs: 0 });
    const unsubscribe = controller.subscribe((s) => {
      if (s.progress.done === 2) controller.cancel();
    });
    const running = controller.refreshStale();
    const queued = controller.refreshLoans(['FD100050']);
    expect(await queued).toMatchObject({ cancelled: true, downloaded: 0 });
    expect(await running).toMatchObject({ cancelled: true, downloaded: 2 });
    unsubscribe();
    expect(stats.calls).toHaveLength(2);
    expect(controller.getState()).toMatchObject({ running: false, cancelling: false, queued: false, last: { cancelled: true } });
  });

  it('a 401 sets needsCredentials; automatic refreshes then wait until a manual one', async () => {
    training = await startTraining();
    const { db } = await book(training);
    const { port, stats } = watched(training.api);
    const controller = createRefreshController({ api: port, db, now: () => NOW, concurrency: 1 });
    training.sandbox.setFaults({ failNextAuth: 1 });
    const result = await controller.refreshStale();
    expect(result.stoppedForAuth).toBe(true);
    expect(controller.getState().needsCredentials).toBe('auth');
    expect(stats.calls).toHaveLength(1);

    const events = new EventTarget();
    const stop = controller.startAutoRefresh(events);
    events.dispatchEvent(new Event('online'));
    expect(controller.getState().running).toBe(false);
    expect(stats.calls).toHaveLength(1);

    await controller.refreshStale(); // the user signed in again and pressed Refresh
    expect(controller.getState().needsCredentials).toBeUndefined();
    expect(stats.calls).toHaveLength(9);
    stop();
  });

  it('auto refresh waits for `online` when the browser says it is offline', async () => {
    training = await startTraining();
    const { db } = await book(training);
    const { port, stats } = watched(training.api);
    const controller = createRefreshController({ api: port, db, now: () => NOW });
    const target = Object.assign(new EventTarget(), { navigator: { onLine: false } });
    const stop = controller.startAutoRefresh(target);
    expect(controller.getState().running).toBe(false);
    target.dispatchEvent(new Event('online'));
    expect(controller.getState().running).toBe(true);
    await until(() => !controller.getState().running);
    expect(stats.calls).toHaveLength(8);
    stop();
  });

  it('auto refresh: stale loans at start and on every online event, and nothing in between', async () => {
    training = await startTraining();
    const { db, ids } = await book(training);
    const { port, stats } = watched(training.api);
    let clock = NOW;
    const controller = createRefreshController({ api: port, db, now: () => clock });
    const events = new EventTarget();
    const runs: string[] = [];
    controller.subscribe((s, prev) => {
      if (s.running && !prev.running) runs.push(s.mode!);
    });

    const stop = controller.startAutoRefresh(events);
    await until(() => !controller.getState().running && runs.length === 1);
    expect(stats.calls).toHaveLength(8);

    await new Promise((r) => setTimeout(r, 100));
    expect(stats.calls).toHaveLength(8); // no polling

    clock += 25 * HOUR; // everything is old now
    events.dispatchEvent(new Event('online'));
    await until(() => !controller.getState().running && runs.length === 2);
    expect(stats.calls).toHaveLength(8 + ids.length);

    stop();
    events.dispatchEvent(new Event('online'));
    expect(controller.getState().running).toBe(false);
    expect(runs).toEqual(['stale', 'stale']);
  });
});

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}
