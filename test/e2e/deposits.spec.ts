import type { Assignment } from '../../shared/domain';
import { pendingLoan } from '../../renderer/src/features/loans/summary';
import type { RepaymentLine } from '../../renderer/src/features/repayments/model';
import { captureInto, putRecords, readStore } from '../support/seed-outbox';
import { cashVisit } from '../support/visits';
import { expect, test } from './fixtures';
import { fillDepositSlip } from './steps';

const TRAINING = { credgenics: { environment: 'training' }, glaas: { environment: 'training' } } as const;
const rupees = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR', minimumFractionDigits: 2 });

test('20 cash collections → cash in hand → deposit 15 with a slip photo → GLAAS gets exactly 15 lines → statuses → 5 still in hand', async ({ page, app }) => {
  test.setTimeout(120_000);
  await app.main.invoke('settings.update', TRAINING);
  const month = app.sandbox.state.dataset.allocationMonths.current;
  const links = app.sandbox.state.links.filter((l) => l.kind === 'loan').slice(0, 20);
  expect(links).toHaveLength(20);
  await app.open();

  // The allocation import brought each loan with its GLAAS link; the agent then took 20 cash payments.
  // The first loan came without its GLAAS ids: the deposit form must say so and let it be linked.
  const assignments: Assignment[] = links.map((l, i) => ({
    loanId: l.credgenicsId,
    allocationMonth: month,
    source: 'allocation.csv',
    importedAt: Date.now(),
    ...(i === 0 ? {} : { requestFlowId: String(l.requestFlowId), glaasLoanId: String(l.glaasLoanId) }),
  }));
  await putRecords(page, { assignments, loans: assignments.map((a) => pendingLoan(a.loanId, [a])) });
  // Whole rupees: each is also a Credgenics payment, whose amount_recovered is an integer.
  const amounts = links.map((_, i) => 1000 + i * 10);
  const visits = await captureInto(page, links.map((l, i) => cashVisit(l.credgenicsId, month, amounts[i]!)));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  // Seeded behind Dexie's back: reload so every live view reads it, as after a restart.
  await page.reload();

  await page.getByRole('link', { name: 'Cash & deposits' }).click();
  const inHand = page.getByRole('table', { name: 'Cash in hand' });
  await expect(inHand.getByRole('row', { name: /All not deposited/ })).toContainText(rupees.format(sum(amounts)));
  await expect(page.getByRole('link', { name: new RegExp(`Cash ${rupees.format(sum(amounts)).replace(/[.₹]/g, '\\$&')}`) })).toBeVisible();

  await page.getByRole('link', { name: 'Record a deposit' }).click();
  await page.getByRole('button', { name: 'This is right: confirm' }).click();
  // Default: every cash collection. Leave the last five out.
  for (const visit of visits.slice(15)) await page.getByRole('checkbox', { name: new RegExp(visit.receiptNo!) }).uncheck();
  await expect(page.getByText(`Total ${rupees.format(sum(amounts.slice(0, 15)))}: 15 collections on 15 loans.`)).toBeVisible();
  const unlinked = links[0]!.credgenicsId;
  await expect(page.getByText('1 of the chosen loans have no GLAAS link', { exact: false })).toBeVisible();
  await page.getByRole('textbox', { name: `GLAAS request flow id for ${unlinked}` }).fill(String(links[0]!.requestFlowId));
  await page.getByRole('group', { name: `GLAAS link of ${unlinked}` }).getByRole('button', { name: 'Save link' }).click();
  await expect(page.getByRole('group', { name: 'Loans not linked to GLAAS' })).toBeHidden();
  await fillDepositSlip(page, 'SLIP-4411', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), 'sbin01234');
  await page.getByRole('button', { name: /Save deposit of/ }).click();
  // A wrong IFSC is refused in plain words, next to the field; nothing is saved.
  await expect(page.getByText('An IFSC has 11 characters: 4 letters, a zero, then 6 letters or digits (e.g. SBIN0001234).')).toBeVisible();
  expect(await readStore(page, 'deposits')).toHaveLength(0);
  await page.getByRole('textbox', { name: 'IFSC' }).fill('sbin0001234');
  await page.getByRole('button', { name: /Save deposit of/ }).click();

  // Back on cash in hand: the other five.
  await expect(inHand.getByRole('row', { name: /All not deposited/ })).toContainText(rupees.format(sum(amounts.slice(15))));
  const [deposit] = await readStore<{ total_amount: number; proof?: unknown; loan_data: unknown[] }>(page, 'deposits');
  expect(deposit!.total_amount).toBeCloseTo(sum(amounts.slice(0, 15)), 2);
  expect(deposit!.loan_data).toHaveLength(15);
  expect(deposit!.proof).toBeTruthy();

  // GLAAS receives exactly 15 lines, each under the uid made when the deposit was saved.
  const lines = await readStore<RepaymentLine>(page, 'repayments');
  expect(lines).toHaveLength(15);
  await expect.poll(() => app.sandbox.state.repayments.length, { timeout: 30_000 }).toBe(15);
  for (const line of lines) expect(app.sandbox.state.repaymentCount(line.id)).toBe(1);
  expect(new Set(app.sandbox.state.repayments.map((r) => r.uid))).toEqual(new Set(lines.map((l) => l.id)));

  // Each line shows GLAAS's answer and then its status.
  const depositCard = page.getByRole('article', { name: 'Deposit SLIP-4411' });
  await expect(depositCard.getByRole('row', { name: /Repayment/ })).toHaveCount(15);
  await expect(depositCard.getByText(/Accepted: Your request has been submitted successfully/)).toHaveCount(15, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Check GLAAS statuses now' }).click();
  // Statuses in words, never the raw READY_FOR_PAYMENT; cash said as cash, with the GLAAS mode it went as.
  await expect(depositCard.getByText(/^(Received by GLAAS, waiting to be applied|Accepted by GLAAS)$/)).toHaveCount(15, { timeout: 30_000 });
  await expect(depositCard.getByText(/READY_FOR_PAYMENT|^ACCEPTED$/)).toHaveCount(0);
  await expect(depositCard.getByRole('cell', { name: 'Cash (posted to GLAAS as CHEQUE)', exact: true })).toHaveCount(15);
  await expect(page.getByText('Statuses read for', { exact: false })).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 768 });
  await depositCard.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('deposit-lines-1366x768.png') });
});
