import { chromium } from '@playwright/test';
import { generateDataset } from '../../electron/sandbox/data/generate';
import { startSandbox } from '../../electron/sandbox';
import { chromiumFlags } from '../../playwright.config';
import { GetLoanResponse } from '../../shared/credgenics';
import type { CachedLoan } from '../../shared/domain';
import { summarizeLoan } from '../../renderer/src/features/loans/summary';
import { installBridge } from '../e2e/fixtures';
import { createHarnessMain } from '../support/harness-main';
import { serveRenderer } from '../support/serve-renderer';
import { timeKeystroke } from './entry-page';
import { summarize, type BenchResult } from './stats';

/**
 * Budgets (issue "My loans"), with 10,000 cached loans in Chromium's real IndexedDB:
 * - the list is visible under 1 s after reload;
 * - each search keystroke re-filters and renders in under 16 ms (median) and 50 ms (p95);
 * - renderer memory under 300 MB.
 */
export async function benchWorkList(count = 10_000): Promise<BenchResult[]> {
  const now = new Date();
  const dataset = generateDataset({ seed: 7, loanCount: count, creditLineCount: 0, now });
  const month = dataset.allocationMonths.current;
  const loans: CachedLoan[] = dataset.loans.slice(0, count).map((raw, i) => {
    const snapshot = GetLoanResponse.parse(raw);
    const loanId = snapshot.loan_details!.loan_id as string;
    const assignments = [{ allocationMonth: month, priority: (i % 5) + 1 }];
    return {
      loanId,
      kind: 'loan',
      fetchState: 'downloaded',
      fetchedAt: now.getTime() - (i % 3) * 36 * 3600 * 1000,
      snapshot,
      summary: summarizeLoan(loanId, snapshot, assignments),
    };
  });

  const sandbox = await startSandbox({ port: 0, loanCount: 10 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...chromiumFlags, '--enable-precise-memory-info'],
  });
  const results: BenchResult[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const main = createHarnessMain({ sandbox });
    await main.invoke('settings.update', { credgenics: { environment: 'training' }, glaas: { environment: 'training' } });
    await installBridge(page, main);
    await page.goto(`${await serveRenderer(context)}#/loans`);
    await page.getByRole('heading', { name: 'My loans' }).waitFor();

    // Fill the app's own database (created by the app on first load) in chunks.
    for (let i = 0; i < loans.length; i += 1000) {
      await page.evaluate(async (chunk) => {
        const dbh = await new Promise<IDBDatabase>((resolve, reject) => {
          const r = indexedDB.open('fielddesk');
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
        await new Promise<void>((resolve, reject) => {
          // The app's layout (renderer/src/db/loans.ts): small rows in `loans`, snapshots apart.
          const tx = dbh.transaction(['loans', 'snapshots'], 'readwrite');
          for (const { snapshot, ...row } of chunk) {
            tx.objectStore('loans').put(row);
            tx.objectStore('snapshots').put({ loanId: row.loanId, snapshot });
          }
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        dbh.close();
      }, loans.slice(i, i + 1000));
    }

    const visible: number[] = [];
    const reads: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      await page.reload();
      await page.getByRole('list', { name: 'Loans' }).getByRole('link').first().waitFor();
      const mark = await page.evaluate(() => {
        const m = performance.getEntriesByName('fielddesk:loans-visible')[0];
        return m ? m.startTime : Number.NaN;
      });
      visible.push(mark);
      reads.push(
        await page.evaluate(() => performance.getEntriesByName('fielddesk:loans-read')[0]?.duration ?? Number.NaN),
      );
    }
    await page.getByText(`${count.toLocaleString('en-IN')} loans`).waitFor();
    results.push(summarize('  of which: reading the loans from IndexedDB', reads, 'ms'));
    results.push(summarize(`work list visible after reload (${count.toLocaleString('en-IN')} loans)`, visible, 'ms', 1000, 1000));

    // Keystrokes: type names and ids one character at a time; time from the input event to
    // the next painted frame (filter + React render + layout).
    const search = page.getByRole('searchbox', { name: 'Search loans' });
    await search.focus();
    const words = ['sharma', 'FD1023', 'pune', '4110', 'kumar', '98'];
    const keystrokes: number[] = [];
    for (const word of words) {
      for (let i = 1; i <= word.length; i += 1) {
        const ms = await timeKeystroke(page, 'input[type=search]', word.slice(0, i));
        keystrokes.push(ms);
      }
      await page.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('input[type=search]')!;
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, '');
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }
    results.push(summarize('search keystroke → filtered and painted', keystrokes, 'ms', 16, 50));

    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const metrics = (await cdp.send('Performance.getMetrics')).metrics;
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
    const total = metrics.find((m) => m.name === 'JSHeapTotalSize')?.value ?? Number.NaN;
    results.push(summarize('renderer JS heap used with the list loaded', [heap / 1024 / 1024], 'MB', 300));
    results.push(summarize('renderer JS heap reserved', [total / 1024 / 1024], 'MB', 300));
  } finally {
    await browser.close();
    await sandbox.close();
  }
  return results;
}
