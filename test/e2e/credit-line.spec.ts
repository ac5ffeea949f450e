import { expect, test } from './fixtures';
import { addLoanAndOpen } from './steps';

/** A time zone where it is about noon now, so the RBI contact-hours tick never appears. */
function middayZone(): string {
  let east = 12 - new Date().getUTCHours();
  if (east > 14) east -= 24;
  if (east < -12) east += 24;
  return east === 0 ? 'Etc/UTC' : `Etc/GMT${east > 0 ? '-' : '+'}${Math.abs(east)}`;
}
test.use({ timezoneId: middayZone(), viewport: { width: 1366, height: 768 } });

/**
 * Issue 11, item 2: the Get Customer example (customer 189004) → the claim per transaction on
 * the loan page and the work list → cash on transaction 283921 with no network → receipt → back
 * online → the sandbox holds exactly one Update Transaction Payment with the receipt's number.
 */
test('a credit-line customer: claim per transaction, cash on one transaction offline, sent once when online', async ({ page, app }, testInfo) => {
  await app.main.invoke('settings.update', {
    credgenics: { environment: 'training', lenderType: 'credit-lines' },
    glaas: { environment: 'training' },
  });
  await app.open();
  await addLoanAndOpen(page, { loanId: '189004', month: '2021-2-01', name: 'Sri Ram' });

  const claims = page.getByRole('region', { name: 'Claim per transaction' });
  await expect(claims).toContainText('283921');
  await expect(claims).toContainText('₹1,13,000.00');
  await expect(claims).toContainText('18372');
  await expect(claims).toContainText('₹9,000.00');
  await page.screenshot({ path: testInfo.outputPath('credit-line-loan-page.png'), fullPage: false });

  // The work list shows the claim per transaction too.
  await page.getByRole('link', { name: 'My loans', exact: true }).click();
  await expect(page.getByText('Tx 283921: ₹1,13,000.00 · Tx 18372: ₹9,000.00')).toBeVisible();
  await page.goto(page.url().replace(/#.*$/, '#/loans/189004'));

  // At the door, with no network.
  await app.network(false);
  await page.getByRole('link', { name: 'Record visit' }).click();
  await page.getByRole('radio', { name: 'Yes, met' }).check();
  await page.getByRole('radio', { name: 'Borrower', exact: true }).check();
  await page.getByRole('radio', { name: 'Paid partly' }).check();
  await page.getByRole('radio', { name: /^283921 — claim ₹1,13,000\.00/ }).check();
  await page.getByRole('textbox', { name: 'Amount taken (₹)' }).fill('1500');
  await page.getByRole('radio', { name: 'Cash', exact: true }).check();
  await page.screenshot({ path: testInfo.outputPath('credit-line-visit-form.png'), fullPage: true });
  await page.getByRole('button', { name: 'Save visit' }).click();

  await expect(page).toHaveURL(/#\/receipts\/[0-9A-HJKMNP-TV-Z]{26}$/);
  const receipt = page.getByRole('main');
  await expect(receipt).toContainText('₹1,500.00');
  const receiptNo = (await receipt.textContent())?.match(/FD-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/)?.[0];
  expect(receiptNo).toBeTruthy();
  const held = () => app.sandbox.state.payments.filter((p) => p.paymentReferenceNumber === receiptNo);
  expect(held()).toHaveLength(0);

  // Back online: the outbox sends it by itself.
  await app.network(true);
  await expect.poll(() => held().length, { timeout: 20_000 }).toBe(1);
  // Give any wrongful resend a chance to show before counting for good.
  await page.waitForTimeout(1_500);
  expect(held()).toHaveLength(1);
  expect(held()[0]).toMatchObject({ kind: 'transaction', loanId: '283921', clientCustomerId: '189004', amountRecovered: 1500, allocationMonth: '2021-2-01' });
});
