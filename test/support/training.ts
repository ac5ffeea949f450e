import type { Page } from '@playwright/test';
import { pendingLoan } from '../../renderer/src/features/loans/summary';
import { putRecords } from './seed-outbox';

/** Allocates loans to the laptop in the browser's IndexedDB, as an import would (downloads follow on reload). */
export async function saveTrainingAllocationForTest(page: Page, loanIds: readonly string[], allocationMonth: string): Promise<void> {
  const assignments = loanIds.map((loanId) => ({ loanId, allocationMonth, source: 'test', importedAt: Date.now() }));
  await putRecords(page, { assignments, loans: assignments.map((a) => pendingLoan(a.loanId, [a])) });
}
