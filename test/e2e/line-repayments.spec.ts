import type { Page } from '@playwright/test';
import type { Assignment } from '../../shared/domain';
import { pendingLoan } from '../../renderer/src/features/loans/summary';
import { putRecords } from '../support/seed-outbox';
import { expect, test } from './fixtures';

const TRAINING = { credgenics: { environment: 'training' }, glaas: { environment: 'training' } } as const;
test.use({ viewport: { width: 1366, height: 768 } });

/** Pastes text into a grid cell the way a spreadsheet's clipboard does. */
async function paste(page: Page, cell: string, text: string) {
  await page.getByLabel(cell, { exact: true }).focus();
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/**
 * Issue 11, item 3: a grid of 60 rows, 20 of them on GLAAS lines of credit (the allocation sheet's
 * GLAAS product column said LINE) → the grid says which rows are lines, line rows reach
 * lineRepayment and the rest loanRepayment, each uid exactly once.
 */
test('a grid of 60 rows, 20 on lines: line rows reach lineRepayment, the rest loanRepayment, each uid once', async ({ page, app }, testInfo) => {
  test.setTimeout(90_000);
  await app.main.invoke('settings.update', TRAINING);
  const month = app.sandbox.state.dataset.allocationMonths.current;
  const terms = app.sandbox.state.links.filter((l) => l.kind === 'loan').slice(0, 4);
  const seen = new Set<number>();
  const lines = app.sandbox.state.links.filter((l) => l.kind === 'credit-line' && !seen.has(l.requestFlowId) && seen.add(l.requestFlowId)).slice(0, 4);
  expect(lines).toHaveLength(4);
  const assignments: Assignment[] = [
    ...terms.map((l) => ({ loanId: l.credgenicsId, allocationMonth: month, source: 'a.csv', importedAt: 1, requestFlowId: String(l.requestFlowId), glaasLoanId: String(l.glaasLoanId) })),
    ...lines.map((l) => ({ loanId: l.credgenicsId, allocationMonth: month, source: 'a.csv', importedAt: 1, requestFlowId: String(l.requestFlowId), glaasLine: true })),
  ];
  await app.open();
  await putRecords(page, { assignments, loans: assignments.map((a) => pendingLoan(a.loanId, [a])) });
  await page.reload();
  await page.getByRole('link', { name: 'Branch repayments' }).click();
  await page.getByRole('button', { name: 'This is right: confirm' }).click();

  const rows = ['Loan\tAmount\tMode\tDate\tReference\tComment'];
  const onLine: boolean[] = [];
  for (let i = 0; i < 60; i++) {
    const line = i % 3 === 2; // every third row: 20 of 60
    const loan = line ? lines[i % lines.length]! : terms[i % terms.length]!;
    onLine.push(line);
    rows.push(`${loan.credgenicsId}\t${500 + i}\tNACH\t20/11/2026\t\trow ${i + 1}`);
  }
  await paste(page, 'Loan (id or name), row 1', rows.join('\r\n'));
  await expect(page.getByText('Pasted 60 rows. All look right.')).toBeVisible();
  await expect(page.getByLabel('GLAAS account, row 3', { exact: true })).toHaveText('Line of credit');
  await expect(page.getByLabel('GLAAS account, row 1', { exact: true })).toHaveText('Term loan');
  await page.screenshot({ path: testInfo.outputPath('line-repayments-grid.png') });

  await page.getByRole('button', { name: 'Post 60 repayments to GLAAS' }).click();
  await expect.poll(() => app.sandbox.state.repayments.length, { timeout: 30_000 }).toBe(60);
  await page.waitForTimeout(1_000);
  const byComment = new Map(app.sandbox.state.repayments.map((r) => [r.comment, r]));
  for (let i = 0; i < 60; i++) {
    const record = byComment.get(`row ${i + 1}`);
    expect(record?.endpoint, `row ${i + 1}`).toBe(onLine[i] ? 'lineRepayment' : 'loanRepayment');
    expect(app.sandbox.state.repaymentCount(record!.uid)).toBe(1);
  }
  expect(app.sandbox.state.repayments.filter((r) => r.endpoint === 'lineRepayment')).toHaveLength(20);
});
