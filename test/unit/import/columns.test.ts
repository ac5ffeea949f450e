import { describe, expect, it } from 'vitest';
import { headerKey, headerRowIndex, suggestMapping } from '../../../renderer/src/features/loans/import/columns';

describe('suggestMapping', () => {
  it('matches the canonical names', () => {
    expect(
      suggestMapping(['loan_id', 'allocation_month', 'glaas_loan_id', 'request_flow_id', 'priority', 'agent_email']),
    ).toEqual({ loan_id: 0, allocation_month: 1, glaas_loan_id: 2, request_flow_id: 3, priority: 4, agent_email: 5 });
  });

  it('ignores case, spaces, underscores, dashes and dots, and knows common synonyms', () => {
    expect(suggestMapping(['Loan No.', ' ALLOCATION MONTH ', 'requestFlowId', 'LMS-Loan-ID', 'FOS Email', 'Priority '])).toEqual({
      loan_id: 0,
      allocation_month: 1,
      request_flow_id: 2,
      glaas_loan_id: 3,
      agent_email: 4,
      priority: 5,
    });
    expect(suggestMapping(['LAN', 'Month'])).toEqual({ loan_id: 0, allocation_month: 1 });
    expect(suggestMapping(['Account No', 'Alloc Month', 'Application ID', 'Agent'])).toEqual({
      loan_id: 0,
      allocation_month: 1,
      request_flow_id: 2,
      agent_email: 3,
    });
    expect(suggestMapping(['loan_account_number', 'allocation-month'])).toEqual({ loan_id: 0, allocation_month: 1 });
  });

  it('does not take the GLAAS loan id for the loan id, and prefers the more specific name', () => {
    expect(suggestMapping(['GLAAS Loan ID', 'Email', 'Loan Number', 'Agent Email'])).toEqual({
      glaas_loan_id: 0,
      loan_id: 2,
      agent_email: 3,
    });
  });

  it('leaves unknown columns and missing fields out', () => {
    expect(suggestMapping(['Name', 'City', ''])).toEqual({});
  });

  it('folds headers for matching', () => {
    expect(headerKey(' Loan_No. ')).toBe('loanno');
  });
});

describe('headerRowIndex', () => {
  it('is the first row with anything in it', () => {
    expect(headerRowIndex([[], ['', ' '], ['loan_id']])).toBe(2);
    expect(headerRowIndex([])).toBe(0);
  });
});
