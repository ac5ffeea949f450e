import { withEntryPage } from './entry-page';
import { summarize, type BenchResult } from './stats';

/**
 * Budget (issue "collections"): save a collection durably, p95 under 20 ms. The app's
 * captureVisit (visit + outbox item + loan row in one strict-durability transaction) runs in
 * Chromium on its real IndexedDB; fake-indexeddb would say nothing about a disk flush.
 */
export async function benchCapture(runs = 300): Promise<BenchResult[]> {
  return withEntryPage('test/bench/capture-entry.ts', 'benchCapture', async (page) => {
    // The first saves open the database and warm the JIT; they are not what an agent waits on.
    await page.evaluate(() => window.benchCapture(20));
    // Baseline and sealed in the same run, on the same page, so the overhead is measured, not guessed.
    const plain = await page.evaluate((n) => window.benchCapture(n, false), runs);
    const sealed = await page.evaluate((n) => window.benchCapture(n, true), runs);
    return [
      summarize('  baseline: the same save without encryption', plain, 'ms'),
      summarize('save a collection durably, sealed (strict IndexedDB transaction)', sealed, 'ms', undefined, 20),
    ];
  });
}
