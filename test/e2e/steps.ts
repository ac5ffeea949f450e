import type { Page } from '@playwright/test';
import type { Assignment } from '../../shared/domain';
import { pendingLoan } from '../../renderer/src/features/loans/summary';
import { putRecords } from '../support/seed-outbox';
import { expect } from './fixtures';

/**
 * Adds one loan by its id on the Import screen (as an agent does for a loan not in the file),
 * opens its page and waits until the downloaded borrower is shown.
 */
export async function addLoanAndOpen(page: Page, loan: { loanId: string; month: string; name: string }): Promise<void> {
  await openFromMenu(page, 'Import allocation');
  const add = page.getByRole('region', { name: 'Add a loan by its id' });
  await add.getByRole('textbox', { name: 'Loan id' }).fill(loan.loanId);
  await add.getByRole('textbox', { name: 'Allocation month' }).fill(loan.month);
  await add.getByRole('button', { name: 'Add loan' }).click();
  await page.goto(page.url().replace(/#.*$/, `#/loans/${encodeURIComponent(loan.loanId)}`));
  await expect(page.getByRole('heading', { level: 1, name: loan.name })).toBeVisible({ timeout: 15_000 });
}

/** Opens a less used place from the header's "More" menu, as an agent does. */
export async function openFromMenu(page: Page, name: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.locator('summary').click();
  await nav.getByRole('link', { name, exact: true }).click();
}

/** Both platforms on the app's own Training sandbox (no sign-in). */
export const BOTH_IN_TRAINING = { credgenics: { environment: 'training' }, glaas: { environment: 'training' } } as const;

/** Pastes text into a grid cell the way a spreadsheet's clipboard does. */
export async function pasteIntoCell(page: Page, cell: string, text: string): Promise<void> {
  await page.getByLabel(cell, { exact: true }).focus();
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/**
 * Puts sandbox loans on the laptop as an allocation import with GLAAS links would (rows waiting
 * to download); the app downloads them at its next start.
 */
export async function allocateLinkedLoans(
  page: Page,
  month: string,
  links: ReadonlyArray<{ credgenicsId: string; requestFlowId: number; glaasLoanId: number }>,
): Promise<Assignment[]> {
  const assignments: Assignment[] = links.map((l) => ({
    loanId: l.credgenicsId,
    allocationMonth: month,
    source: 'allocation.csv',
    importedAt: Date.now(),
    requestFlowId: String(l.requestFlowId),
    glaasLoanId: String(l.glaasLoanId),
  }));
  await putRecords(page, { assignments, loans: assignments.map((a) => pendingLoan(a.loanId, [a])) });
  return assignments;
}

/** Fills the deposit form's bank and slip details (a valid IFSC unless one is given). */
export async function fillDepositSlip(page: Page, receiptNumber: string, slip: Buffer, ifsc = 'SBIN0001234'): Promise<void> {
  await page.getByRole('textbox', { name: 'Bank name' }).fill('State Bank of India');
  await page.getByRole('textbox', { name: 'IFSC' }).fill(ifsc);
  await page.getByRole('textbox', { name: 'Bank branch' }).fill('Hosur Road');
  await page.getByRole('textbox', { name: 'Account name' }).fill('Lender Collections');
  await page.getByRole('textbox', { name: 'Account number' }).fill('000012345678');
  await page.getByRole('textbox', { name: 'Deposit receipt number' }).fill(receiptNumber);
  await page.getByLabel('Photo of the slip').setInputFiles({ name: 'slip.jpg', mimeType: 'image/jpeg', buffer: slip });
}
