import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../renderer/src/features/loans/import/columns';
import { parseCsv } from '../../../renderer/src/features/loans/import/parseCsv';
import { countDataRows, validateRows } from '../../../renderer/src/features/loans/import/validate';

const check = (csv: string) => {
  const rows = parseCsv(csv);
  return validateRows(rows, suggestMapping(rows[0]!));
};

describe('validateRows', () => {
  it('keeps the good rows and lists each bad one with its file row and reason', () => {
    const { good, bad } = check(
      [
        'loan_id,allocation_month,priority', // row 1
        'L1,2021-07-01,1', // 2
        ',2021-07-01,2', // 3: no loan id
        'L3,July,3', // 4: bad month
        '', // 5: blank, ignored
        'L1,2021-7-01,4', // 6: duplicate of row 2 (same month, other spelling)
        'L1,2021-08,5', // 7: same loan, other month: fine
        'L8,Jul-2021,', // 8
      ].join('\n'),
    );
    expect(good).toEqual([
      { fileRow: 2, loanId: 'L1', allocationMonth: '2021-7-01', priority: 1 },
      { fileRow: 7, loanId: 'L1', allocationMonth: '2021-8-01', priority: 5 },
      { fileRow: 8, loanId: 'L8', allocationMonth: '2021-7-01' },
    ]);
    expect(bad).toEqual([
      { fileRow: 3, reason: 'No loan id.' },
      { fileRow: 4, loanId: 'L3', reason: expect.stringContaining('Allocation month “July” is not a month') },
      { fileRow: 6, loanId: 'L1', reason: 'Same loan and month as row 2.' },
    ]);
  });

  it('checks the optional columns and says every problem of a row at once', () => {
    const { good, bad } = check(
      [
        'Loan ID,Month,Priority,Agent Email,GLAAS Loan ID,Request Flow ID',
        'A1,2021-07,2,fos@example.in,12345,678',
        'A2,2021-07,high,not-an-email,GL-9,x1',
        'A 3,,1.5,,,',
        `${'X'.repeat(101)},2021-07,3.0,,,`,
      ].join('\n'),
    );
    expect(good).toEqual([
      {
        fileRow: 2,
        loanId: 'A1',
        allocationMonth: '2021-7-01',
        priority: 2,
        agentEmail: 'fos@example.in',
        glaasLoanId: '12345',
        requestFlowId: '678',
      },
    ]);
    expect(bad.map((b) => b.fileRow)).toEqual([3, 4, 5]);
    expect(bad[0]!.reason).toBe(
      'Priority “high” is not a whole number. Agent email “not-an-email” is not an email address. ' +
        'GLAAS loan id “GL-9” is not a number. Request flow id “x1” is not a number.',
    );
    expect(bad[1]!.reason).toBe('Loan id “A 3” has spaces in it. No allocation month. Priority “1.5” is not a whole number.');
    expect(bad[2]!.reason).toBe('Loan id is longer than 100 characters.');
  });

  it('does not call a row a duplicate of a row that was itself refused', () => {
    const { good, bad } = check('loan_id,month,priority\nL1,2021-07,x\nL1,2021-07,1\n');
    expect(bad).toEqual([{ fileRow: 2, loanId: 'L1', reason: 'Priority “x” is not a whole number.' }]);
    expect(good).toEqual([{ fileRow: 3, loanId: 'L1', allocationMonth: '2021-7-01', priority: 1 }]);
  });

  it('numbers rows from the top of the file when blank lines come before the header', () => {
    const rows = parseCsv('\n\nloan_id,month\n,2021-07\n');
    expect(validateRows(rows, { loan_id: 0, allocation_month: 1 }).bad).toEqual([{ fileRow: 4, reason: 'No loan id.' }]);
    expect(countDataRows(rows)).toBe(1);
  });

  it('trims cells and treats a missing cell as empty', () => {
    const { good, bad } = validateRows([['id', 'm'], ['  L1 ', ' 2021-07 '], ['L2']], { loan_id: 0, allocation_month: 1 });
    expect(good).toEqual([{ fileRow: 2, loanId: 'L1', allocationMonth: '2021-7-01' }]);
    expect(bad).toEqual([{ fileRow: 3, loanId: 'L2', reason: 'No allocation month.' }]);
  });
});
