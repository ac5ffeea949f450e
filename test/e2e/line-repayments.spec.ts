import type { Page } from '@playwright/test';
import type { Assignment } from '../../shared/domain';
import { pendingLoan } from '../../renderer/src/features/loans/summary';
import type { RepaymentLine } from '../../renderer/src/features/repayments/model';
import { captureInto, putRecords, readStore } from '../support/seed-outbox';
import { cashVisit } from '../support/visits';
import { expect, test } from './fixtures';
import { BOTH_IN_TRAINING as TRAINING, openFromMenu, pasteIntoCell as paste } from './steps';

test.use({ viewport: { width: 1366, height: 768 } });

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
  await openFromMenu(page, 'Branch repayments');
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

/** Issue 11, item 3: a deposit's money on a line's loan goes to lineRepayment; a term loan's to loanRepayment. */
test('a deposit on a line’s loan reaches lineRepayment, the term loan’s loanRepayment, each uid once', async ({ page, app }, testInfo) => {
  test.setTimeout(90_000);
  await app.main.invoke('settings.update', TRAINING);
  const month = app.sandbox.state.dataset.allocationMonths.current;
  const term = app.sandbox.state.links.find((l) => l.kind === 'loan')!;
  const line = app.sandbox.state.links.find((l) => l.kind === 'credit-line')!;
  const assignments: Assignment[] = [
    { loanId: term.credgenicsId, allocationMonth: month, source: 'a.csv', importedAt: 1, requestFlowId: String(term.requestFlowId), glaasLoanId: String(term.glaasLoanId) },
    { loanId: line.credgenicsId, allocationMonth: month, source: 'a.csv', importedAt: 1, requestFlowId: String(line.requestFlowId), glaasLine: true },
  ];
  await app.open();
  await putRecords(page, { assignments, loans: assignments.map((a) => pendingLoan(a.loanId, [a])) });
  await captureInto(page, [cashVisit(term.credgenicsId, month, 1200), cashVisit(line.credgenicsId, month, 800)]);
  await page.reload();

  await page.getByRole('link', { name: 'Cash & deposits' }).click();
  await page.getByRole('link', { name: 'Record a deposit' }).click();
  await page.getByRole('button', { name: 'This is right: confirm' }).click();
  const accounts = page.getByRole('group', { name: 'Where each loan’s money goes in GLAAS' });
  await expect(accounts).toContainText(`${line.credgenicsId}: Line of credit`);
  await expect(accounts).toContainText(`${term.credgenicsId}: Term loan`);
  await page.getByRole('radio', { name: 'At a company branch' }).check();
  await page.getByRole('textbox', { name: 'Company branch name' }).fill('Hosur branch');
  await page.getByRole('textbox', { name: 'Branch address' }).fill('12 MG Road, Hosur');
  await page.getByRole('textbox', { name: 'Branch contact number' }).fill('9876543210');
  await page.getByRole('textbox', { name: 'Deposit receipt number' }).fill('SLIP-LINE-1');
  await page.screenshot({ path: testInfo.outputPath('line-deposit-form.png'), fullPage: true });
  await page.getByRole('button', { name: /Save deposit of/ }).click();

  await expect.poll(() => app.sandbox.state.repayments.length, { timeout: 30_000 }).toBe(2);
  const lines = await readStore<RepaymentLine>(page, 'repayments');
  const uidOf = (loanId: string) => lines.find((l) => l.loanId === loanId)!.id;
  const endpointsOf = (uid: string) => app.sandbox.state.repayments.filter((r) => r.uid === uid).map((r) => r.endpoint);
  expect(endpointsOf(uidOf(line.credgenicsId))).toEqual(['lineRepayment']);
  expect(endpointsOf(uidOf(term.credgenicsId))).toEqual(['loanRepayment']);
});

/** Issue 11, item 4: a linked term loan's page shows its schedule and no error; Line Details is never asked. */
test('a linked term loan shows its GLAAS schedule and no line error', async ({ page, app }, testInfo) => {
  await app.main.invoke('settings.update', TRAINING);
  const month = app.sandbox.state.dataset.allocationMonths.current;
  const term = app.sandbox.state.links.find((l) => l.kind === 'loan')!;
  const assignment: Assignment = {
    loanId: term.credgenicsId,
    allocationMonth: month,
    source: 'a.csv',
    importedAt: 1,
    requestFlowId: String(term.requestFlowId),
    glaasLoanId: String(term.glaasLoanId),
  };
  await app.open();
  await putRecords(page, { assignments: [assignment], loans: [pendingLoan(term.credgenicsId, [assignment])] });
  await page.goto(page.url().replace(/#.*$/, `#/loans/${term.credgenicsId}`));
  const glaas = page.getByRole('region', { name: 'GLAAS', exact: true });
  await expect(glaas).toContainText('GLAAS account: term loan');
  await expect(glaas.getByRole('heading', { name: 'Repayment schedule' })).toBeVisible();
  await expect(glaas).toContainText(/Fetched \d{2}\/\d{2}\/\d{4}/, { timeout: 15_000 });
  await expect(glaas.getByRole('alert')).toHaveCount(0);
  await expect(glaas).not.toContainText('no sanctioned line');
  expect(app.sandbox.state.requests.filter((r) => r.path.endsWith('/lms/lineDetails'))).toHaveLength(0);
  await glaas.screenshot({ path: testInfo.outputPath('term-loan-glaas.png') });
});
