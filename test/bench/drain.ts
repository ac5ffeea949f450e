import 'fake-indexeddb/auto';
import { startSandbox } from '../../electron/sandbox';
import { FieldDeskDb } from '../../renderer/src/db/schema';
import { captureVisit, type VisitInput } from '../../renderer/src/features/collections/capture';
import type { PaymentPayloadV1 } from '../../renderer/src/features/collections/payloads';
import { SyncEngine } from '../../renderer/src/sync/engine';
import { registerFeatureOutboxKinds } from '../../renderer/src/features/outbox-kinds';
import { outboxKinds } from '../../renderer/src/sync/kinds';
import { memoryLocks } from '../../renderer/src/sync/lock';
import { claim, markSent } from '../../renderer/src/sync/outbox-store';
import type { SyncPort } from '../../renderer/src/sync/port';
import type { BenchResult } from './stats';
import { credgenicsTrainingPort } from './training-port';

// What main.tsx does at start-up: the engine learns its outbox kinds from the features.
registerFeatureOutboxKinds(outboxKinds, () => undefined);

const ITEMS = 1000;
const LOANS = 200;
const LATENCY_MS = 100;
/** BENCH_QUICK=1 times the one-at-a-time baseline on this many items and scales it up. */
const QUICK_SAMPLE = 100;

async function queued(label: string, loanIds: readonly string[], month: string, count: number): Promise<{ db: FieldDeskDb; refs: string[] }> {
  const db = new FieldDeskDb(`bench-drain-${label}-${process.pid}-${Date.now()}`);
  const refs: string[] = [];
  const start = Date.now();
  for (let i = 0; i < count; i++) {
    const input: VisitInput = {
      loanId: loanIds[i % loanIds.length]!,
      allocationMonth: month,
      borrowerName: 'Bench',
      purpose: 'scheduled',
      met: true,
      whoMet: 'borrower',
      outcome: { code: 'PAID_PART', label: 'Paid partly', needs: 'payment' },
      payment: { amount: 100 + i, method: 'cash' },
      agent: { email: 'bench@lender.test' },
    };
    refs.push((await captureVisit(db, input, { now: start + i })).receiptNo!);
  }
  return { db, refs };
}

/** Workbox Background Sync's replay: every queued request in capture order, one at a time. */
async function sendOneAtATime(db: FieldDeskDb, port: SyncPort): Promise<void> {
  const items = await db.outbox.orderBy('id').toArray();
  for (const item of items) {
    const claimed = await claim(db, item.id, Date.now());
    if (!claimed) continue;
    const p = claimed.payload as PaymentPayloadV1;
    const answer = await port.updatePayment({ loanId: p.loanId, allocationMonth: p.allocationMonth, payment: p.body, opKey: item.id });
    if (!answer.ok) throw new Error(`baseline: ${answer.error.message}`);
    await markSent(db, item.id, Date.now(), { confirmedBy: 'reply' });
  }
}

/**
 * Budget (issue "collections"): drain 1,000 queued collections at 100 ms latency at least 5×
 * faster than one at a time in capture order, with 0 duplicates. Both runs use the real
 * main-process API against the sandbox and fake-indexeddb, in one process.
 */
export async function benchDrain(): Promise<BenchResult[]> {
  const quick = process.env.BENCH_QUICK === '1';
  const sandbox = await startSandbox({ port: 0, loanCount: 1000, creditLineCount: 0, faults: { latencyMs: LATENCY_MS } });
  try {
    const { port, month, loanIds } = await credgenicsTrainingPort(sandbox, LOANS);

    const engineRun = await queued('engine', loanIds, month, ITEMS);
    const engine = new SyncEngine({ db: engineRun.db, port, lock: memoryLocks(), setTimer: () => undefined });
    let started = performance.now();
    await engine.syncNow();
    const engineSeconds = (performance.now() - started) / 1000;
    const engineSent = await engineRun.db.outbox.where('state').equals('sent').count();
    engineRun.db.close();

    const baselineCount = quick ? QUICK_SAMPLE : ITEMS;
    const baselineRun = await queued('baseline', loanIds, month, baselineCount);
    started = performance.now();
    await sendOneAtATime(baselineRun.db, port);
    const baselineSeconds = ((performance.now() - started) / 1000) * (ITEMS / baselineCount);
    baselineRun.db.close();

    const duplicates = [...engineRun.refs, ...baselineRun.refs].filter((ref) => sandbox.state.paymentCount(ref) !== 1).length;
    if (engineSent !== ITEMS) throw new Error(`engine sent ${engineSent} of ${ITEMS}`);
    if (duplicates !== 0) throw new Error(`${duplicates} payments are not on the server exactly once`);
    const ratio = baselineSeconds / engineSeconds;
    console.log(
      `drain ${ITEMS} collections @${LATENCY_MS} ms: outbox ${engineSeconds.toFixed(1)} s, one at a time ${baselineSeconds.toFixed(1)} s` +
        `${quick ? ` (timed on ${QUICK_SAMPLE}, scaled)` : ''}, ${ratio.toFixed(1)}× faster, 0 duplicates`,
    );
    const one = (name: string, value: number, unit: string, budget?: number): BenchResult => ({
      name, unit, runs: 1, median: value, p95: value, min: value, max: value, ...(budget !== undefined ? { budget } : {}),
    });
    return [
      one(`drain ${ITEMS} queued collections (outbox, ${LATENCY_MS} ms latency)`, engineSeconds, 's'),
      one(`drain ${ITEMS} one at a time in capture order${quick ? ' (scaled)' : ''}`, baselineSeconds, 's'),
      one('outbox speed-up over one at a time (budget ≥ 5×)', ratio, '×'),
    ];
  } finally {
    await sandbox.close();
  }
}
