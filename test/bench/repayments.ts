import 'fake-indexeddb/auto';
import { startSandbox } from '../../electron/sandbox';
import { FieldDeskDb } from '../../renderer/src/db/schema';
import { emptyRow, loanIndex, postRows, type GridLoan } from '../../renderer/src/features/repayments/grid';
import type { RepaymentPayloadV1 } from '../../renderer/src/features/repayments/outbox-handler';
import { SyncEngine } from '../../renderer/src/sync/engine';
import { registerFeatureOutboxKinds } from '../../renderer/src/features/outbox-kinds';
import { outboxKinds } from '../../renderer/src/sync/kinds';
import { memoryLocks } from '../../renderer/src/sync/lock';
import { claim, markSent } from '../../renderer/src/sync/outbox-store';
import { syncPortFromInvoke, type SyncPort } from '../../renderer/src/sync/port';
import { defaultRepaymentMapping } from '../../shared/settings';
import { createHarnessMain } from '../support/harness-main';
import type { BenchResult } from './stats';

// What main.tsx does at start-up: the engine learns its outbox kinds from the features.
registerFeatureOutboxKinds(outboxKinds, () => undefined);

const LINES = 1000;
const LATENCY_MS = 100;
/** BENCH_QUICK=1 times the one-per-line baseline on this many lines and scales it up. */
const QUICK_SAMPLE = 100;

async function queued(label: string, loans: GridLoan[], count: number): Promise<FieldDeskDb> {
  const db = new FieldDeskDb(`bench-repay-${label}-${process.pid}-${Date.now()}`);
  const rows = Array.from({ length: count }, (_, i) => ({
    ...emptyRow(),
    loan: loans[i % loans.length]!.loanId,
    amount: String(100 + i),
    mode: 'NACH',
    date: '20/11/2026',
  }));
  const outcome = await postRows(db, rows, {
    now: Date.now(),
    mapping: { ...defaultRepaymentMapping, confirmedAt: 1 },
    lookup: loanIndex(loans),
    today: '2026-11-21',
  });
  if (!outcome.ok) throw new Error('bench rows refused');
  return db;
}

/** The naive client: one Loan Repayment request per line, in capture order. */
async function onePerLine(db: FieldDeskDb, port: SyncPort): Promise<void> {
  for (const item of await db.outbox.orderBy('id').toArray()) {
    const claimed = await claim(db, item.id, Date.now());
    if (!claimed) continue;
    const answer = await port.postRepayments([(claimed.payload as RepaymentPayloadV1).detail]);
    if (!answer.ok) throw new Error(`baseline: ${answer.error.message}`);
    await markSent(db, item.id, Date.now(), { confirmedBy: 'reply' });
  }
}

/**
 * Budget (issue "deposits and branch repayments"): 1,000 repayments reach GLAAS in at most 10
 * requests (plus status look-ups), against 1,000 one per line; both wall times at 100 ms
 * latency, from one run, with the real main-process API against the sandbox.
 */
export async function benchRepayments(): Promise<BenchResult[]> {
  const quick = process.env.BENCH_QUICK === '1';
  const sandbox = await startSandbox({ port: 0, loanCount: 400, faults: { latencyMs: LATENCY_MS } });
  try {
    const main = createHarnessMain({ sandbox });
    await main.invoke('settings.update', { credgenics: { environment: 'training' }, glaas: { environment: 'training' } });
    const port = syncPortFromInvoke((c, i) => main.invoke(c, i));
    const loans: GridLoan[] = sandbox.state.links
      .filter((l) => l.kind === 'loan')
      .slice(0, 50)
      .map((l) => ({ loanId: l.credgenicsId, name: '', link: { requestFlowId: String(l.requestFlowId) } }));
    const requests = () => sandbox.state.requests.filter((r) => r.path.endsWith('/lms/loanRepayment')).length;

    const outboxDb = await queued('outbox', loans, LINES);
    const engine = new SyncEngine({ db: outboxDb, port, lock: memoryLocks(), setTimer: () => undefined, clearTimer: () => undefined });
    const before = requests();
    let start = performance.now();
    await engine.syncNow();
    await engine.idle();
    const outboxMs = performance.now() - start;
    const outboxRequests = requests() - before;
    const sent = await outboxDb.outbox.where('state').equals('sent').count();
    const uids = await outboxDb.outbox.toCollection().primaryKeys();
    const duplicates = uids.filter((uid) => sandbox.state.repaymentCount(uid) !== 1).length;
    outboxDb.close();

    const baselineCount = quick ? QUICK_SAMPLE : LINES;
    const baselineDb = await queued('baseline', loans, baselineCount);
    const beforeBaseline = requests();
    start = performance.now();
    await onePerLine(baselineDb, port);
    const baselineMs = ((performance.now() - start) * LINES) / baselineCount;
    const baselineRequests = ((requests() - beforeBaseline) * LINES) / baselineCount;
    baselineDb.close();

    if (sent !== LINES || duplicates !== 0) throw new Error(`outbox sent ${sent} of ${LINES}, ${duplicates} not exactly once`);
    const row = (name: string, value: number, unit: string, budget?: number): BenchResult => ({
      name,
      unit,
      runs: 1,
      median: value,
      p95: value,
      min: value,
      max: value,
      ...(budget !== undefined ? { budget } : {}),
    });
    return [
      row(`GLAAS requests for ${LINES} repayments (outbox, batches of 100)`, outboxRequests, 'requests', 10),
      row(`wall time, outbox, ${LINES} repayments at ${LATENCY_MS} ms latency`, outboxMs, 'ms'),
      row(`GLAAS requests, one per line${quick ? ' (scaled from 100)' : ''}`, baselineRequests, 'requests'),
      row(`wall time, one per line${quick ? ' (scaled from 100)' : ''}`, baselineMs, 'ms'),
      row('speed-up (one per line ÷ outbox)', baselineMs / outboxMs, '×'),
      row('repayments not exactly once (by uid)', duplicates, 'lines', 0),
    ];
  } finally {
    await sandbox.close();
  }
}
