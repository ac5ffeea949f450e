import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { GetLoanResponse } from '../../../shared/credgenics';
import getLoanExample from '../../fixtures/credgenics/get-loan.json';
import { pendingLoan } from '../../../renderer/src/features/loans/summary';
import { getLoan, putLoans } from '../../../renderer/src/db/loans';
import { addLoanById, saveAllocation } from '../../../renderer/src/features/loans/import/save';
import { validateRows } from '../../../renderer/src/features/loans/import/validate';
import { parseCsv } from '../../../renderer/src/features/loans/import/parseCsv';
import { suggestMapping } from '../../../renderer/src/features/loans/import/columns';
import { freshDb } from './helpers';

const now = Date.UTC(2021, 6, 10, 6, 0);

function goodRows(csv: string) {
  const rows = parseCsv(csv);
  return validateRows(rows, suggestMapping(rows[0]!)).good;
}

describe('saveAllocation', () => {
  it('saves assignments and pending loans, and importing the same file twice changes nothing but the audit', async () => {
    const db = freshDb();
    const good = goodRows('loan_id,month,priority,glaas_loan_id\nL1,2021-07,2,555\nL2,2021-07,1,\nL1,2021-08,,\n');

    expect(await saveAllocation(db, good, 'july.csv', now)).toEqual(['L1', 'L2']);
    expect(await saveAllocation(db, good, 'july.csv', now + 1000)).toEqual(['L1', 'L2']);

    const assignments = await db.assignments.orderBy('[loanId+allocationMonth]').toArray();
    expect(assignments).toEqual([
      { loanId: 'L1', allocationMonth: '2021-7-01', priority: 2, glaasLoanId: '555', source: 'july.csv', importedAt: now + 1000 },
      { loanId: 'L1', allocationMonth: '2021-8-01', source: 'july.csv', importedAt: now + 1000 },
      { loanId: 'L2', allocationMonth: '2021-7-01', priority: 1, source: 'july.csv', importedAt: now + 1000 },
    ]);
    const loans = await db.loans.toArray();
    expect(loans.map((l) => [l.loanId, l.fetchState, l.summary.allocationMonth, l.summary.priority])).toEqual([
      ['L1', 'pending', '2021-8-01', 2],
      ['L2', 'pending', '2021-7-01', 1],
    ]);
    const audit = await db.audit.toArray();
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ kind: 'import-allocation', at: now, detail: expect.stringContaining('july.csv: 3 rows saved (2 new loans') });
    expect(audit[1]!.detail).toContain('(0 new loans, 2 already on this laptop)');
    db.close();
  });

  it('keeps what an earlier import said when a later file leaves an optional field out', async () => {
    const db = freshDb();
    await saveAllocation(db, goodRows('loan_id,month,glaas_loan_id,priority\nL1,2021-07,555,3\n'), 'a.csv', now);
    await saveAllocation(db, goodRows('loan_id,month,priority\nL1,2021-07,1\n'), 'b.csv', now + 1);
    expect(await db.assignments.get(['L1', '2021-7-01'])).toEqual({
      loanId: 'L1',
      allocationMonth: '2021-7-01',
      glaasLoanId: '555',
      priority: 1,
      source: 'b.csv',
      importedAt: now + 1,
    });
    db.close();
  });

  it('recomputes the summary of a downloaded loan, keeps its snapshot, and lists new loans first', async () => {
    const db = freshDb();
    const snapshot = getLoanExample as unknown as GetLoanResponse;
    const loanId = String(snapshot.loan_details!.loan_id);
    const old = pendingLoan(loanId, []);
    await putLoans(db, [
      { ...old, fetchState: 'downloaded', fetchedAt: now - 5000, snapshot, summary: { ...old.summary, lastVisitAt: now - 1 } },
      { ...pendingLoan('FAILED1', []), fetchState: 'failed' },
    ]);

    const ids = await saveAllocation(db, goodRows(`loan_id,month,priority\n${loanId},2020-08-01,4\nFAILED1,2020-08,\nNEW1,2020-08,\n`), 'f.csv', now);
    expect(ids).toEqual(['NEW1', 'FAILED1', loanId]);

    const loan = (await getLoan(db, loanId))!;
    expect(loan.fetchState).toBe('downloaded');
    expect(loan.snapshot).toEqual(snapshot);
    expect(loan.summary).toMatchObject({
      name: 'Keval Gor',
      allocationMonth: '2020-8-01',
      totalClaim: 127718,
      priority: 4,
      lastVisitAt: now - 1,
    });
    db.close();
  });

  it('sees every month of each loan in a big import too (more than 100 loans)', async () => {
    const db = freshDb();
    await saveAllocation(db, goodRows('loan_id,month,priority\nL7,2021-09,1\n'), 'sept.csv', now);
    const lines = ['loan_id,month,priority', ...Array.from({ length: 150 }, (_, i) => `L${i},2021-07,3`)];
    const ids = await saveAllocation(db, goodRows(lines.join('\n')), 'july.csv', now);
    expect(ids).toHaveLength(150);
    expect(ids.at(-1)).toBe('L7'); // known already, so after the 149 new ones
    expect((await db.loans.get('L7'))!.summary).toMatchObject({ allocationMonth: '2021-9-01', priority: 1 });
    expect((await db.loans.get('L8'))!.summary).toMatchObject({ allocationMonth: '2021-7-01', priority: 3 });
    db.close();
  });

  it('writes nothing when the transaction fails part way', async () => {
    const db = freshDb();
    const good = goodRows('loan_id,month\nL1,2021-07\n');
    // A row that IndexedDB cannot store (an id that is not a valid key) fails the bulkPut.
    const broken = [...good, { ...good[0]!, loanId: undefined as unknown as string }];
    await expect(saveAllocation(db, broken, 'x.csv', now)).rejects.toThrow();
    expect(await db.assignments.count()).toBe(0);
    expect(await db.loans.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
    db.close();
  });
});

describe('addLoanById', () => {
  it('adds one loan with the same checks as a file row', async () => {
    const db = freshDb();
    expect(await addLoanById(db, ' L9 ', 'Jul-2021', now)).toEqual({ ok: true, loanIds: ['L9'], allocationMonth: '2021-7-01' });
    expect(await db.assignments.get(['L9', '2021-7-01'])).toMatchObject({ source: 'manual', importedAt: now });
    expect((await db.loans.get('L9'))?.fetchState).toBe('pending');

    expect(await addLoanById(db, '', '2021-07', now)).toEqual({ ok: false, reason: 'No loan id.' });
    expect(await addLoanById(db, 'L10', 'soon', now)).toMatchObject({ ok: false, reason: expect.stringContaining('“soon” is not a month') });
    expect(await db.loans.count()).toBe(1);
    db.close();
  });
});
