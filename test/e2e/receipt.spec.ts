import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pdfText } from '../support/pdf-text';
import { putRecords } from '../support/seed-outbox';
import { expect, test } from './fixtures';

const TRAINING = { credgenics: { environment: 'training' }, glaas: { environment: 'training' } } as const;
const COLLECTIONS = { lenderName: 'Sahyog Finance Ltd', agentName: 'Ravi Kumar', agentEmail: 'ravi@lender.test' };

// The receipt prints the capture time as the laptop's clock shows it: an Indian laptop.
test.use({ timezoneId: 'Asia/Kolkata' });

/** A ULID whose receipt number (characters 3 to 14) reads FD-KA3Z-7QMP-R2XD. */
const VISIT_ID = '01KA3Z7QMPR2XDABCDEFGHJKMN';
const RECEIPT_NO = 'FD-KA3Z-7QMP-R2XD';
const WORDS = 'Twelve Thousand Three Hundred Forty Five Rupees And Fifty Paise Only';


test('a UPI payment: the receipt on screen, then saved as a PDF that holds only the receipt', async ({ page, app }) => {
  await app.main.invoke('settings.update', { ...TRAINING, collections: COLLECTIONS });
  const loan = app.sandbox.state.dataset.loans.find((l) => String(l.loan_details.loan_id).startsWith('FD'))!;
  const loanId = String(loan.loan_details.loan_id);
  const borrower = String(loan.loan_details.applicant_name);
  const capturedAt = Date.UTC(2025, 10, 3, 8, 37, 12); // 03/11/2025 14:07 in India

  await app.open();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await putRecords(page, {
    collections: [
      {
        id: VISIT_ID,
        receiptNo: RECEIPT_NO,
        loanId,
        allocationMonth: app.sandbox.state.dataset.allocationMonths.current,
        borrowerName: borrower,
        capturedAt,
        day: '2025-11-03',
        purpose: 'scheduled',
        met: true,
        whoMet: 'borrower',
        outcome: { code: 'PAID_PART', label: 'Paid partly', needs: 'payment' },
        payment: { amount: 12345.5, method: 'upi', reference: '412345678901' },
        agent: { email: COLLECTIONS.agentEmail, name: COLLECTIONS.agentName },
      },
    ],
    // Already sent, so no sync engine running in the app tries to send this hand-made payment.
    outbox: [
      {
        id: VISIT_ID,
        kind: 'credgenics.payment',
        queue: `credgenics.payment:${loanId}`,
        recordId: VISIT_ID,
        loanId,
        amount: 12345.5,
        payload: { v: 1 },
        state: 'sent',
        attempts: 1,
        createdAt: capturedAt,
        updatedAt: capturedAt,
        nextAttemptAt: 0,
        sentAt: capturedAt,
        serverRef: 'payment 4512',
        confirmedBy: 'reply',
      },
    ],
  });
  await page.evaluate((id) => (location.hash = `#/receipts/${id}`), VISIT_ID);

  // On screen, each value found by its label.
  const receipt = page.getByRole('article', { name: 'Receipt' });
  await expect(receipt.getByRole('heading', { level: 1, name: 'Receipt' })).toBeVisible();
  await expect(receipt).toContainText(COLLECTIONS.lenderName);
  // Each value (a <dd>) is labelled by its term through aria-labelledby.
  const field = (name: string) => receipt.getByLabel(name, { exact: true });
  await expect(field('Receipt number')).toHaveText(RECEIPT_NO);
  await expect(field('Loan id')).toHaveText(loanId);
  await expect(field('Borrower')).toHaveText(borrower);
  await expect(field('Amount received')).toHaveText('₹12,345.50');
  await expect(field('Amount in words')).toHaveText(WORDS);
  await expect(field('Paid by')).toHaveText('UPI or online');
  await expect(field('Reference (UTR)')).toHaveText('412345678901');
  await expect(field('Closes the loan')).toHaveText('No');
  await expect(field('Collected by')).toHaveText(COLLECTIONS.agentName);
  await expect(field('Agent email')).toHaveText(COLLECTIONS.agentEmail);
  await expect(field('Date and time')).toHaveText('03/11/2025 14:07');
  await expect(page.getByRole('status', { name: 'Sent' })).toHaveText('Sent · payment 4512');
  await expect(page.getByRole('link', { name: 'Back to loan' })).toHaveAttribute('href', `#/loans/${loanId}`);

  // Save PDF: the main process prints the page (print CSS applies) and saves it.
  await page.getByRole('button', { name: 'Save PDF' }).click();
  await expect(page.getByText(`Saved as Receipt ${RECEIPT_NO}.pdf`)).toBeVisible();
  expect(app.saved.files).toEqual([path.join(app.saved.dir, `Receipt ${RECEIPT_NO}.pdf`)]);
  const bytes = await readFile(app.saved.files[0]!);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const { pages, text } = await pdfText(bytes);
  const flat = text.replace(/\s+/g, ' ');
  expect(pages).toBe(1);
  for (const wanted of [RECEIPT_NO, '₹12,345.50', WORDS, COLLECTIONS.lenderName, borrower, loanId, '03/11/2025 14:07', '412345678901']) {
    expect(flat, `the PDF has ${wanted}`).toContain(wanted);
  }
  // Only the receipt: no app header or nav, no buttons, links or sync status.
  for (const unwanted of ['FieldDesk', 'My loans', 'Import allocation', 'Day report', 'Settings', 'Save PDF', 'Print', 'Back to loan', 'Sending to Credgenics', 'payment 4512']) {
    expect(flat, `the PDF has no "${unwanted}"`).not.toContain(unwanted);
  }
});

test('an unknown receipt says so and leads back to the loans', async ({ page, app }) => {
  await app.main.invoke('settings.update', TRAINING);
  await app.open();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.evaluate(() => (location.hash = '#/receipts/01NOTAVISIT'));
  await expect(page.getByText('There is no visit 01NOTAVISIT on this laptop, so there is no receipt to show.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save PDF' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Back to My loans' }).click();
  await expect(page).toHaveURL(/#\/loans$/);
});
