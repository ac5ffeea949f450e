import type { VisitInput } from '../../renderer/src/features/collections/capture';
import { captureInto } from '../support/seed-outbox';
import { expect, test } from './fixtures';

const TRAINING = { credgenics: { environment: 'training' }, glaas: { environment: 'training' } } as const;

test('chaos: 300 offline collections drain exactly once through faults, a 401 and three reloads', async ({ page, app }) => {
  test.setTimeout(240_000);
  await app.main.invoke('settings.update', TRAINING);
  const dataset = app.sandbox.state.dataset;
  const month = dataset.allocationMonths.current;
  const loanIds = dataset.loans
    .filter((l) => l.loan_details.defaults?.some((d) => d.allocation_month === month))
    .map((l) => String(l.loan_details.loan_id))
    .slice(0, 60);
  expect(loanIds).toHaveLength(60);

  // The laptop has no network: 300 collections, 5 per loan, cash and UPI mixed.
  await app.network(false);
  await app.open();
  await expect(page.getByRole('link', { name: /Offline/ })).toBeVisible();
  const inputs: VisitInput[] = Array.from({ length: 300 }, (_, i) => {
    const loanId = loanIds[i % 60]!;
    const upi = i % 4 === 3;
    return {
      loanId,
      allocationMonth: month,
      borrowerName: `Borrower ${loanId}`,
      purpose: 'scheduled',
      met: true,
      whoMet: 'borrower',
      outcome: { code: 'PAID_PART', label: 'Paid partly', needs: 'payment' },
      payment: upi
        ? { amount: 500 + i, method: 'upi', reference: String(400000000000 + i) }
        : { amount: 100 + i, method: 'cash' }, // whole rupees: amount_recovered is an integer
      agent: { email: 'agent@lender.test', name: 'Agent' },
    };
  });
  const visits = await captureInto(page, inputs);
  const references = visits.map((v) => (v.payment!.method === 'upi' ? v.payment!.reference! : v.receiptNo!));
  await page.reload();
  await expect(page.getByRole('link', { name: /300 unsent/ })).toBeVisible();
  expect(app.sandbox.state.payments).toHaveLength(0);

  // Network back, into a bad link: 30% of calls fail (5xx, timeouts, replies lost after the
  // server committed) and the session answers 401 once.
  app.sandbox.setFaults({ latencyMs: 40, errorRate: 0.1, timeoutRate: 0.1, lostReplyRate: 0.1, hangMs: 300, failNextAuth: 1 });
  await app.network(true);

  const ours = new Set(references);
  const arrived = () => app.sandbox.state.payments.filter((p) => ours.has(p.paymentReferenceNumber)).length;
  for (const threshold of [60, 150, 240]) {
    await expect.poll(arrived, { timeout: 120_000, intervals: [50] }).toBeGreaterThanOrEqual(threshold);
    await page.reload();
  }

  await page.getByRole('link', { name: 'Sync', exact: true }).click();
  await expect(page.getByText('Everything recorded on this laptop has reached the platforms.')).toBeVisible({ timeout: 180_000 });
  const counts = page.getByRole('table', { name: 'Items by state' });
  await expect(counts.getByRole('row', { name: /^Sent/ })).toContainText('300');
  await expect(counts.getByRole('row', { name: /Needs your attention/ })).toContainText('0');
  await expect(counts.getByRole('row', { name: /Discarded/ })).toContainText('0');

  // Each payment exactly once, by reference number.
  for (const reference of references) expect(app.sandbox.state.paymentCount(reference), reference).toBe(1);
  expect(arrived()).toBe(300);
  // The faults really happened.
  const outcomes = app.sandbox.state.requests.reduce<Record<string, number>>((acc, r) => {
    acc[r.outcome] = (acc[r.outcome] ?? 0) + 1;
    return acc;
  }, {});
  expect(outcomes['fault-auth']).toBe(1);
  expect(outcomes['fault-lost-reply'] ?? 0).toBeGreaterThan(0);
  expect(outcomes['fault-5xx'] ?? 0).toBeGreaterThan(0);
  expect(outcomes['fault-timeout'] ?? 0).toBeGreaterThan(0);
  console.log('chaos outcomes', JSON.stringify(outcomes));
});
