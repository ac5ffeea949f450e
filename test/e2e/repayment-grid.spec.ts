import type { Page } from '@playwright/test';
import type { Assignment } from '../../shared/domain';
import { pendingLoan } from '../../renderer/src/features/loans/summary';
import { putRecords } from '../support/seed-outbox';
import { expect, test } from './fixtures';
import { BOTH_IN_TRAINING as TRAINING, openFromMenu, pasteIntoCell as paste } from './steps';

async function allocate(page: Page, assignments: Assignment[]) {
  await putRecords(page, { assignments, loans: assignments.map((a) => pendingLoan(a.loanId, [a])) });
  await page.reload();
}

test('pasting 200 rows with 10 bad posts nothing and marks exactly those 10; fixed, all 200 reach GLAAS in 2 requests', async ({ page, app }) => {
  test.setTimeout(120_000);
  await app.main.invoke('settings.update', TRAINING);
  const month = app.sandbox.state.dataset.allocationMonths.current;
  const links = app.sandbox.state.links.filter((l) => l.kind === 'loan').slice(0, 5);
  await app.open();
  await allocate(
    page,
    links.map((l) => ({ loanId: l.credgenicsId, allocationMonth: month, source: 'a.csv', importedAt: 1, requestFlowId: String(l.requestFlowId) })),
  );
  await openFromMenu(page, 'Branch repayments');
  await page.getByRole('button', { name: 'This is right: confirm' }).click();

  const bad = new Set([2, 19, 33, 60, 61, 99, 120, 150, 187, 199]);
  const rows = ['Loan\tAmount\tMode\tDate\tReference\tComment'];
  for (let i = 0; i < 200; i++) {
    const loan = links[i % links.length]!.credgenicsId;
    rows.push(bad.has(i) ? `${loan}\tabc\tCASH\t31/02/2026\t\tbad ${i}` : `${loan}\t${500 + i}\tNACH\t20/11/2026\t\tcounter ${i}`);
  }
  await paste(page, 'Loan (id or name), row 1', rows.join('\r\n'));
  await expect(page.getByText('Pasted 200 rows; 10 need fixing (marked in red).')).toBeVisible();
  const marked = page.getByRole('note', { name: /Problems in row/ });
  await expect(marked).toHaveCount(10);
  for (const i of bad) await expect(page.getByRole('note', { name: `Problems in row ${i + 1}`, exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Post 200 repayments to GLAAS' }).click();
  await expect(page.getByRole('alert')).toHaveText('Nothing was posted: 10 rows need fixing (marked in red).');
  expect(app.sandbox.state.repayments).toHaveLength(0);

  // Fix them by keyboard: amount, Tab to mode, date.
  for (const i of bad) {
    const row = i + 1;
    await page.getByRole('textbox', { name: `Amount (₹), row ${row}`, exact: true }).fill('750');
    await page.getByRole('combobox', { name: `Mode, row ${row}`, exact: true }).selectOption('UPI');
    await page.getByRole('textbox', { name: `Cheque no. / UTR, row ${row}`, exact: true }).fill('123456789012');
    await page.getByRole('textbox', { name: `Date paid, row ${row}`, exact: true }).fill('19/11/2026');
  }
  await expect(marked).toHaveCount(0);
  const before = app.sandbox.state.requests.filter((r) => r.path.endsWith('/lms/loanRepayment')).length;
  await page.getByRole('button', { name: 'Post 200 repayments to GLAAS' }).click();
  await expect(page.getByText(/200 repayments saved on this laptop and queued for GLAAS/)).toBeVisible();
  await expect.poll(() => app.sandbox.state.repayments.length, { timeout: 30_000 }).toBe(200);
  expect(app.sandbox.state.requests.filter((r) => r.path.endsWith('/lms/loanRepayment')).length - before).toBe(2);
  await expect(page.getByRole('table', { name: /Posted from this laptop \(200\)/ })).toBeVisible();
});

test('Enter moves down a column; a line GLAAS refuses shows its reason, is corrected and sent again alone', async ({ page, app }) => {
  test.setTimeout(90_000);
  await app.main.invoke('settings.update', TRAINING);
  const month = app.sandbox.state.dataset.allocationMonths.current;
  const [good, wrong] = app.sandbox.state.links.filter((l) => l.kind === 'loan');
  await app.open();
  // The second loan was linked by hand with a mistyped request flow id.
  await allocate(page, [
    { loanId: good!.credgenicsId, allocationMonth: month, source: 'a.csv', importedAt: 1, requestFlowId: String(good!.requestFlowId) },
    { loanId: wrong!.credgenicsId, allocationMonth: month, source: 'a.csv', importedAt: 1, requestFlowId: '999999' },
  ]);
  await openFromMenu(page, 'Branch repayments');
  await page.getByRole('button', { name: 'This is right: confirm' }).click();

  // The loan cell offers the loans on this laptop as suggestions: a combobox.
  const loan1 = page.getByRole('combobox', { name: 'Loan (id or name), row 1', exact: true });
  await loan1.fill(good!.credgenicsId);
  await loan1.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Loan (id or name), row 2', exact: true })).toBeFocused();
  await page.keyboard.type(wrong!.credgenicsId);
  await page.keyboard.press('Tab');
  await page.keyboard.type('1500');
  for (const [row, amount] of [[1, '2500']] as const) await page.getByRole('textbox', { name: `Amount (₹), row ${row}`, exact: true }).fill(amount);
  for (const row of [1, 2]) {
    await page.getByRole('combobox', { name: `Mode, row ${row}`, exact: true }).selectOption('NACH');
    await page.getByRole('textbox', { name: `Date paid, row ${row}`, exact: true }).fill('20/11/2026');
  }
  await expect(page.getByText('2 repayments, ₹4,000.00 in all. Rows to fix: 0.')).toBeVisible();
  await page.getByRole('button', { name: 'Post 2 repayments to GLAAS' }).click();

  const refused = page.getByRole('row', { name: /Repayment .* ₹1,500\.00/ });
  await expect(refused).toContainText('Rejected: Unknown requestFlowId 999999', { timeout: 30_000 });
  await expect(refused.getByRole('status')).toHaveText('Needs your attention');
  await expect(page.getByRole('row', { name: /Repayment .* ₹2,500\.00/ })).toContainText('Accepted');

  const requestsBefore = app.sandbox.state.requests.filter((r) => r.path.endsWith('/lms/loanRepayment')).length;
  await refused.getByRole('button', { name: 'Correct and send again' }).click();
  const fix = page.getByRole('form', { name: `Correct the repayment for ${wrong!.credgenicsId}` });
  await fix.getByRole('textbox', { name: 'GLAAS request flow id' }).fill(String(wrong!.requestFlowId));
  await fix.getByRole('button', { name: 'Send again' }).click();
  await expect(page.getByRole('row', { name: /Repayment .* ₹1,500\.00/ })).toContainText('Accepted', { timeout: 30_000 });
  const sent = app.sandbox.state.requests.filter((r) => r.path.endsWith('/lms/loanRepayment')).slice(requestsBefore);
  expect(sent).toHaveLength(1);
  expect(app.sandbox.state.repayments).toHaveLength(2);
  expect(app.sandbox.state.repayments.filter((r) => r.requestFlowId === wrong!.requestFlowId)).toHaveLength(1);
});
