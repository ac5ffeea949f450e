import type { MessageKey } from '../../../i18n';

/** The allocation fields a file's columns can be matched to, in the order the screen shows them. */
export const targetFields = [
  'loan_id',
  'allocation_month',
  'glaas_loan_id',
  'request_flow_id',
  'glaas_product',
  'priority',
  'agent_email',
] as const;
export type TargetField = (typeof targetFields)[number];

/** Which column (0-based) holds each field; a field with no column is absent. */
export type ColumnMapping = Partial<Record<TargetField, number>>;

/** The fields without which a row means nothing. */
export const requiredFields: readonly TargetField[] = ['loan_id', 'allocation_month'];

export const fieldLabels: Record<TargetField, MessageKey> = {
  loan_id: 'import.field.loan_id',
  allocation_month: 'import.field.allocation_month',
  glaas_loan_id: 'import.field.glaas_loan_id',
  request_flow_id: 'import.field.request_flow_id',
  glaas_product: 'import.field.glaas_product',
  priority: 'import.field.priority',
  agent_email: 'import.field.agent_email',
};

/**
 * Names each field goes by in portal exports and hand-made sheets, most specific first, written
 * the way `headerKey` folds them. Matching is exact after folding, never "contains": "GLAAS loan
 * id" must not be taken for the loan id.
 */
const synonyms: Record<TargetField, readonly string[]> = {
  loan_id: [
    'loanid', 'loanno', 'loannumber', 'loanaccountnumber', 'loanaccountno', 'loanacno', 'lan',
    'accountno', 'accountnumber', 'acno', 'accno', 'clientloanid',
  ],
  allocation_month: ['allocationmonth', 'allocmonth', 'allocationmth', 'month'],
  glaas_loan_id: ['glaasloanid', 'glaasid', 'lmsloanid'],
  request_flow_id: ['requestflowid', 'requestflow', 'applicationid', 'applicationno', 'appid'],
  glaas_product: ['glaasproduct', 'glaasloantype', 'glaasproducttype', 'lmsproduct', 'loantype', 'producttype', 'facilitytype', 'lineofcredit', 'creditline'],
  priority: ['priority', 'prio'],
  agent_email: ['agentemail', 'agentemailid', 'fosemail', 'fosemailid', 'agent', 'email', 'emailid'],
};

/** A header folded for matching: case, spaces, underscores, dashes, dots and the like ignored. */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The first column whose name matches each field; one column serves one field at most. */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const keys = headers.map(headerKey);
  const taken = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const field of targetFields) {
    for (const name of synonyms[field]) {
      const index = keys.findIndex((key, i) => key === name && !taken.has(i));
      if (index >= 0) {
        mapping[field] = index;
        taken.add(index);
        break;
      }
    }
  }
  return mapping;
}

/** The index of the header row: the first row with anything in it. */
export function headerRowIndex(rows: readonly (readonly string[])[]): number {
  const index = rows.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  return index < 0 ? 0 : index;
}
