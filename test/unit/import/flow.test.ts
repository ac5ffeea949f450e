import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readAllocationFile, type AllocationTable } from '../../../renderer/src/features/loans/import/readAllocationFile';
import { suggestMapping } from '../../../renderer/src/features/loans/import/columns';
import { validateRows } from '../../../renderer/src/features/loans/import/validate';
import { saveAllocation } from '../../../renderer/src/features/loans/import/save';
import { excelDate, freshDb, xlsxBytes } from './helpers';

const now = Date.UTC(2021, 6, 10);

/** What the screen does: read, suggest the columns, validate, save the good rows. */
async function importFile(name: string, blob: Blob) {
  const read = await readAllocationFile(name, blob);
  if (!read.ok) throw new Error(read.reason);
  const table: AllocationTable = read.table;
  const { good, bad } = validateRows(table.rows, suggestMapping(table.headers), { headerIndex: table.headerIndex });
  const db = freshDb();
  const loanIds = await saveAllocation(db, good, name, now, { badRows: bad.length });
  return { db, bad, loanIds };
}

const expectedBad = [
  { fileRow: 3, reason: 'No loan id.' },
  { fileRow: 4, loanId: 'CG-1003', reason: expect.stringContaining('“2021-07-15” is not a month') },
  { fileRow: 6, loanId: 'CG-1001', reason: 'Same loan and month as row 2.' },
];

describe('importing an allocation file with bad rows', () => {
  it('CSV: lists exactly the bad rows and saves the good ones', async () => {
    const csv = [
      'Loan No.,Allocation Month,Priority,FOS Email',
      'CG-1001,2021-07-01,1,ravi@example.in',
      ',2021-07-01,2,',
      'CG-1003,2021-07-15,3,',
      'CG-1004,Jul-2021,,',
      'CG-1001,07/2021,,',
      'CG-1005,2021-7-01,,',
      '',
    ].join('\r\n');
    const { db, bad, loanIds } = await importFile('july.csv', new Blob([csv]));
    expect(bad).toEqual(expectedBad);
    expect(loanIds).toEqual(['CG-1001', 'CG-1004', 'CG-1005']);
    expect(await db.assignments.count()).toBe(3);
    expect(await db.loans.count()).toBe(3);
    expect((await db.audit.toArray())[0]!.detail).toContain('3 rows left out');
    db.close();
  });

  it('XLSX: Excel date cells become allocation months, and the same rows are refused', async () => {
    const data = await xlsxBytes([
      ['LAN', ' ALLOCATION MONTH ', 'requestFlowId', 'Priority'],
      ['CG-1001', excelDate(2021, 7), 9001, 1],
      [null, excelDate(2021, 7), null, 2],
      ['CG-1003', excelDate(2021, 7, 15), null, 3],
      ['CG-1004', excelDate(2021, 7, 1, 'mmm-yy'), null, null],
      ['CG-1001', '2021-07', null, null],
      ['CG-1005', excelDate(2021, 7, 1, 'yyyy-mm-dd'), 9005, null],
    ]);
    const { db, bad, loanIds } = await importFile('july.xlsx', new Blob([data]));
    expect(bad).toEqual(expectedBad);
    expect(loanIds).toEqual(['CG-1001', 'CG-1004', 'CG-1005']);
    expect(await db.assignments.toArray()).toEqual([
      { loanId: 'CG-1001', allocationMonth: '2021-7-01', requestFlowId: '9001', priority: 1, source: 'july.xlsx', importedAt: now },
      { loanId: 'CG-1004', allocationMonth: '2021-7-01', source: 'july.xlsx', importedAt: now },
      { loanId: 'CG-1005', allocationMonth: '2021-7-01', requestFlowId: '9005', source: 'july.xlsx', importedAt: now },
    ]);
    db.close();
  });
});
