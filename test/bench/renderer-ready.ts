import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { startSandbox } from '../../electron/sandbox';
import { chromiumFlags } from '../../playwright.config';
import { installBridge } from '../e2e/fixtures';
import { createHarnessMain, type HarnessMain } from '../support/harness-main';
import { serveRenderer } from '../support/serve-renderer';
import { summarize, type BenchResult } from './stats';

/**
 * Budget (issue 14): Settings visible under 500 ms after load, with the Devanagari font loaded
 * (the language choice on Settings shows हिन्दी).
 *
 * One laptop is modelled as one browser profile with one main process (the same keys): its first
 * start creates the database, then each further start (a fresh page, as when the agent opens
 * the app in the morning) is measured. Two figures per start:
 * - "screen ready": the renderer's 'fielddesk:settings-visible' mark, set once settings and
 *   credential status arrived, the store is unlocked and the screen rendered (as measured before);
 * - "painted": when Chromium first painted the Settings content (Element Timing), which is what
 *   the agent sees, and what the budget is held against.
 *
 * The machine is shared, so figures drift between runs. `FIELDDESK_BENCH_BASELINE=<dir>` (an older
 * dist/renderer copied aside) measures that build too, start for start in turn with this one,
 * each on its own laptop, so the two are compared under the same load.
 */
export async function benchRendererReady(runs = 15, baselineDir = process.env.FIELDDESK_BENCH_BASELINE): Promise<BenchResult[]> {
  const sandbox = await startSandbox({ port: 0, loanCount: 50 });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumFlags });
  const current = await laptop(browser, sandbox, 'dist/renderer');
  const baseline = baselineDir ? await laptop(browser, sandbox, baselineDir) : undefined;
  try {
    for (let i = 0; i < runs; i += 1) {
      if (baseline) await baseline.start();
      await current.start();
    }
  } finally {
    await browser.close();
    await sandbox.close();
  }
  return [
    ...(baseline
      ? [
          summarize(`  baseline ${baselineDir}: screen ready`, baseline.ready, 'ms'),
          // An older build may not mark its Settings content for Element Timing.
          ...(baseline.painted.length > 0 ? [summarize(`  baseline ${baselineDir}: painted`, baseline.painted, 'ms')] : []),
        ]
      : []),
    summarize('  first start on a new laptop (creates the database): screen ready', [current.first.ready], 'ms'),
    summarize('  first start on a new laptop (creates the database): painted', current.first.painted === undefined ? [] : [current.first.painted], 'ms'),
    summarize('renderer ready (Settings screen ready after load)', current.ready, 'ms'),
    summarize('renderer ready (Settings painted after load)', current.painted, 'ms', 500, 500),
    // A build that stopped marking its content would print NaN above; say why instead.
    ...(current.painted.length < runs ? [summarize('  (starts with no paint reported: Settings lacks its elementtiming mark)', [runs - current.painted.length], 'starts')] : []),
  ];
}

interface Start {
  ready: number;
  painted?: number;
}

/** One laptop: a browser profile and a main process that keep their data between starts. */
async function laptop(browser: Browser, sandbox: Awaited<ReturnType<typeof startSandbox>>, dir: string) {
  const context = await browser.newContext();
  const main = createHarnessMain({ sandbox });
  const url = `${await serveRenderer(context, dir)}#/settings`;
  const first = await measure(context, main, url);
  const ready: number[] = [];
  const painted: number[] = [];
  return {
    first,
    ready,
    painted,
    async start() {
      const figures = await measure(context, main, url);
      ready.push(figures.ready);
      if (figures.painted !== undefined) painted.push(figures.painted);
    },
  };
}

async function measure(context: BrowserContext, main: HarnessMain, url: string): Promise<Start> {
  const page = await context.newPage();
  try {
    await installBridge(page, main);
    await page.goto(url);
    // When Settings was first painted, read before anything else: waiting with Playwright's
    // locators runs role queries on the page's main thread every frame, the very thread the
    // start-up is using, and on a quiet machine that added about 45 ms to the figure (stop 21:
    // 476 vs 432 ms median, same build). The role checks that follow confirm it was Settings.
    const painted = await page.evaluate(
      () =>
        new Promise<number | undefined>((resolve) => {
          new PerformanceObserver((list) => {
            const entry = list.getEntries().find((e) => (e as PerformanceEntry & { identifier?: string }).identifier === 'settings');
            if (entry) resolve((entry as PerformanceEntry & { renderTime: number }).renderTime);
          }).observe({ type: 'element', buffered: true });
          setTimeout(() => resolve(undefined), 10_000);
        }),
    );
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await page.getByRole('region', { name: 'Credgenics (collections)' }).waitFor();
    const ready = await page.evaluate(() => performance.getEntriesByName('fielddesk:settings-visible')[0]?.startTime);
    if (ready === undefined) throw new Error('the renderer never set its ready mark');
    // The figure counts only if the page had the app's Devanagari face by then, as an agent's would.
    const font = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some((face) => /devanagari/i.test(face.family) && face.status === 'loaded');
    });
    if (!font) throw new Error('the Devanagari font did not load');
    return painted === undefined ? { ready } : { ready, painted };
  } finally {
    await page.close();
  }
}
