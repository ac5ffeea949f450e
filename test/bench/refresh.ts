import 'fake-indexeddb/auto';
import { startSandbox } from '../../electron/sandbox';
import type { Assignment } from '../../shared/domain';
import { FieldDeskDb } from '../../renderer/src/db/schema';
import { DEFAULT_CONCURRENCY, downloadLoans } from '../../renderer/src/features/loans/download/engine';
import { loanApiFromInvoke } from '../../renderer/src/features/loans/download/port';
import { pendingLoan } from '../../renderer/src/features/loans/summary';
import { createHarnessMain } from '../support/harness-main';
import { summarize, type BenchResult } from './stats';

const LOANS = 1000;
const LATENCY_MS = 150;
/** BENCH_QUICK=1 times one-at-a-time on this many loans and scales up (about 15 s, not 150 s). */
const QUICK_SAMPLE = 100;

async function allocatedDb(name: string, ids: readonly string[], month: string): Promise<FieldDeskDb> {
  const db = new FieldDeskDb(`bench-refresh-${name}-${process.pid}-${Date.now()}`);
  const assignments = ids.map((loanId): Assignment => ({ loanId, allocationMonth: month, source: 'bench', importedAt: 0 }));
  await db.assignments.bulkPut(assignments);
  await db.transaction('rw', db.loans, db.listBlocks, () => db.loans.bulkPut(assignments.map((a) => pendingLoan(a.loanId, [a]))));
  return db;
}

/**
 * Budget (issue "My loans"): refresh 1,000 allocated loans from the sandbox at 150 ms latency in
 * under 30 s, against about 150 s one at a time. Both runs go through the real main-process API
 * (zod in and out) and write to fake-indexeddb, as the app does bar the IPC hop.
 */
export async function benchRefresh(concurrency = DEFAULT_CONCURRENCY): Promise<BenchResult[]> {
  const quick = process.env.BENCH_QUICK === '1';
  const sandbox = await startSandbox({ port: 0, loanCount: LOANS, creditLineCount: 0, faults: { latencyMs: LATENCY_MS } });
  try {
    const main = createHarnessMain({ sandbox });
    await main.invoke('settings.update', { credgenics: { environment: 'training' }, glaas: { environment: 'training' } });
    const api = loanApiFromInvoke((channel, input) => main.invoke(channel, input));
    const month = sandbox.state.dataset.allocationMonths.current;
    const ids = sandbox.state.dataset.loans.map((l) => String(l.loan_details.loan_id)).filter((id) => id.startsWith('FD'));
    if (ids.length !== LOANS) throw new Error(`the sandbox seeded ${ids.length} loans, not ${LOANS}`);

    const timed = async (label: string, loanIds: readonly string[], workers: number) => {
      const db = await allocatedDb(label, loanIds, month);
      const started = performance.now();
      const result = await downloadLoans(loanIds, { api, db, concurrency: workers });
      const seconds = (performance.now() - started) / 1000;
      const stored = await db.loans.where('fetchState').equals('downloaded').count();
      db.close();
      if (result.downloaded !== loanIds.length || stored !== loanIds.length) {
        throw new Error(`${label}: downloaded ${result.downloaded}, stored ${stored} of ${loanIds.length}`);
      }
      return seconds;
    };

    const parallel = await timed('parallel', ids, concurrency);
    const sample = quick ? ids.slice(0, QUICK_SAMPLE) : ids;
    const measured = await timed('serial', sample, 1);
    const serial = measured * (ids.length / sample.length);
    const serialLabel = quick
      ? `one at a time (measured on ${sample.length} loans in ${measured.toFixed(1)} s, extrapolated ×${ids.length / sample.length})`
      : 'one at a time';
    console.log(
      `refresh ${LOANS} loans at ${LATENCY_MS} ms latency: ${parallel.toFixed(1)} s with ${concurrency} in parallel, ` +
        `${serial.toFixed(1)} s ${serialLabel}: ${(serial / parallel).toFixed(1)}× faster`,
    );
    return [
      summarize(`refresh ${LOANS} loans, ${concurrency} in parallel`, [parallel], 's', 30),
      summarize(`refresh ${LOANS} loans, ${serialLabel}`, [serial], 's'),
    ];
  } finally {
    await sandbox.close();
  }
}
