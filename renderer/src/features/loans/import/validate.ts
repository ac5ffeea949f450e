import type { Assignment } from '../../../../../shared/domain';
import { t } from '../../../i18n';
import { headerRowIndex, type ColumnMapping } from './columns';
import { normalizeMonthInput } from './month';

/** A row that can be saved: an assignment without where/when it was imported, plus its row. */
/**
 * The GLAAS product column: GLAAS's own loanType LINE (or words meaning a line of credit, or a
 * yes in a "line of credit" column) is a line; any other product (EXI, OD_EXI, term…) is a
 * term loan; an empty cell says nothing.
 */
export function glaasLineOf(cell: string): boolean | undefined {
  const value = cell.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  if (value === '') return undefined;
  return /^(line|line of credit|credit line|loc|yes|y|true|1)$/.test(value);
}

export type AllocationRow = Omit<Assignment, 'source' | 'importedAt'> & { fileRow: number };

export interface BadRow {
  /** 1-based row in the file, the header being row 1 (what Excel shows beside the row). */
  fileRow: number;
  loanId?: string;
  /** Every problem of the row in plain words, so it can be fixed in one go. */
  reason: string;
}

export interface Validation {
  good: AllocationRow[];
  bad: BadRow[];
}

export interface ValidateOptions {
  /** Index of the header row in `rows`; by default the first row with anything in it. */
  headerIndex?: number;
}

/** Credgenics accepts loan ids up to 100 characters (Upload Loan table). */
export const maxLoanIdLength = 100;
const EMAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;
const DIGITS = /^\d+$/;

/**
 * Splits a file's rows into those that can be saved and those that cannot, with the reason.
 * Blank rows are skipped; good rows are kept whatever is wrong elsewhere in the file. A row
 * repeating the loan and month of an earlier good row is reported, naming that row, because
 * one of the two is probably a typo the user wants to see.
 */
export function validateRows(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  options: ValidateOptions = {},
): Validation {
  const header = options.headerIndex ?? headerRowIndex(rows);
  const good: AllocationRow[] = [];
  const bad: BadRow[] = [];
  const firstRowOf = new Map<string, number>();

  for (let index = header + 1; index < rows.length; index++) {
    const row = rows[index]!;
    if (row.every((cell) => cell.trim() === '')) continue;
    const fileRow = index + 1;
    const cell = (column: number | undefined) => (column === undefined ? '' : (row[column] ?? '').trim());
    const reasons: string[] = [];

    const loanId = cell(mapping.loan_id);
    if (loanId === '') reasons.push(t('import.reason.missingLoanId'));
    else if (loanId.length > maxLoanIdLength) reasons.push(t('import.reason.loanIdTooLong', { max: maxLoanIdLength }));
    else if (/\s/.test(loanId)) reasons.push(t('import.reason.loanIdSpaces', { value: loanId }));

    const rawMonth = cell(mapping.allocation_month);
    const allocationMonth = normalizeMonthInput(rawMonth);
    if (rawMonth === '') reasons.push(t('import.reason.missingMonth'));
    else if (!allocationMonth) reasons.push(t('import.reason.badMonth', { value: rawMonth }));

    const rawPriority = cell(mapping.priority);
    // "3.0" is what a number cell saved by some tools looks like; it is still a whole number.
    const priority = /^\d+(\.0+)?$/.test(rawPriority) ? Number.parseInt(rawPriority, 10) : undefined;
    if (rawPriority !== '' && priority === undefined) reasons.push(t('import.reason.badPriority', { value: rawPriority }));

    const agentEmail = cell(mapping.agent_email);
    if (agentEmail !== '' && !EMAIL.test(agentEmail)) reasons.push(t('import.reason.badEmail', { value: agentEmail }));

    const glaasLoanId = cell(mapping.glaas_loan_id);
    if (glaasLoanId !== '' && !DIGITS.test(glaasLoanId)) reasons.push(t('import.reason.badGlaasLoanId', { value: glaasLoanId }));

    const requestFlowId = cell(mapping.request_flow_id);
    if (requestFlowId !== '' && !DIGITS.test(requestFlowId)) {
      reasons.push(t('import.reason.badRequestFlowId', { value: requestFlowId }));
    }

    const glaasLine = glaasLineOf(cell(mapping.glaas_product));

    if (reasons.length === 0 && allocationMonth) {
      const key = `${loanId}\u0000${allocationMonth}`;
      const earlier = firstRowOf.get(key);
      if (earlier !== undefined) reasons.push(t('import.reason.duplicate', { row: earlier }));
      else firstRowOf.set(key, fileRow);
    }

    if (reasons.length > 0) {
      bad.push({ fileRow, ...(loanId !== '' ? { loanId } : {}), reason: reasons.join(' ') });
      continue;
    }
    good.push({
      fileRow,
      loanId,
      allocationMonth: allocationMonth!,
      ...(priority !== undefined ? { priority } : {}),
      ...(agentEmail !== '' ? { agentEmail } : {}),
      ...(glaasLoanId !== '' ? { glaasLoanId } : {}),
      ...(requestFlowId !== '' ? { requestFlowId } : {}),
      ...(glaasLine !== undefined ? { glaasLine } : {}),
    });
  }
  return { good, bad };
}

/** How many rows an import of `rows` would look at (for the "Import N rows" button). */
export function countDataRows(rows: readonly (readonly string[])[], headerIndex = headerRowIndex(rows)): number {
  let count = 0;
  for (let index = headerIndex + 1; index < rows.length; index++) {
    if (rows[index]!.some((cell) => cell.trim() !== '')) count++;
  }
  return count;
}
