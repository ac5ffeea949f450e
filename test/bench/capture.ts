import { withEntryPage } from './entry-page';
import { summarize, type BenchResult } from './stats';

/**
 * Budget (issue "collections"): save a collection durably, p95 under 20 ms. The app's
 * captureVisit (visit + outbox item + loan row in one strict-durability transaction) runs in
 * Chromium on its real IndexedDB; fake-indexeddb would say nothing about a disk flush.
 */
export async function benchCapture(runs = 300): Promise<BenchResult> {
  return withEntryPage('test/bench/capture-entry.ts', 'benchCapture', async (page) => {
    // The first saves open the database and warm the JIT; they are not what an agent waits on.
    await page.evaluate(() => window.benchCapture(20));
    const samples = await page.evaluate((n) => window.benchCapture(n), runs);
    return summarize('save a collection durably (strict IndexedDB transaction)', samples, 'ms', undefined, 20);
  });
}
