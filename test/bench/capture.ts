import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { chromiumFlags } from '../../playwright.config';
import { summarize, type BenchResult } from './stats';

const ORIGIN = 'http://bench.local';

/**
 * Budget (issue "collections"): save a collection durably, p95 under 20 ms. The app's
 * captureVisit (visit + outbox item + loan row in one strict-durability transaction) runs in
 * Chromium on its real IndexedDB; fake-indexeddb would say nothing about a disk flush.
 */
export async function benchCapture(runs = 300): Promise<BenchResult> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'fielddesk-bench-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: { entry: path.resolve('test/bench/capture-entry.ts'), formats: ['iife'], name: 'benchCapture', fileName: () => 'capture.js' },
    },
  });
  const script = await readFile(path.join(outDir, 'capture.js'));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumFlags });
  try {
    const context = await browser.newContext();
    await context.route(`${ORIGIN}/**`, (route) =>
      route.request().url().endsWith('/capture.js')
        ? route.fulfill({ status: 200, contentType: 'text/javascript', body: script })
        : route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><script src="/capture.js"></script>' }),
    );
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/`);
    // The first saves open the database and warm the JIT; they are not what an agent waits on.
    await page.evaluate(() => window.benchCapture(20));
    const samples = await page.evaluate((n) => window.benchCapture(n), runs);
    return summarize('save a collection durably (strict IndexedDB transaction)', samples, 'ms', undefined, 20);
  } finally {
    await browser.close();
  }
}
