import { readFile } from 'node:fs/promises';
import type { VisitInput } from '../../renderer/src/features/collections/capture';
import { captureInto } from '../support/seed-outbox';
import { expect, test } from './fixtures';

const TRAINING = { credgenics: { environment: 'training' }, glaas: { environment: 'training' } } as const;

test('day report: today’s visits, money by method, promises due, and a CSV export', async ({ page, app }) => {
  await app.main.invoke('settings.update', TRAINING);
  const month = app.sandbox.state.dataset.allocationMonths.current;
  const base = (loanId: string): Omit<VisitInput, 'outcome'> => ({
    loanId,
    allocationMonth: month,
    borrowerName: `Borrower ${loanId}`,
    purpose: 'scheduled',
    met: true,
    whoMet: 'borrower',
    agent: { email: 'agent@lender.test' },
  });
  const today = new Date();
  const isoToday = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  await app.network(false); // recorded in the field, nothing sent yet
  await app.open();
  await expect(page.getByRole('link', { name: /Offline/ })).toBeVisible();
  await captureInto(page, [
    { ...base('FD100001'), outcome: { code: 'PAID_PART', label: 'Paid partly', needs: 'payment' }, payment: { amount: 1500, method: 'cash' } },
    { ...base('FD100002'), outcome: { code: 'PAID_PART', label: 'Paid partly', needs: 'payment' }, payment: { amount: 2000, method: 'upi', reference: '123456789012' }, remarks: 'Paid, "finally", by phone' },
    { ...base('FD100003'), outcome: { code: 'PTP', label: 'Promise to pay', needs: 'promise' }, promise: { date: isoToday, amount: 900 } },
    { ...base('FD100004'), met: false, whoMet: undefined, outcome: { code: 'NOT_AVAILABLE', label: 'Not available / door locked', needs: 'none' } },
  ]);
  await page.reload();
  await page.getByRole('link', { name: 'Day report' }).click();
  await expect(page.getByRole('heading', { name: 'Day report', level: 1 })).toBeVisible();
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary).toContainText('4'); // visits
  await expect(summary).toContainText('₹3,500.00');
  const byMethod = page.getByRole('table', { name: 'Collected by method' });
  await expect(byMethod.getByRole('row', { name: /Cash/ })).toContainText('₹1,500.00');
  await expect(byMethod.getByRole('row', { name: /UPI/ })).toContainText('₹2,000.00');
  await expect(page.getByRole('table', { name: 'Outcomes' })).toContainText('Not available / door locked');
  await expect(page.getByText('FD100003').first()).toBeVisible(); // the promise due today

  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect(page.getByText(/Saved as Day report .*\.csv/)).toBeVisible();
  const csv = (await readFile(app.saved.files.at(-1)!, 'utf8')).replace(/^\uFEFF/, '');
  const lines = csv.trim().split(/\r?\n/);
  expect(lines).toHaveLength(5); // header + 4 visits
  expect(lines[0]).toContain('Loan id');
  expect(csv).toContain('1500.00');
  expect(csv).toContain('"Paid, ""finally"", by phone"');
});
