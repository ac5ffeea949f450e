import type { FieldDeskDb } from '../../db/schema';
import { currentAllocationMonth } from '../loans/import/month';
import { saveAllocation } from '../loans/import/save';
import { validateRows } from '../loans/import/validate';

/**
 * The Training platforms' book: the built-in sandbox numbers its loans FD100001, FD100002, … and
 * allocates them in the current month in India (electron/sandbox/data/generate.ts). A trial
 * agent gets the first of them, as if a supervisor had sent an allocation sheet.
 */
export const TRAINING_LOAN_COUNT = 50;
const FIRST_TRAINING_LOAN = 100001;
export const trainingSource = 'training';

export function trainingLoanIds(count = TRAINING_LOAN_COUNT): string[] {
  return Array.from({ length: count }, (_, i) => `FD${FIRST_TRAINING_LOAN + i}`);
}

/** Saves the Training allocation like an imported file (same checks, same upsert); returns loan ids to download. */
export async function saveTrainingAllocation(db: FieldDeskDb, now: number): Promise<string[]> {
  const month = currentAllocationMonth(now);
  const rows = [['loan_id', 'allocation_month'], ...trainingLoanIds().map((id) => [id, month])];
  const { good } = validateRows(rows, { loan_id: 0, allocation_month: 1 });
  return saveAllocation(db, good, trainingSource, now);
}
