import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addLoanAndOpen } from './steps';

const TRAINING = { credgenics: { environment: 'training' }, glaas: { environment: 'training' } } as const;

/**
 * A time zone where it is about noon right now. The RBI contact-hours tick (08:00–19:00) is
 * tested with an injected clock in the unit tests; here it must not depend on when CI runs.
 */
function middayZone(): string {
  let east = 12 - new Date().getUTCHours();
  if (east > 14) east -= 24;
  if (east < -12) east += 24;
  // The Etc zones count the other way: Etc/GMT-5 is five hours east of UTC.
  return east === 0 ? 'Etc/UTC' : `Etc/GMT${east > 0 ? '-' : '+'}${Math.abs(east)}`;
}
test.use({ timezoneId: middayZone() });

const rupees = (amount: number) =>
  new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR', minimumFractionDigits: 2 }).format(amount);

/** A calendar day on the browser's own clock, YYYY-MM-DD (the date box takes it typed as DD/MM/YYYY). */
const browserDay = (page: Page, offsetDays: number) =>
  page.evaluate((offset) => {
    const d = new Date();
    d.setDate(d.getDate() + offset);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, offsetDays);

/** YYYY-MM-DD → DD/MM/YYYY, as an agent types it. */
const typed = (iso: string) => iso.split('-').reverse().join('/');

test('visits at the door with no network: cash to a receipt, a past promise refused then fixed, an over-claim ticked', async ({
  page,
  context,
  app,
}) => {
  await app.main.invoke('settings.update', TRAINING);
  const dataset = app.sandbox.state.dataset;
  const month = dataset.allocationMonths.current;
  const claimOf = (l: (typeof dataset.loans)[number]) =>
    Number(l.loan_details.defaults?.find((d) => d.allocation_month === month)?.total_claim_amount ?? 0);
  const loan = dataset.loans.find((l) => String(l.loan_details.loan_id).startsWith('FD') && claimOf(l) > 5000)!;
  const loanId = String(loan.loan_details.loan_id);
  const name = String(loan.loan_details.applicant_name);
  const claim = claimOf(loan);

  // The loan reaches the laptop while there is a network.
  await app.open();
  await addLoanAndOpen(page, { loanId, month, name });
  await expect(page.getByRole('region', { name: 'Borrower' })).toBeVisible({ timeout: 15_000 });

  // At the door: no network at all.
  await app.sandbox.close();
  await context.setOffline(true);
  const visits = page.getByRole('region', { name: 'Visits on this laptop' });
  await expect(visits).toContainText('No visit recorded on this laptop yet.');

  // 1. Cash, mostly with the keyboard.
  await page.getByRole('link', { name: 'Record visit' }).click();
  await expect(page).toHaveURL(new RegExp(`#/loans/${loanId}/visit$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Record visit' })).toBeVisible();
  const screen = page.getByRole('main');
  await expect(screen).toContainText(name);
  await expect(screen).toContainText(`Loan id ${loanId}`);
  await expect(screen).toContainText(rupees(claim));
  await expect(page.getByRole('radio', { name: 'Scheduled' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Money taken' })).toHaveCount(0);

  await page.getByRole('radio', { name: 'Yes, met' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Borrower', exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Paid in full' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Paid partly' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Money taken' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Amount taken (₹)' })).toBeFocused();
  await page.keyboard.type('1500');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Cash', exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/receipts\/[0-9A-HJKMNP-TV-Z]{26}$/);

  // Back on the loan, the visit is listed with its status and receipt.
  await page.goto(page.url().replace(/#.*$/, `#/loans/${loanId}`));
  await expect(visits.getByRole('row')).toHaveCount(2);
  await expect(visits).toContainText('₹1,500.00 · Cash');
  await expect(visits).toContainText(/Saved on this laptop|Sending|Checking|Sent/);
  await expect(visits.getByRole('link', { name: /^Receipt FD-/ })).toBeVisible();

  // 2. A promise to pay dated yesterday is refused, in words, with focus on the date.
  await page.getByRole('link', { name: 'Record visit' }).click();
  await page.getByRole('radio', { name: 'Yes, met' }).check();
  await page.getByRole('radio', { name: 'Borrower', exact: true }).check();
  await page.getByRole('radio', { name: 'Promise to pay' }).check();
  await expect(page.getByRole('region', { name: 'Money taken' })).toHaveCount(0);
  const promiseDate = page.getByLabel('Promised date');
  await promiseDate.fill(typed(await browserDay(page, -1)));
  await page.getByRole('textbox', { name: 'Promised amount (₹)' }).fill('2000');
  await page.keyboard.press('Enter');
  const refusal = 'That date has passed. A promise must be for today or a later date.';
  await expect(page.getByRole('alert')).toContainText(refusal);
  await expect(promiseDate).toBeFocused();
  await expect(promiseDate).toHaveAttribute('aria-invalid', 'true');
  await expect(promiseDate).toHaveAccessibleDescription(refusal);
  await expect(page).toHaveURL(/\/visit$/);
  // Fixed: everything else typed is still there.
  await expect(page.getByRole('textbox', { name: 'Promised amount (₹)' })).toHaveValue('2000');
  const today = await browserDay(page, 0);
  await promiseDate.fill(typed(today));
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Promised amount (₹)' }).press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/loans/${loanId}$`));
  await expect(page.getByRole('status').filter({ hasText: 'Visit saved on this laptop.' })).toBeVisible();
  await expect(visits.getByRole('row')).toHaveCount(3);
  const [y, m, d] = today.split('-');
  await expect(visits.getByRole('row').nth(1)).toContainText(`₹2,000.00 by ${d}/${m}/${y}`);
  await expect(visits.getByRole('row').nth(1)).toContainText('Kept on this laptop (no payment to send)');

  // 3. More than this month's claim needs an explicit tick before Save works.
  await page.getByRole('link', { name: 'Record visit' }).click();
  // The loan now has a promise, so the visit starts as its follow-up.
  await expect(page.getByRole('radio', { name: 'Promise-to-pay follow-up' })).toBeChecked();
  await page.getByRole('radio', { name: 'Yes, met' }).check();
  await page.getByRole('radio', { name: 'Borrower', exact: true }).check();
  await page.getByRole('radio', { name: 'Paid partly' }).check();
  await page.getByRole('radio', { name: 'Cash', exact: true }).check();
  const amount = page.getByRole('textbox', { name: 'Amount taken (₹)' });
  await amount.fill(String(claim + 1000));
  const tick = page.getByRole('checkbox', { name: /is more than this month’s claim of/ });
  await expect(tick).toBeVisible();
  await expect(tick).toHaveAccessibleName(`${rupees(claim + 1000)} is more than this month’s claim of ${rupees(claim)}. Tick to confirm.`);
  await amount.press('Enter');
  await expect(page.getByRole('alert')).toContainText(`is more than this month’s claim of ${rupees(claim)}`);
  await expect(tick).toHaveAccessibleDescription('Tick the box to confirm, or change what you entered.');
  await expect(tick).toBeFocused();
  await expect(page).toHaveURL(/\/visit$/);
  await page.keyboard.press('Space');
  await expect(tick).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/receipts\/[0-9A-HJKMNP-TV-Z]{26}$/);

  // Still offline, after a reload: all three visits are on the laptop, newest first.
  await page.goto(page.url().replace(/#.*$/, `#/loans/${loanId}`));
  await page.reload();
  await expect(visits.getByRole('row')).toHaveCount(4);
  await expect(visits.getByRole('row').nth(1)).toContainText(rupees(claim + 1000));
  await expect(visits.getByRole('link', { name: /^Receipt FD-/ })).toHaveCount(2);
});

test('Cancel goes back without saving; a full disk is explained and keeps the form; a loan not on the laptop says so', async ({ page, app }) => {
  await app.main.invoke('settings.update', TRAINING);
  await app.open();
  await addLoanAndOpen(page, { loanId: '2954', month: '2020-8-01', name: 'Keval Gor' });

  await page.getByRole('link', { name: 'Record visit' }).click();
  await page.getByRole('radio', { name: 'No, not met' }).check();
  await expect(page.getByRole('group', { name: 'Who did you meet?' })).toHaveCount(0);
  await page.getByRole('radio', { name: 'Not available / door locked' }).check();
  await page.getByRole('link', { name: 'Cancel' }).click();
  await expect(page).toHaveURL(/#\/loans\/2954$/);
  await expect(page.getByRole('region', { name: 'Visits on this laptop' })).toContainText('No visit recorded on this laptop yet.');

  // The disk is full: the save fails in plain words and nothing typed is lost.
  await page.getByRole('link', { name: 'Record visit' }).click();
  await page.getByRole('radio', { name: 'No, not met' }).check();
  await page.getByRole('radio', { name: 'Not available / door locked' }).check();
  await page.getByRole('textbox', { name: 'Remarks (optional)' }).fill('Neighbour says back on Monday');
  await page.evaluate(() => {
    const w = window as unknown as { __add?: typeof IDBObjectStore.prototype.add };
    w.__add = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.getByRole('button', { name: 'Save visit' }).click();
  await expect(page.getByRole('alert')).toContainText('The visit was not saved. This laptop has run out of storage space');
  await expect(page).toHaveURL(/\/visit$/);
  await expect(page.getByRole('radio', { name: 'Not available / door locked' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Remarks (optional)' })).toHaveValue('Neighbour says back on Monday');
  await page.evaluate(() => {
    const w = window as unknown as { __add: typeof IDBObjectStore.prototype.add };
    IDBObjectStore.prototype.add = w.__add;
  });
  await page.getByRole('button', { name: 'Save visit' }).click();
  await expect(page).toHaveURL(/#\/loans\/2954$/);
  await expect(page.getByRole('status').filter({ hasText: 'Visit saved on this laptop.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Visits on this laptop' }).getByRole('row')).toHaveCount(2);

  await page.goto(page.url().replace(/#.*$/, '#/loans/NOT-ON-THIS-LAPTOP/visit'));
  await expect(page.getByRole('alert')).toContainText('This loan is not on this laptop');
  await page.getByRole('link', { name: 'Back to the loan' }).click();
  await expect(page).toHaveURL(/#\/loans\/NOT-ON-THIS-LAPTOP$/);
  await page.getByRole('link', { name: 'Record visit' }).click();
  await expect(page.getByRole('alert')).toContainText('This loan is not on this laptop');
  await page.getByRole('link', { name: 'Back to my loans' }).click();
  await expect(page).toHaveURL(/#\/loans$/);
});
