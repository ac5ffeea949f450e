import type { Page } from '@playwright/test';
import type { VisitInput } from '../../renderer/src/features/collections/capture';
import { receiptNumberFor } from '../../renderer/src/sync/ids';
import { captureInto } from '../support/seed-outbox';
import { cashVisit } from '../support/visits';
import { expect, test } from './fixtures';
import { addLoanAndOpen } from './steps';

const TRAINING = { credgenics: { environment: 'training' }, glaas: { environment: 'training' } } as const;
/** A month none of the sandbox's loans is allocated in: Update Payment answers 400. */
const WRONG_MONTH = '2020-1-01';
const REFUSAL = `No allocation in ${WRONG_MONTH} for this loan`;

/** A time zone where it is about noon now, so the contact-hours tick never appears (see visit.spec.ts). */
function middayZone(): string {
  let east = 12 - new Date().getUTCHours();
  if (east > 14) east -= 24;
  if (east < -12) east += 24;
  return east === 0 ? 'Etc/UTC' : `Etc/GMT${east > 0 ? '-' : '+'}${Math.abs(east)}`;
}
test.use({ timezoneId: middayZone() });

/** The Sync screen's row for a loan's item, found by the loan link in it. */
const itemRow = (page: Page, loanId: string) =>
  page
    .getByRole('region', { name: 'Items' })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: loanId, exact: true }) });

test('a payment the sandbox refuses shows its reason, is corrected and sent once, and never blocks other loans; another is discarded with a reason', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await app.main.invoke('settings.update', TRAINING);
  const dataset = app.sandbox.state.dataset;
  const month = dataset.allocationMonths.current;
  const claims = (l: (typeof dataset.loans)[number]) => (l.loan_details.defaults ?? []).map((d) => Number(d.total_claim_amount ?? 0));
  const candidates = dataset.loans.filter(
    (l) =>
      String(l.loan_details.loan_id).startsWith('FD') &&
      l.loan_details.defaults?.some((d) => d.allocation_month === month) &&
      claims(l).every((c) => c > 1000),
  );
  const [refused, discarded, ...others] = candidates.slice(0, 5).map((l) => ({
    loanId: String(l.loan_details.loan_id),
    name: String(l.loan_details.applicant_name),
  }));
  expect(others).toHaveLength(3);

  // Network on. The refused loan reaches the laptop allocated in a month Credgenics does not have.
  await app.open();
  await addLoanAndOpen(page, { loanId: refused!.loanId, month: WRONG_MONTH, name: refused!.name });
  await expect(page.getByRole('region', { name: 'Borrower' })).toBeVisible({ timeout: 15_000 });

  // The real visit form: ₹500 cash, saved to a receipt.
  await page.getByRole('link', { name: 'Record visit' }).click();
  await page.getByRole('radio', { name: 'Yes, met' }).check();
  await page.getByRole('radio', { name: 'Borrower', exact: true }).check();
  await page.getByRole('radio', { name: 'Paid partly' }).check();
  await page.getByRole('textbox', { name: 'Amount taken (₹)' }).fill('500');
  await page.getByRole('radio', { name: 'Cash', exact: true }).check();
  await page.getByRole('button', { name: 'Save visit' }).click();
  await expect(page).toHaveURL(/#\/receipts\/[0-9A-HJKMNP-TV-Z]{26}$/);
  const refusedReceipt = receiptNumberFor(page.url().split('/').at(-1)!);

  // Sandbox says 400: the visit history says so, and so does the loan's row in My loans.
  await page.goto(page.url().replace(/#.*$/, `#/loans/${refused!.loanId}`));
  const visits = page.getByRole('region', { name: 'Visits on this laptop' });
  await expect(visits.getByRole('status', { name: 'Needs your attention' })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('link', { name: 'My loans', exact: true }).click();
  await expect(
    page.getByRole('link', { name: new RegExp(refused!.loanId) }).getByRole('status', { name: 'Needs your attention' }),
  ).toBeVisible();
  expect(app.sandbox.state.paymentCount(refusedReceipt)).toBe(0);

  // With the refused item on the laptop: three payments on other loans, and one more refusal.
  const visit = (loanId: string, allocationMonth: string, amount: number): VisitInput => cashVisit(loanId, allocationMonth, amount);
  const seeded = await captureInto(page, [
    ...others.map((o, i) => visit(o!.loanId, month, 300 + i)),
    visit(discarded!.loanId, WRONG_MONTH, 250),
  ]);
  await page.reload();

  await page.getByRole('link', { name: 'Sync', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sync' })).toBeVisible();
  for (const [i, other] of others.entries()) {
    await expect(itemRow(page, other!.loanId).getByRole('status', { name: 'Sent', exact: true })).toBeVisible({ timeout: 20_000 });
    expect(app.sandbox.state.paymentCount(seeded[i]!.receiptNo!)).toBe(1);
  }
  for (const loan of [refused!, discarded!]) {
    const row = itemRow(page, loan.loanId);
    await expect(row.getByRole('status', { name: 'Needs your attention' })).toBeVisible({ timeout: 20_000 });
    await expect(row).toContainText(REFUSAL);
  }
  await expect(page.getByRole('link', { name: /2 unsent.*2 need your attention/ })).toBeVisible();

  // Correct: the right month, Save and send. It goes, once, under the same receipt number.
  const refusedRow = itemRow(page, refused!.loanId);
  await refusedRow.getByRole('button', { name: /^Correct:/ }).click();
  const correct = page.getByRole('form', { name: /^Correct the payment/ });
  const monthBox = correct.getByRole('textbox', { name: /Allocation month/ });
  await expect(monthBox).toHaveValue(WRONG_MONTH);
  await expect(correct.getByRole('textbox', { name: 'Amount (₹)' })).toHaveValue('500');
  await monthBox.fill(month);
  await correct.getByRole('button', { name: 'Save and send' }).click();
  await expect(refusedRow.getByRole('status', { name: 'Sent', exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(refusedRow).not.toContainText(REFUSAL);
  expect(app.sandbox.state.paymentCount(refusedReceipt)).toBe(1);
  const landed = app.sandbox.state.payments.filter((p) => p.paymentReferenceNumber === refusedReceipt);
  expect(landed.map((p) => [p.loanId, p.allocationMonth, p.amountRecovered])).toEqual([[refused!.loanId, month, 500]]);
  await expect(page.getByRole('link', { name: /1 unsent.*1 need your attention/ })).toBeVisible();

  // Discard: a reason is required.
  const discardedRow = itemRow(page, discarded!.loanId);
  await discardedRow.getByRole('button', { name: /^Discard:/ }).click();
  const discard = page.getByRole('form', { name: /^Discard / });
  const reason = discard.getByRole('textbox', { name: 'Why is this discarded?' });
  await discard.getByRole('button', { name: 'Discard for good' }).click();
  expect(await reason.evaluate((input: HTMLInputElement) => input.validity.valueMissing)).toBe(true);
  await reason.fill('   ');
  await discard.getByRole('button', { name: 'Discard for good' }).click();
  await expect(discard.getByRole('alert')).toContainText('Say why this is discarded');
  await expect(discardedRow.getByRole('status', { name: 'Needs your attention' })).toBeVisible();
  await reason.fill('Borrower paid at the branch; entered there');
  await discard.getByRole('button', { name: 'Discard for good' }).click();
  await expect(discardedRow.getByRole('status', { name: 'Discarded' })).toBeVisible();

  // Nothing is left unsent: the header and the summary say so, and nothing more reached the sandbox.
  await expect(page.getByRole('link', { name: /All sent/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /unsent|need your attention/ })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Everything recorded on this laptop has reached the platforms.' })).toBeVisible();
  const counts = page.getByRole('table', { name: 'Items by state' });
  await expect(counts.getByRole('row', { name: /^Sent/ })).toContainText('4');
  await expect(counts.getByRole('row', { name: /Discarded/ })).toContainText('1');
  await expect(counts.getByRole('row', { name: /Needs your attention/ })).toContainText('0');
  expect(app.sandbox.state.paymentCount(seeded[3]!.receiptNo!)).toBe(0);
  expect(app.sandbox.state.payments).toHaveLength(4);
});
