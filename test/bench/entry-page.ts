import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import { chromiumFlags } from '../../playwright.config';

const ORIGIN = 'http://bench.local';

/**
 * Runs one of the app's modules in Chromium with nothing else on the page: `entry` is built by
 * vite into an IIFE that sets `window[name]`, and served from a fake origin (so IndexedDB and
 * workers behave as on a real page). `run` gets the loaded page; the browser is closed after.
 */
export async function withEntryPage<T>(entry: string, name: string, run: (page: Page) => Promise<T>): Promise<T> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'fielddesk-bench-'));
  const file = `${name}.js`;
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: { entry: path.resolve(entry), formats: ['iife'], name, fileName: () => file },
    },
  });
  const script = await readFile(path.join(outDir, file));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumFlags });
  try {
    const context = await browser.newContext();
    await context.route(`${ORIGIN}/**`, (route) =>
      route.request().url().endsWith(`/${file}`)
        ? route.fulfill({ status: 200, contentType: 'text/javascript', body: script })
        : route.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><script src="/${file}"></script>` }),
    );
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/`);
    return await run(page);
  } finally {
    await browser.close();
  }
}

/**
 * One keystroke as the app sees it: sets an input's value, fires `input`, and answers the time
 * until the next animation frame (the app's update and layout included).
 */
export function timeKeystroke(page: Page, selector: string, value: string): Promise<number> {
  return page.evaluate(
    async ({ selector, value }) => {
      const input = document.querySelector<HTMLInputElement>(selector)!;
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const start = performance.now();
      setter.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => r(undefined)));
      return performance.now() - start;
    },
    { selector, value },
  );
}
