import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { startSandbox } from '../../electron/sandbox';
import type { SandboxFaults } from '../../electron/sandbox/types';
import { FieldDeskDb } from '../../renderer/src/db/schema';
import { captureVisit } from '../../renderer/src/features/collections/capture';
import { undeposited } from '../../renderer/src/features/deposits/cash-in-hand';
import { useOutboxSummary, watchOutbox } from '../../renderer/src/features/sync/summary';
import { SyncEngine } from '../../renderer/src/sync/engine';
import { memoryLocks } from '../../renderer/src/sync/lock';
import { countByState, hasFreshPending } from '../../renderer/src/sync/outbox-store';
import { outboxStates } from '../../renderer/src/sync/types';
import { cashVisit } from '../support/visits';
import type { BenchResult } from './stats';
import { credgenicsTrainingPort } from './training-port';

/**
 * Budget (issue 15, item 5): the per-item cost of a drain does not grow with the backlog. The
 * same seeded fault mix drains 100 and then 2,000 queued collections over the same 50 loans
 * (2 and 40 per loan: the backlog of a day and of weeks offline), while the live views open on
 * every screen (header summary, cash chip, the "new work" trigger) re-run on every change, as
 * they do in the app. (The Sync screen's list of every unsent item is not among them: it is open
 * only while someone looks at it.) items/s with 2,000 queued ≥ 0.8× the rate with
 * 100 queued; 0 lost and 0 duplicated in both.
 */
const SIZES = (process.env.BACKLOG_SIZES ?? '100,2000').split(',').map(Number);
const VIEWS = (process.env.BACKLOG_VIEWS ?? 'summary,cash,fresh').split(',');
const LOANS = 50;
const SEED = 15;
const FAULTS: Partial<SandboxFaults> = {
  latencyMs: 10,
  errorRate: 0.15,
  lostReplyRate: 0.1,
  timeoutRate: 0.03,
  hangMs: 150,
  rateLimitRate: 0.02,
  // One refused sign-in: the engine pauses Credgenics, probes, and goes on.
  failNextAuth: 1,
};
/** No drain may take longer than this: a stuck run is reported as broken, never waited out. */
const LIMIT_MS = Number(process.env.BACKLOG_LIMIT_MS ?? 15 * 60_000);

interface DrainFigures {
  size: number;
  seconds: number;
  perSecond: number;
  lost: number;
  duplicated: number;
  liveViewRuns: number;
  /** False when the drain hit LIMIT_MS: the figures are for what was sent by then. */
  finished: boolean;
  sent: number;
}

async function drainBacklog(size: number): Promise<DrainFigures> {
  const sandbox = await startSandbox({ port: 0, loanCount: 400, creditLineCount: 0, seed: SEED, faults: FAULTS });
  const db = new FieldDeskDb(`bench-backlog-${size}-${process.pid}-${Date.now()}`);
  const subscriptions: Array<{ unsubscribe(): void }> = [];
  const stopSummary = { stop: () => undefined as void };
  let engine: SyncEngine | undefined;
  try {
    const { port, month, loanIds } = await credgenicsTrainingPort(sandbox, LOANS);
    const start = Date.now() - size;
    const receipts: string[] = [];
    const ids: string[] = [];
    console.log(`  capturing ${size}…`);
    for (let i = 0; i < size; i++) {
      const visit = await captureVisit(db, cashVisit(loanIds[i % loanIds.length]!, month, 100 + i), { now: start + i });
      receipts.push(visit.receiptNo!);
      ids.push(visit.id);
    }

    engine = new SyncEngine({
      db,
      port,
      lock: memoryLocks(),
      backoff: { baseMs: 20, capMs: 500 },
      authProbe: { baseMs: 50, capMs: 200 },
    });
    const running = engine;
    // The live views of the app, each re-run by Dexie on every outbox write that touches it.
    let liveViewRuns = 0;
    const counted = <T>(read: () => Promise<T>) => async () => {
      liveViewRuns += 1;
      return read();
    };
    if (VIEWS.includes('summary')) stopSummary.stop = watchOutbox(db);
    const unsubscribeSummary = useOutboxSummary.subscribe(() => {
      liveViewRuns += 1;
    });
    subscriptions.push({ unsubscribe: unsubscribeSummary });
    if (VIEWS.includes('cash')) subscriptions.push(liveQuery(counted(() => undeposited(db))).subscribe({ error: () => undefined }));
    if (VIEWS.includes('fresh')) subscriptions.push(
      liveQuery(counted(() => hasFreshPending(db))).subscribe({
        next: (waiting) => {
          if (waiting) void running.kick();
        },
        error: () => undefined,
      }),
    );

    const started = performance.now();
    let finished = true;
    void engine.syncNow();
    let reported = started;
    for (;;) {
      // One count request on the state index, twice a second: the watcher must not be
      // what slows the drain down (an anyOf() count walks every unsent item with a cursor).
      await new Promise((resolve) => setTimeout(resolve, 500));
      const left = size - (await db.outbox.where('state').equals('sent').count());
      if (left === 0) break;
      if (performance.now() - reported > 10_000) {
        reported = performance.now();
        const counts = await countByState(db);
        console.log(`  ${size} queued: ${((reported - started) / 1000).toFixed(0)} s, ${left} left (${JSON.stringify(counts)}), ${sandbox.state.requests.length} requests, last ${JSON.stringify(sandbox.state.requests.slice(-3).map((r) => [r.method, r.path, r.outcome]))}`);
      }
      if (performance.now() - started > LIMIT_MS) {
        // Report what was measured rather than nothing: the rate so far, and that it stopped.
        finished = false;
        break;
      }
    }
    const seconds = (performance.now() - started) / 1000;
    engine.stop();
    await engine.idle();
    const sentIds = new Set(await db.outbox.where('state').equals('sent').primaryKeys());
    const sentReceipts = receipts.filter((_, i) => sentIds.has(ids[i]!));
    // Lost: marked sent but not on the server (or, when finished, anything not there).
    const lost = (finished ? receipts : sentReceipts).filter((r) => sandbox.state.paymentCount(r) === 0).length;
    const duplicated = receipts.filter((r) => sandbox.state.paymentCount(r) > 1).length;
    // The header's counts are kept beside the outbox (sync/outbox-counts.ts): after thousands of
    // state changes through faults they must still equal a count of the outbox itself.
    const kept = await countByState(db);
    for (const state of outboxStates) {
      const counted = await db.outbox.where('state').equals(state).count();
      if (kept[state] !== counted) throw new Error(`outbox counts drifted: ${state} kept ${kept[state]}, counted ${counted}`);
    }
    return { size, seconds, perSecond: sentIds.size / seconds, lost, duplicated, liveViewRuns, finished, sent: sentIds.size };
  } finally {
    engine?.stop();
    stopSummary.stop();
    for (const s of subscriptions) s.unsubscribe();
    await engine?.idle();
    db.close();
    await sandbox.close();
  }
}

export async function benchDrainBacklog(): Promise<BenchResult[]> {
  const figures: DrainFigures[] = [];
  for (const size of SIZES) figures.push(await drainBacklog(size));
  const [small, large] = figures as [DrainFigures, DrainFigures];
  const ratio = large.perSecond / small.perSecond;
  for (const f of figures) {
    console.log(
      `drain-backlog ${f.size} queued over ${LOANS} loans: ${f.finished ? '' : `UNFINISHED after ${LIMIT_MS / 60_000} min, ${f.sent} sent, `}${f.seconds.toFixed(1)} s, ${f.perSecond.toFixed(1)} items/s, ` +
        `${f.lost} lost, ${f.duplicated} duplicated, ${f.liveViewRuns} live-view re-runs`,
    );
  }
  console.log(`drain-backlog rate with ${large.size} queued / with ${small.size} queued: ${ratio.toFixed(2)} (budget ≥ 0.8: ${ratio >= 0.8 ? 'within' : 'UNDER'})`);
  const broken = figures.filter((f) => f.lost > 0 || f.duplicated > 0);
  if (broken.length > 0) throw new Error(`payments lost or doubled: ${broken.map((f) => `${f.size}: ${f.lost} lost, ${f.duplicated} duplicated`).join('; ')}`);
  const one = (name: string, value: number, unit: string): BenchResult => ({ name, unit, runs: 1, median: value, p95: value, min: value, max: value });
  return [
    ...figures.map((f) => one(`drain ${f.size} queued collections through seeded faults`, f.perSecond, 'items/s')),
    one(`items/s with ${large.size} queued ÷ with ${small.size} queued (budget ≥ 0.8)`, ratio, '×'),
  ];
}
