import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../renderer/src/features/loans/import/columns';
import { parseCsv } from '../../../renderer/src/features/loans/import/parseCsv';
import { glaasLineOf, validateRows } from '../../../renderer/src/features/loans/import/validate';

/** Issue 11, items 3 and 4: the sheet says which GLAAS accounts are lines of credit. */
describe('the GLAAS product column', () => {
  it('reads LINE (and plain words for a line) as a line, any other product as a term loan, blank as unknown', () => {
    for (const line of ['LINE', 'line', 'Line of credit', 'credit_line', 'LOC', 'Yes', 'y', '1']) expect(glaasLineOf(line)).toBe(true);
    for (const term of ['EXI', 'OD_EXI', 'FLEXI_OD', 'CUSTOM', 'Term loan', 'no', '0']) expect(glaasLineOf(term)).toBe(false);
    expect(glaasLineOf('  ')).toBeUndefined();
  });

  it('is matched from the sheet and lands on the assignment', () => {
    const rows = parseCsv('Loan ID,Allocation Month,Request Flow Id,GLAAS Loan Type\nCL1,2026-11,60001,LINE\nFD1,2026-11,60002,EXI\nFD2,2026-11,60003,\n');
    expect(suggestMapping(rows[0]!).glaas_product).toBe(3);
    const { good, bad } = validateRows(rows, suggestMapping(rows[0]!));
    expect(bad).toEqual([]);
    expect(good.map((r) => [r.loanId, r.glaasLine])).toEqual([['CL1', true], ['FD1', false], ['FD2', undefined]]);
  });
});
