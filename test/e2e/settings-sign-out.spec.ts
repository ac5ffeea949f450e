import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { VisitInput } from '../../renderer/src/features/collections/capture';
import type { OutboxItem, OutboxState } from '../../renderer/src/sync/types';
import { captureInto, putRecords, readStore } from '../support/seed-outbox';
import { cashVisit } from '../support/visits';
import { expect, test, type AppHarness } from './fixtures';

const WRONG_TOKEN = 'cg-wrong-token-5d02b7e4';

/** Every channel the renderer calls from now on, in order (the bridge looks invoke up per call). */
function recordChannels(app: AppHarness): string[] {
  const channels: string[] = [];
  const invoke = app.main.invoke.bind(app.main);
  app.main.invoke = (channel, input) => {
    channels.push(String(channel));
    return invoke(channel, input);
  };
  return channels;
}

/** Credgenics on Custom URLs pointing at the sandbox, with a saved token: what a real sign-in looks like. */
async function signIn(page: Page, app: AppHarness, token: string) {
  const credgenics = page.getByRole('region', { name: 'Credgenics (collections)' });
  await credgenics.getByLabel('Custom URLs').check();
  await credgenics.getByLabel('Credgenics API address').fill(app.sandbox.credgenicsBaseUrl);
  await credgenics.getByLabel('Auth token', { exact: true }).fill(token);
  await credgenics.getByRole('button', { name: 'Save' }).click();
  await expect(credgenics.getByText('Saved.')).toBeVisible();
  await expect(credgenics.getByRole('group', { name: 'Credgenics auth token' })).toContainText('Set');
  return credgenics;
}

/** One cash payment on a real sandbox loan, as the visit form would save it. */
function payment(app: AppHarness, amount: number): VisitInput {
  const dataset = app.sandbox.state.dataset;
  const month = dataset.allocationMonths.current;
  const loan = dataset.loans.find((l) => l.loan_details.defaults?.some((d) => d.allocation_month === month))!;
  return cashVisit(String(loan.loan_details.loan_id), month, amount, { borrowerName: String(loan.loan_details.applicant_name) });
}

test('removing the Credgenics token (sign-out) is refused while a payment is unsent, and works once it is sent', async ({ page, app }) => {
  await app.open('settings'); // a new laptop would start on the set-up
  const credgenics = await signIn(page, app, app.sandbox.training.credgenicsToken);
  const tokenGroup = credgenics.getByRole('group', { name: 'Credgenics auth token' });

  // No network: a payment is saved on the laptop and cannot go.
  await app.network(false);
  const [visit] = await captureInto(page, [payment(app, 750)]);
  await page.reload();
  await expect(page.getByRole('link', { name: /1 unsent/ })).toBeVisible();

  // Remove asks, then refuses in plain words, and the main process never hears of it.
  const channels = recordChannels(app);
  await tokenGroup.getByRole('button', { name: 'Remove' }).click();
  await tokenGroup.getByRole('button', { name: 'Remove' }).first().click();
  const refusal = credgenics.getByRole('alert');
  await expect(refusal).toContainText('The saved token was not removed: 1 item recorded on this laptop has not reached Credgenics yet');
  await expect(tokenGroup).toContainText('Set');
  expect(channels).not.toContain('credentials.remove');
  expect(await app.main.invoke('credentials.status', {})).toMatchObject({ ok: true, value: { credgenics: { configured: true } } });

  // The message points to the Sync screen; the network comes back and the payment goes.
  await refusal.getByRole('link', { name: 'Open the Sync screen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sync' })).toBeVisible();
  await app.network(true);
  await expect(page.getByRole('region', { name: 'Items' }).getByRole('status', { name: 'Sent', exact: true })).toBeVisible({ timeout: 20_000 });
  expect(app.sandbox.state.paymentCount(visit!.receiptNo!)).toBe(1);
  await expect(page.getByRole('link', { name: /All sent/ })).toBeVisible();

  // Nothing unsent: Remove works.
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await tokenGroup.getByRole('button', { name: 'Remove' }).click();
  await tokenGroup.getByRole('button', { name: 'Remove' }).first().click();
  await expect(credgenics.getByLabel('Auth token', { exact: true })).toBeVisible();
  await expect(tokenGroup).toHaveCount(0);
  await expect(credgenics.getByRole('alert')).toHaveCount(0);
  expect(channels).toContain('credentials.remove');
  await expect.poll(async () => app.main.invoke('credentials.status', {})).toMatchObject({ ok: true, value: { credgenics: { configured: false } } });
});

/** Signed in with a token Credgenics refuses, and one payment waiting for sign-in. */
async function waitingForSignIn(page: Page, app: AppHarness, amount: number) {
  await app.open('settings'); // a new laptop would start on the set-up
  const credgenics = await signIn(page, app, WRONG_TOKEN);
  const [visit] = await captureInto(page, [payment(app, amount)]);
  await page.reload();
  await expect(page.getByRole('link', { name: /Sign in to sync.*1 unsent/ })).toBeVisible({ timeout: 15_000 });
  return { credgenics, visit: visit! };
}

/** The payment went, once, and nothing checked the connection between `after` and the send. */
function sentRightAfter(app: AppHarness, channels: string[], after: string, receiptNo: string) {
  expect(app.sandbox.state.paymentCount(receiptNo)).toBe(1);
  const changedAt = channels.indexOf(after);
  const sentAt = channels.indexOf('credgenics.updatePayment');
  expect(changedAt).toBeGreaterThanOrEqual(0);
  expect(sentAt).toBeGreaterThan(changedAt);
  expect(channels.slice(changedAt, sentAt)).not.toContain('connection.test');
}

test('a payment waiting for sign-in goes as soon as a new token is saved, with no wait for the next check', async ({ page, app }) => {
  // Credgenics refuses the token: the payment waits for sign-in.
  const { credgenics, visit } = await waitingForSignIn(page, app, 1200);

  // The right token, saved: the payment goes at once. Had it waited for the engine's own
  // periodic check (which keeps failing until now), a connection test would come between.
  const channels = recordChannels(app);
  await credgenics.getByRole('button', { name: 'Replace' }).click();
  await credgenics.getByLabel('Auth token', { exact: true }).fill(app.sandbox.training.credgenicsToken);
  await credgenics.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('link', { name: /All sent/ })).toBeVisible({ timeout: 15_000 });
  sentRightAfter(app, channels, 'credentials.setCredgenics', visit.receiptNo!);
});

test('a payment waiting for sign-in goes as soon as the Credgenics environment is changed', async ({ page, app }) => {
  const { credgenics, visit } = await waitingForSignIn(page, app, 640);

  // Training needs no token (and here is the same sandbox): the payment goes at once.
  const channels = recordChannels(app);
  await credgenics.getByLabel('Training (demo data, no sign-in)').check();
  await expect(page.getByRole('link', { name: /All sent/ })).toBeVisible({ timeout: 15_000 });
  sentRightAfter(app, channels, 'settings.update', visit.receiptNo!);
});

const SCREENS = path.resolve('test/e2e/out/screens');

/** A GLAAS repayment the server refused: it waits on the laptop for a person, so it is unsent. */
function glaasItem(id: string, state: OutboxState): OutboxItem {
  return {
    id,
    kind: 'glaas.repayment',
    queue: `glaas.repayment:${id}`,
    recordId: id,
    loanId: 'FD-GLAAS-1',
    amount: 2500,
    payload: { v: 1 },
    state,
    attempts: 1,
    createdAt: Date.now(),
    updatedAt: Date.now(),
    nextAttemptAt: 0,
    ...(state === 'rejected' ? { lastError: { kind: 'rejected' as const, message: 'Refused by GLAAS', at: Date.now() } } : {}),
  };
}

/** Marks every outbox item sent, as the engine would once the platforms confirmed them. */
async function markAllSent(page: Page) {
  const items = await readStore<OutboxItem>(page, 'outbox');
  await putRecords(page, { outbox: items.map((item) => ({ ...item, state: 'sent', sentAt: Date.now() })) });
}

test('removing the GLAAS username and password is refused while a GLAAS item is unsent, and works once it is sent', async ({ page, app }) => {
  await app.open('settings');
  const glaas = page.getByRole('region', { name: 'GLAAS (loans, repayments and KYC)' });
  await glaas.getByLabel('Custom URLs').check();
  await glaas.getByLabel('GLAAS sign-in address').fill(app.sandbox.glaasAuthUrl);
  await glaas.getByLabel('GLAAS API address').fill(app.sandbox.glaasApiUrl);
  await glaas.getByLabel('Username').fill(app.sandbox.training.glaasUsername);
  await glaas.getByLabel('Password').fill(app.sandbox.training.glaasPassword);
  await glaas.getByRole('button', { name: 'Save' }).click();
  const login = glaas.getByRole('group', { name: 'GLAAS username and password' });
  await expect(login).toContainText('Set');

  await putRecords(page, { outbox: [glaasItem('G-1', 'rejected')] });
  await page.reload();
  const channels = recordChannels(app);
  await login.getByRole('button', { name: 'Remove' }).click();
  await login.getByRole('button', { name: 'Remove' }).first().click();
  const refusal = glaas.getByRole('alert');
  await expect(refusal).toContainText('The saved GLAAS username and password were not removed: 1 item recorded on this laptop has not reached GLAAS yet');
  await expect(refusal.getByRole('link', { name: 'Open the Sync screen' })).toBeVisible();
  expect(channels).not.toContain('credentials.remove');
  expect(await app.main.invoke('credentials.status', {})).toMatchObject({ ok: true, value: { glaas: { configured: true } } });

  await markAllSent(page);
  await page.reload();
  await login.getByRole('button', { name: 'Remove' }).click();
  await login.getByRole('button', { name: 'Remove' }).first().click();
  await expect(glaas.getByLabel('Password')).toBeVisible();
  // The removal reaches the main process a moment after the screen changes: wait for it.
  await expect.poll(() => channels).toContain('credentials.remove');
  await expect
    .poll(async () => app.main.invoke('credentials.status', {}))
    .toMatchObject({ ok: true, value: { glaas: { configured: false } } });
});

const words = {
  en: {
    card: 'Sign out of this laptop',
    start: 'Sign out of this laptop',
    yes: 'Yes, sign out and remove',
    credgenicsOne: '1 item has not reached Credgenics yet.',
    glaasOne: '1 item has not reached GLAAS yet.',
    done: 'You are signed out. FieldDesk removed from this laptop:',
    database: 'all saved borrower data: loans, visits, payments, deposits, KYC documents and the sync history',
    token: 'the saved Credgenics token',
    restart: 'Start again',
  },
  hi: {
    card: 'इस लैपटॉप से साइन आउट करें',
    start: 'इस लैपटॉप से साइन आउट करें',
    yes: 'हाँ, साइन आउट करें और हटाएँ',
    credgenicsOne: '1 आइटम अभी Credgenics तक नहीं पहुँचा है।',
    glaasOne: '1 आइटम अभी GLAAS तक नहीं पहुँचा है।',
    done: 'आप साइन आउट हो गए हैं। FieldDesk ने इस लैपटॉप से हटाया:',
    database: 'उधारकर्ताओं का सारा सेव किया गया डेटा: लोन, विज़िट, भुगतान, जमा, KYC दस्तावेज़ और सिंक का इतिहास',
    token: 'सेव किया गया Credgenics टोकन',
    restart: 'फिर से शुरू करें',
  },
} as const;

for (const language of ['en', 'hi'] as const) {
  test(`sign out of this laptop (${language}): refused with unsent work on either platform; then the database, keys and credentials go`, async ({ page, app }) => {
    const w = words[language];
    await mkdir(SCREENS, { recursive: true });
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.main.invoke('settings.update', { language, glaas: { environment: 'training' } });
    await app.open('settings');
    // A real token saved for Credgenics (Custom pointing at the sandbox), so the wipe has one to remove.
    if (language === 'en') await signIn(page, app, app.sandbox.training.credgenicsToken);
    else {
      await app.main.invoke('settings.update', { credgenics: { environment: 'custom', customBaseUrl: app.sandbox.credgenicsBaseUrl } });
      await app.main.invoke('credentials.setCredgenics', { token: app.sandbox.training.credgenicsToken });
    }

    // An unsent Credgenics payment (no network), then an unsent GLAAS item as well.
    await app.network(false);
    await captureInto(page, [payment(app, 900)]);
    await page.reload();
    const card = page.getByRole('region', { name: w.card });
    const channels = recordChannels(app);
    await card.getByRole('button', { name: w.start }).click();
    const refusal = card.getByRole('alert');
    await expect(refusal).toContainText(w.credgenicsOne);
    await expect(refusal).not.toContainText('GLAAS');
    await putRecords(page, { outbox: [glaasItem('G-2', 'paused-auth')] });
    await card.getByRole('button', { name: w.start }).click();
    await expect(refusal).toContainText(w.credgenicsOne);
    await expect(refusal).toContainText(w.glaasOne);
    await card.getByRole('button', { name: w.start }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENS, `${language}-1366-settings-sign-out-refused.png`) });
    expect(channels).not.toContain('lock.wipe');
    expect(await app.main.invoke('lock.status', {})).toMatchObject({ ok: true, value: { state: 'unlocked' } });

    // Everything sent: sign-out asks, then removes and says what.
    await markAllSent(page);
    await app.network(true);
    await card.getByRole('button', { name: w.start }).click();
    await expect(card.getByRole('button', { name: w.yes })).toBeVisible();
    expect(channels).not.toContain('lock.wipe');
    await card.getByRole('button', { name: w.yes }).click();
    const removed = card.getByRole('list', { name: w.done });
    await expect(removed).toBeVisible();
    await expect(removed.getByRole('listitem').filter({ hasText: w.database })).toHaveCount(1);
    await expect(removed.getByRole('listitem').filter({ hasText: w.token })).toHaveCount(1);
    await removed.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENS, `${language}-1366-settings-sign-out-done.png`) });
    expect(channels).toContain('lock.wipe');

    // The database is gone (and stays gone), the main process forgot the PIN and the token, the language stays.
    await page.waitForTimeout(300);
    const databases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(databases).not.toContain('fielddesk');
    expect(await app.main.invoke('lock.status', {})).toMatchObject({ ok: true, value: { state: 'no-pin' } });
    await expect.poll(async () => app.main.invoke('credentials.status', {})).toMatchObject({ ok: true, value: { credgenics: { configured: false } } });
    expect(await page.evaluate(() => ({ ...localStorage }))).toEqual({ 'fielddesk.language': language });
    expect(await app.main.invoke('settings.get', {})).toMatchObject({ ok: true, value: { language } });

    // Start again: a fresh page on the first-run set-up.
    await card.getByRole('button', { name: w.restart }).click();
    await expect(page).toHaveURL(/#\/welcome$/);
  });
}
