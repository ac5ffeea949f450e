import { saveTrainingAllocationForTest } from '../support/training';
import { captureInto } from '../support/seed-outbox';
import { cashVisit } from '../support/visits';
import { expect, test } from './fixtures';
import { middayZone } from './keyboard';

const TRAINING = { credgenics: { environment: 'training' }, glaas: { environment: 'training' } } as const;

// A laptop set to US English: the browser's own date box would show 12/02/2026 for 2 December.
test.use({ locale: 'en-US', timezoneId: middayZone(), viewport: { width: 1366, height: 768 } });

const DMY = /^\d{2}\/\d{2}\/\d{4}$/;
const pad = (n: number) => String(n).padStart(2, '0');
/** A day on the browser's clock, offset by whole days: { iso: YYYY-MM-DD, typed: DD/MM/YYYY }. */
async function browserDay(page: import('@playwright/test').Page, offset: number) {
  const [y, m, d] = await page.evaluate((o) => {
    const t = new Date();
    t.setDate(t.getDate() + o);
    return [t.getFullYear(), t.getMonth() + 1, t.getDate()];
  }, offset);
  return { iso: `${y}-${pad(m!)}-${pad(d!)}`, typed: `${pad(d!)}/${pad(m!)}/${y}`, day: d!, month: m!, year: y! };
}
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

test('under an en-US browser, date boxes and shown dates are DD/MM/YYYY and months are "Dec 2026"', async ({ page, app }, testInfo) => {
  await app.main.invoke('settings.update', TRAINING);
  const month = app.sandbox.state.dataset.allocationMonths.current;
  await app.open();
  expect(await page.evaluate(() => navigator.language)).toBe('en-US');
  await saveTrainingAllocationForTest(page, ['FD100001', 'FD100002'], month);
  await captureInto(page, [cashVisit('FD100001', month, 1500), cashVisit('FD100002', month, 2500)]);
  await page.reload();
  const today = await browserDay(page, 0);
  const yesterday = await browserDay(page, -1);
  const tomorrow = await browserDay(page, 1);

  // My loans: the allocation month in words.
  await expect(page.getByRole('heading', { level: 1, name: 'My loans' })).toBeVisible();
  const months = await page.getByRole('combobox', { name: 'Allocation month' }).locator('option').allInnerTexts();
  expect(months.slice(1)).toEqual([expect.stringMatching(/^[A-Z][a-z]{2} \d{4}$/)]);
  expect(months.join()).not.toMatch(/\d{4}-\d/);

  // Day report: the date box is DD/MM/YYYY, typed day first, with the day in words under it.
  await page.goto(page.url().replace(/#.*$/, '#/report'));
  const day = page.getByRole('textbox', { name: 'Day' });
  await expect(day).toHaveValue(today.typed);
  await expect(day).toHaveAttribute('type', 'text');
  await expect(page.getByText(`${today.day} ${MONTHS[today.month - 1]} ${today.year}`, { exact: true })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('day-report-en-US.png') });
  await day.fill(yesterday.typed);
  await expect(page.getByText(`${yesterday.day} ${MONTHS[yesterday.month - 1]} ${yesterday.year}`, { exact: true })).toBeVisible();
  await expect(page.getByText('No visits recorded on this day.')).toBeVisible();
  // The keyboard: ↑ is the next day (never past today here), T is today.
  await day.press('ArrowUp');
  await expect(day).toHaveValue(today.typed);
  await day.press('ArrowUp');
  await expect(day).toHaveValue(today.typed);
  await expect(page.getByRole('cell', { name: 'Borrower FD100001' })).toBeVisible();

  // Deposit form: today's date, DD/MM/YYYY.
  await page.goto(page.url().replace(/#.*$/, '#/deposits/new'));
  const depositDate = page.getByRole('textbox', { name: 'Deposit date' });
  await expect(depositDate).toHaveValue(today.typed);
  await depositDate.fill(tomorrow.typed);
  await page.getByRole('button', { name: /^Save deposit of/ }).click();
  await expect(page.getByText('The deposit date cannot be in the future.')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('deposit-form-en-US.png'), fullPage: true });

  // Money report: days as DD/MM/YYYY, never 2026-12-02.
  await page.goto(page.url().replace(/#.*$/, '#/money'));
  const byDay = page.getByRole('table', { name: 'By day' });
  await expect(byDay).toContainText(today.typed);
  const days = await byDay.locator('tbody th').allInnerTexts();
  expect(days.length).toBeGreaterThan(0);
  for (const d of days) expect(d.trim()).toMatch(DMY);
  await page.screenshot({ path: testInfo.outputPath('money-report-en-US.png') });

  // Visit form: a promise typed DD/MM/YYYY is kept as that day, and listed as DD/MM/YYYY.
  await page.goto(page.url().replace(/#.*$/, '#/loans/FD100001/visit'));
  await expect(page.getByRole('main')).toContainText(/This month’s claim \([A-Z][a-z]{2} \d{4}\)/);
  await page.getByRole('radio', { name: 'Yes, met' }).check();
  await page.getByRole('radio', { name: 'Borrower', exact: true }).check();
  await page.getByRole('radio', { name: 'Promise to pay' }).check();
  const promised = page.getByRole('textbox', { name: 'Promised date' });
  await promised.fill(tomorrow.typed);
  await expect(page.getByText(`${tomorrow.day} ${MONTHS[tomorrow.month - 1]} ${tomorrow.year}`, { exact: true })).toBeVisible();
  await page.getByRole('textbox', { name: 'Promised amount (₹)' }).fill('900');
  await page.screenshot({ path: testInfo.outputPath('visit-promise-en-US.png'), fullPage: true });
  await page.getByRole('button', { name: 'Save visit' }).click();
  await expect(page).toHaveURL(/#\/loans\/FD100001$/);
  await expect(page.getByRole('region', { name: 'Visits on this laptop' })).toContainText(`₹900.00 by ${tomorrow.typed}`);
});
