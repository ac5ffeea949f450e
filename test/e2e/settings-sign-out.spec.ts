import type { Page } from '@playwright/test';
import type { VisitInput } from '../../renderer/src/features/collections/capture';
import { captureInto } from '../support/seed-outbox';
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
  expect(await app.main.invoke('credentials.status', {})).toMatchObject({ ok: true, value: { credgenics: { configured: false } } });
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
