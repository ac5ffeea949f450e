import 'fake-indexeddb/auto';
import type { Page } from '@playwright/test';
import { errorFromResponse } from '../../electron/main/services/errors';
import { FieldDeskDb } from '../../renderer/src/db/schema';
import { captureVisit } from '../../renderer/src/features/collections/capture';
import type { OutboxItem } from '../../renderer/src/sync/types';
import { asSavedWithPaise } from '../support/older-version';
import { captureInto, putRecords, readStore } from '../support/seed-outbox';
import { cashVisit } from '../support/visits';
import { expect, test } from './fixtures';

/** Issue 11: whole rupees for an older queued item, the role for receipt messages, the server's words. */

const TRAINING = { credgenics: { environment: 'training' }, glaas: { environment: 'training' } } as const;

const itemRow = (page: Page, loanId: string) =>
  page
    .getByRole('region', { name: 'Items' })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: loanId, exact: true }) });

function allocatedLoans(app: { sandbox: { state: { dataset: { allocationMonths: { current: string }; loans: { loan_details: { loan_id: unknown; defaults?: { allocation_month?: unknown }[] | null } }[] } } } }, count: number) {
  const month = app.sandbox.state.dataset.allocationMonths.current;
  const ids = app.sandbox.state.dataset.loans
    .filter((l) => String(l.loan_details.loan_id).startsWith('FD') && l.loan_details.defaults?.some((d) => d.allocation_month === month))
    .slice(0, count)
    .map((l) => String(l.loan_details.loan_id));
  return { month, ids };
}

test('a payment an older FieldDesk queued with paise needs attention, is corrected to whole rupees, and reaches Credgenics once under the same receipt number', async ({
  page,
  app,
}) => {
  test.setTimeout(90_000);
  await app.main.invoke('settings.update', TRAINING);
  const { month, ids } = allocatedLoans(app, 1);
  const loanId = ids[0]!;
  await app.open();

  // Made the way an older version made it: the same visit and item, with ₹1,234.50 in them.
  const scratch = new FieldDeskDb(`older-${process.pid}-${Date.now()}`);
  const visit = await captureVisit(scratch, cashVisit(loanId, month, 1235), { now: Date.now() });
  const item = (await scratch.outbox.get(visit.id)) as OutboxItem;
  scratch.close();
  const older = asSavedWithPaise(visit, item, 1234.5);
  await putRecords(page, { collections: [older.visit], outbox: [older.item] });
  await page.reload();

  await page.getByRole('link', { name: 'Sync', exact: true }).click();
  const row = itemRow(page, loanId);
  await expect(row.getByRole('status', { name: 'Needs your attention' })).toBeVisible({ timeout: 20_000 });
  // The main process refused the fraction: nothing reached the platform, and the reason is plain.
  await expect(row).toContainText('Credgenics takes whole rupees only: this amount has paise.');
  await expect(row).toContainText(`Saved by an older FieldDesk with paise (₹1,234.50).`);
  await expect(row).toContainText(visit.receiptNo!);
  expect(app.sandbox.state.paymentCount(visit.receiptNo!)).toBe(0);
  await expect(row.getByRole('button', { name: /^Send again:/ })).toHaveCount(0);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: test.info().outputPath('sync-paise-1366x768.png'), fullPage: true });

  // Correct: paise are refused again in plain words; whole rupees go.
  await row.getByRole('button', { name: /^Correct:/ }).click();
  const correct = page.getByRole('form', { name: /^Correct the payment/ });
  const amount = correct.getByRole('textbox', { name: 'Amount (₹)' });
  await expect(amount).toHaveValue('1234.5');
  await correct.getByRole('button', { name: 'Save and send' }).click();
  await expect(correct.getByRole('alert')).toHaveText('Credgenics takes whole rupees only: enter the amount without paise.');
  await amount.fill('1234');
  await correct.getByRole('button', { name: 'Save and send' }).click();
  await expect(row.getByRole('status', { name: 'Sent', exact: true })).toBeVisible({ timeout: 20_000 });

  expect(app.sandbox.state.paymentCount(visit.receiptNo!)).toBe(1);
  const landed = app.sandbox.state.payments.filter((p) => p.paymentReferenceNumber === visit.receiptNo);
  expect(landed.map((p) => [p.loanId, p.amountRecovered])).toEqual([[loanId, 1234]]);
  // Same item, same receipt; the visit record agrees with what was sent.
  const [stored] = await readStore<{ id: string; receiptNo: string; payment: { amount: number } }>(page, 'collections');
  expect(stored).toMatchObject({ id: visit.id, receiptNo: visit.receiptNo, payment: { amount: 1234 } });
});

test('with the role set in Settings, a receipt message follows a payment, carrying the role header; Settings says what is missing until then', async ({
  page,
  app,
}) => {
  test.setTimeout(90_000);
  await app.main.invoke('settings.update', TRAINING);
  const { month, ids } = allocatedLoans(app, 1);
  await app.open();
  await page.getByRole('link', { name: 'Settings', exact: true }).click();

  // The receipt message first (Settings → Lender administration): it names what is still missing.
  await page.getByRole('tablist', { name: 'Parts of Settings' }).getByRole('tab', { name: 'Lender administration' }).click();
  const collections = page.getByRole('region', { name: /Collections/ });
  await collections.getByRole('textbox', { name: 'Event name' }).fill('Payment receipt');
  await collections.getByRole('textbox', { name: 'Inbound bot id' }).fill('bot-7');
  await collections.getByRole('textbox', { name: 'Send to' }).fill('applicant');
  await collections.getByRole('button', { name: 'Save' }).click();
  await expect(collections.getByText('Saved.')).toBeVisible();
  const status = collections.getByRole('status').filter({ hasText: 'Receipt messages' });
  await expect(status).toHaveText(
    'Receipt messages cannot be sent yet. Still missing: your Credgenics role (in the Credgenics section); the company ID (in the Credgenics section).',
  );

  await page.setViewportSize({ width: 1366, height: 768 });
  await status.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('settings-receipt-missing-1366x768.png') });

  // The role and the company id, in the Credgenics section (Settings → Connections; training mode too).
  await page.getByRole('tablist', { name: 'Parts of Settings' }).getByRole('tab', { name: 'Connections' }).click();
  const credgenics = page.getByRole('region', { name: 'Credgenics (collections)' });
  await credgenics.getByLabel('Company id (optional)').fill('company-e2e-7');
  await credgenics.getByLabel('Your Credgenics role (needed for receipt messages)').fill('field-agent');
  await credgenics.getByRole('button', { name: 'Save' }).click();
  await expect(credgenics.getByText('Saved.')).toBeVisible();
  await credgenics.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('settings-credgenics-role-1366x768.png') });
  await page.getByRole('tablist', { name: 'Parts of Settings' }).getByRole('tab', { name: 'Lender administration' }).click();
  await expect(status).toHaveText('Receipt messages are on: after each payment Credgenics takes, the borrower gets the "Payment receipt" message.');
  await page.setViewportSize({ width: 1366, height: 768 });
  await status.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('settings-receipt-1366x768.png') });

  // A payment is sent; the trigger follows it with the role header.
  const [visit] = await captureInto(page, [cashVisit(ids[0]!, month, 700)]);
  await page.reload();
  await expect.poll(() => app.sandbox.state.paymentCount(visit!.receiptNo!), { timeout: 30_000 }).toBe(1);
  await expect.poll(() => app.sandbox.state.communications.length, { timeout: 30_000 }).toBe(1);
  expect(app.sandbox.state.communications[0]).toMatchObject({
    role: 'field-agent',
    body: { loan_id: ids[0], company_id: 'company-e2e-7', event_name: 'Payment receipt', inbound_bot_id: 'bot-7', send_to: 'applicant', allocation_month: month },
  });
});

test('the Sync screen shows the server’s own reasons for every error shape the documents show', async ({ page, app }) => {
  test.setTimeout(60_000);
  await app.main.invoke('settings.update', TRAINING);
  const { month, ids } = allocatedLoans(app, 6);
  await app.open();

  const answer = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const shapes: [string, 'credgenics' | 'glaas', Response, string[]][] = [
    ['output list', 'credgenics', answer(400, { message: 'Bad Request', output: ['Value must be an integer', 'Loan is closed'] }), ['Value must be an integer', 'Loan is closed']],
    ['output string', 'credgenics', answer(404, { message: 'Loan not found', output: 'No loan exists with loan_id X' }), ['No loan exists with loan_id X']],
    [
      'output.errors',
      'credgenics',
      answer(400, { message: 'Data Validation Failed', output: { errors: { amount_recovered: 'Value must be an integer', defaults: { '0': { default_emi_number: 'Value must be a number' } } } } }),
      ['amount_recovered', 'defaults.0.default_emi_number', 'Value must be a number'],
    ],
    ['GLAAS errorMessage', 'glaas', answer(400, { errorMessage: { status: 'Rejected', message: ['Invalid dob details', 'Invalid firm bank details'] } }), ['Invalid dob details', 'Invalid firm bank details']],
    ['output list of objects', 'credgenics', answer(400, { message: 'Bad Request', output: [{ payment_method: 'Invalid option UPI' }] }), ['payment_method', 'Invalid option UPI']],
    ['bare message', 'credgenics', answer(403, { message: 'You do not have permission to perform this action.' }), ['You do not have permission to perform this action.']],
  ];

  // Offline, so the engine sends nothing while the items are seeded and marked refused.
  await app.network(false);
  // Six refused payments, each holding what errors.ts made of one documented answer.
  const visits = await captureInto(page, ids.map((id, i) => cashVisit(id, month, 100 + i)));
  const items = await readStore<OutboxItem>(page, 'outbox');
  const refused: OutboxItem[] = [];
  for (const [i, [, platform, response]] of shapes.entries()) {
    const item = items.find((it) => it.id === visits[i]!.id)!;
    refused.push({ ...item, state: 'rejected', lastError: { ...(await errorFromResponse(platform, response)), at: Date.now() }, attempts: 1 });
  }
  await putRecords(page, { outbox: refused });
  await page.reload();
  await page.getByRole('link', { name: 'Sync', exact: true }).click();
  for (const [i, [name, , , words]] of shapes.entries()) {
    const row = itemRow(page, ids[i]!);
    await expect(row.getByRole('status', { name: 'Needs your attention' }), name).toBeVisible({ timeout: 15_000 });
    for (const w of words) await expect(row, `${name}: ${w}`).toContainText(w);
    await expect(row, name).not.toHaveText(/^[^a-z]*Bad Request[^a-z]*$/i);
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: test.info().outputPath('sync-server-words-1366x768.png'), fullPage: true });
});
