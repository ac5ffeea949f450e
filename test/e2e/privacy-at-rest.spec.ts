import { chromium } from '@playwright/test';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumFlags } from '../../playwright.config';
import { makePdf } from '../support/kyc-files';
import { borrowerStrings, everyStoreAsText, type BorrowerStrings } from '../support/borrower-strings';
import { createHarnessMain } from '../support/harness-main';
import { captureInto, readStore } from '../support/seed-outbox';
import { allocateLinkedLoans, fillDepositSlip } from './steps';
import { serveRenderer } from '../support/serve-renderer';
import { cashVisit } from '../support/visits';
import { expect, installBridge, test, type AppHarness } from './fixtures';
import type { Page } from '@playwright/test';
import { startSandbox } from '../../electron/sandbox';

/**
 * Issue 13's acceptance: a lost laptop gives nothing away. Borrower data is checked against the
 * sandbox's own answers, read from IndexedDB by a page that holds no key, and searched for on
 * the disk of a real Chromium profile, with a control run that proves the search finds what is
 * there when sealing is switched off.
 */

const TRAINING = { credgenics: { environment: 'training' }, glaas: { environment: 'training' } } as const;
/** Bytes no encoder makes by chance: if they are on disk, an image's bytes are on disk. */
const IMAGE_MARK = Buffer.from('FIELDDESK-IMAGE-BYTES-7c1f9e2a-5b3d-4e8a-9f10-2d6c8b4a1e77');
const REMARK = 'Borrower said the tractor loan EMI comes after harvest';

function fakeJpeg(): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), IMAGE_MARK, Buffer.from([0xff, 0xd9])]);
}

/** A PDF (kept as it is, byte for byte) that carries the mark after its end. */
function markedPdf(): Buffer {
  return Buffer.concat([makePdf(), Buffer.from('%'), IMAGE_MARK, Buffer.from('\n')]);
}

/** The loans of the current month with a GLAAS link, and what the sandbox says about each. */
function allocate(sandbox: AppHarness['sandbox'], count: number) {
  const month = sandbox.state.dataset.allocationMonths.current;
  const links = sandbox.state.links.filter((l) => l.kind === 'loan').slice(0, count);
  const ids = new Set(links.map((l) => l.credgenicsId));
  const raw = sandbox.state.dataset.loans.filter((loan) => ids.has(String((loan as { loan_details?: { loan_id?: unknown } }).loan_details?.loan_id)));
  return { month, links, strings: borrowerStrings(raw) };
}

async function downloadAllocated(page: Page, month: string, links: ReturnType<typeof allocate>['links']): Promise<void> {
  await allocateLinkedLoans(page, month, links);
  await page.reload();
  // The app downloads every allocated loan from the sandbox at start.
  await expect.poll(async () => (await readStore(page, 'snapshots')).length, { timeout: 90_000 }).toBe(links.length);
}

function found(text: string, strings: BorrowerStrings, extra: string[] = []): string[] {
  const all = [...strings.names, ...strings.phones, ...strings.pans, ...strings.addresses, ...strings.aadhaars, ...extra];
  return all.filter((s) => text.includes(s));
}

test("raw read: after a day's work on 200 loans, no store holds a borrower's name, phone, PAN, address, remarks or image bytes in clear", async ({
  page,
  app,
  context,
}) => {
  test.setTimeout(180_000);
  await app.main.invoke('settings.update', TRAINING);
  const { month, links, strings } = allocate(app.sandbox, 200);
  expect(links).toHaveLength(200);
  expect(strings.names.length).toBeGreaterThan(150);
  expect(strings.phones.length).toBeGreaterThan(150);
  expect(strings.pans.length).toBeGreaterThan(100);
  expect(strings.addresses.length).toBeGreaterThan(100);
  await app.open();
  await downloadAllocated(page, month, links);

  // The day: visits with remarks, a new phone and a photo (their payments and contact updates
  // wait in the outbox: the network goes away first), a deposit with a slip photo, KYC files.
  await app.network(false);
  const visited = links.slice(0, 12);
  await captureInto(
    page,
    visited.map((l, i) =>
      cashVisit(l.credgenicsId, month, 1000 + i, {
        borrowerName: strings.names[i]!,
        remarks: `${REMARK} (${i})`,
        contact: { phone: `98${String(76543210 + i).padStart(8, '0')}` },
        photo: new Blob([new Uint8Array(fakeJpeg())], { type: "image/jpeg" }),
      }),
    ),
  );
  await page.reload();
  await app.network(true);

  await page.getByRole('link', { name: 'Cash & deposits' }).click();
  await page.getByRole('link', { name: 'Record a deposit' }).click();
  await page.getByRole('button', { name: 'This is right: confirm' }).click();
  await fillDepositSlip(page, 'SLIP-7001', fakeJpeg());
  await page.getByRole('button', { name: /Save deposit of/ }).click();
  await expect.poll(async () => (await readStore(page, 'deposits')).length, { timeout: 20_000 }).toBe(1);

  // A KYC file waits on the laptop (offline), sealed with the send key.
  await app.network(false);
  await page.goto(page.url().replace(/#.*$/, '#/kyc'));
  await page.getByRole('textbox', { name: 'Application number (GLAAS requestFlowId)' }).fill(String(links[0]!.requestFlowId));
  await page.getByRole('button', { name: 'Open application' }).click();
  await page.getByLabel('Choose files').setInputFiles([{ name: 'form.pdf', mimeType: 'application/pdf', buffer: markedPdf() }]);
  await page.getByRole('button', { name: /Save 1 document/ }).click();
  await expect.poll(async () => (await readStore(page, 'documents')).length, { timeout: 20_000 }).toBe(1);

  // What the app itself sees is all there (so the search below is searching real data).
  const visits = await readStore<{ remarks?: string }>(page, 'collections');
  expect(visits.filter((v) => v.remarks?.startsWith(REMARK))).toHaveLength(12);

  // A second page with no key: the plain IndexedDB API, every store.
  const thief = await context.newPage();
  await thief.goto(await serveRenderer(context));
  const { text, stores, records } = await everyStoreAsText(thief);
  expect(stores).toEqual(expect.arrayContaining(['loans', 'snapshots', 'listBlocks', 'collections', 'outbox', 'deposits', 'repayments', 'documents', 'audit']));
  expect(records).toBeGreaterThan(600);
  // The reading itself works: what indexes need is in clear, and it is found.
  expect(links.every((l) => text.includes(l.credgenicsId))).toBe(true);
  const jsonOf = (s: string) => JSON.stringify(s).slice(1, -1);
  expect(found(text, strings, [REMARK, '9876543210'])).toEqual([]);
  expect(text.includes(jsonOf(IMAGE_MARK.toString('latin1')))).toBe(false);
  // The control for this search: the same words are in the sandbox's answers as the app read them.
  expect(found(JSON.stringify(app.sandbox.state.dataset.loans), strings).length).toBeGreaterThan(500);
});

/** Every file under a folder, read whole. */
async function filesUnder(dir: string): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if ((await stat(file)).size > 200 * 1024 * 1024) continue;
    out.push(await readFile(file));
  }
  return out;
}

/** A string is looked for as UTF-8/Latin-1 and as UTF-16LE, the two ways Chromium writes text. */
function onDisk(files: Buffer[], needle: string): boolean {
  const forms = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  return files.some((file) => forms.some((form) => file.includes(form)));
}

async function dayOnRealProfile(sealed: boolean): Promise<{ files: Buffer[]; strings: BorrowerStrings; checked: string[] }> {
  const profile = await mkdtemp(path.join(tmpdir(), 'fielddesk-profile-'));
  const sandbox = await startSandbox({ port: 0, loanCount: 300, seed: 42 });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumFlags,
    headless: true,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    if (!sealed) await page.addInitScript(() => { window.__FIELDDESK_PLAINTEXT_FOR_TESTS__ = true; });
    const main = createHarnessMain({ sandbox });
    await main.invoke('settings.update', TRAINING);
    await installBridge(page, main);
    await page.goto(`${await serveRenderer(context)}#/loans`);
    await page.getByRole('heading', { name: 'My loans' }).waitFor();
    const { month, links, strings } = allocate(sandbox as unknown as AppHarness['sandbox'], 40);
    await downloadAllocated(page, month, links);
    // Twenty strings a thief would look for: names, phones, PANs and addresses of these borrowers.
    const checked = [...strings.names.slice(0, 5), ...strings.phones.slice(0, 5), ...strings.pans.slice(0, 5), ...strings.addresses.slice(0, 5)];
    expect(checked).toHaveLength(20);
    // Chromium flushes IndexedDB's log and tables to disk as the profile closes.
    await page.close();
    await context.close();
    return { files: await filesUnder(profile), strings, checked };
  } finally {
    await context.close().catch(() => undefined);
    await sandbox.close();
    await rm(profile, { recursive: true, force: true });
  }
}

test('disk: 20 borrower strings are found in a profile written with sealing off (the control), none with it on; no full Aadhaar ever', async () => {
  test.setTimeout(240_000);
  const control = await dayOnRealProfile(false);
  const inClear = control.checked.filter((s) => onDisk(control.files, s));
  // The search works: with sealing off the profile holds the borrowers' data.
  expect(inClear.length).toBeGreaterThanOrEqual(15);
  // Aadhaar is masked before it is stored, sealing or not.
  expect(control.strings.aadhaars.filter((a) => onDisk(control.files, a))).toEqual([]);

  const sealed = await dayOnRealProfile(true);
  expect(sealed.checked.filter((s) => onDisk(sealed.files, s))).toEqual([]);
  expect(sealed.strings.aadhaars.filter((a) => onDisk(sealed.files, a))).toEqual([]);
});
