import { test as base, expect, type Page } from '@playwright/test';
import { buildBridge } from '../../shared/bridge';
import { channelNames } from '../../shared/channels';
import { startSandbox, type Sandbox } from '../../electron/sandbox';
import { createHarnessFiles, type HarnessFiles } from '../support/harness-files';
import { createHarnessMain, type HarnessMain } from '../support/harness-main';
import { serveRenderer } from '../support/serve-renderer';

/**
 * The whole app but the Electron shell: the built renderer in Debian's Chromium, with
 * `window.fielddesk` bridged by page.exposeBinding to the real createMainApi in this process,
 * which talks HTTP to a real sandbox.
 */
export interface AppHarness {
  main: HarnessMain;
  sandbox: Sandbox;
  /** Browser console lines, to search for leaked secrets. */
  consoleLines: string[];
  /** What the app saved (receipt PDFs, report CSVs): no dialog, files go into the test's output. */
  saved: HarnessFiles;
  /**
   * The laptop's network, both halves: the browser's (navigator.onLine, the `online` event) and
   * the main process's (its requests fail as a refused connection would), while the sandbox and
   * everything it holds keep running.
   */
  network(online: boolean): Promise<void>;
  /** Opens the app; with a screen (e.g. 'settings') at that address instead of the start screen. */
  open(screen?: string): Promise<void>;
}

const refusedConnection = () =>
  new TypeError('fetch failed', {
    cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
  });

/** Installs the same bridge the preload builds, on top of a Playwright binding. */
export async function installBridge(page: Page, main: HarnessMain): Promise<void> {
  await page.exposeBinding('__fielddeskInvoke', (_source, channel: unknown, input: unknown) =>
    main.invoke(channel, input),
  );
  await page.addInitScript({
    content: `Object.defineProperty(window, 'fielddesk', {
      value: (${buildBridge.toString()})(${JSON.stringify(channelNames)}, (c, i) => window.__fielddeskInvoke(c, i)),
      writable: false, configurable: false,
    });`,
  });
}

export const test = base.extend<{
  app: AppHarness;
  sandbox: Sandbox;
  /** Where the app lock starts (test.use({ lockAtStart: 'no-pin' })); unlocked with HARNESS_PIN by default. */
  lockAtStart: 'unlocked' | 'locked' | 'no-pin';
}>({
  lockAtStart: ['unlocked', { option: true }],
  // One sandbox per test (1,000 seeded loans start in well under a second), so a test may stop
  // it to play "the network is gone" without disturbing the next test.
  sandbox: async ({}, use) => {
    const sandbox = await startSandbox({ port: 0, loanCount: 1000, seed: 42 });
    let closed = false;
    const close = sandbox.close.bind(sandbox);
    sandbox.close = async () => {
      if (closed) return;
      closed = true;
      await close();
    };
    await use(sandbox);
    await sandbox.close();
  },
  app: async ({ page, context, sandbox, lockAtStart }, use, testInfo) => {
    const url = await serveRenderer(context);
    // Chromium's page.pdf applies @media print, as Electron's printToPDF does.
    const saved = createHarnessFiles({
      dir: testInfo.outputPath('saved'),
      printPage: () => page.pdf({ format: 'A4', printBackground: true }),
    });
    let online = true;
    const laptopFetch: typeof fetch = (input, init) =>
      online ? globalThis.fetch(input, init) : Promise.reject(refusedConnection());
    const main = createHarnessMain({ sandbox, files: saved, fetch: laptopFetch, lock: lockAtStart });
    const consoleLines: string[] = [];
    page.on('console', (message) => consoleLines.push(message.text()));
    page.on('pageerror', (error) => consoleLines.push(`pageerror: ${error.message}`));
    await installBridge(page, main);
    // Debian's Chromium 150 forgets the offline emulation for a document loaded after it was
    // set (a reload, a new address): navigator.onLine reads true again. The page's own DevTools
    // session states the laptop's network again on each load (only an 'offline' event follows;
    // going through online first would make the app try to send and back off).
    const cdp = await context.newCDPSession(page);
    const stateNetwork = (offline: boolean) =>
      cdp.send('Network.emulateNetworkConditions', { offline, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    const reapplyOffline = async () => {
      if (!online) await stateNetwork(true);
    };
    page.on('domcontentloaded', () => void reapplyOffline().catch(() => undefined));
    await use({
      main,
      sandbox,
      consoleLines,
      saved,
      network: async (on) => {
        online = on;
        await context.setOffline(!on);
        await stateNetwork(!on);
      },
      open: async (screen) => {
        await page.goto(screen ? `${url}#/${screen}` : url);
        await reapplyOffline();
      },
    });
    // After every browser test: no token or password reached the renderer, a log or the console.
    const everything = [...main.answers, ...main.logs.map((r) => JSON.stringify(r)), ...consoleLines].join('\n');
    for (const secret of main.secretsSeen) {
      expect(everything.includes(secret), 'a secret leaked to the renderer, a log or the console').toBe(false);
    }
  },
});

export { expect } from '@playwright/test';
