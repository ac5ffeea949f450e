import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { putLoans } from '../../../renderer/src/db/loans';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { readSnapshot } from '../../../renderer/src/features/loans/page/snapshot';
import { isGlaasLinked, readLoanPageData, recordIdentityReveal } from '../../../renderer/src/features/loans/page/data';
import { assignment, cachedLoan, getLoanExample, glaasExample, NOW } from './fixtures';

let counter = 0;
const opened: FieldDeskDb[] = [];
function freshDb(): FieldDeskDb {
  counter += 1;
  const database = new FieldDeskDb(`loan-page-test-${process.pid}-${counter}-${Date.now()}`);
  opened.push(database);
  return database;
}
afterEach(() => {
  for (const database of opened.splice(0)) database.close();
});

describe('readLoanPageData', () => {
  it('reads the loan, its assignments and its GLAAS cache', async () => {
    const database = freshDb();
    await putLoans(database, [cachedLoan(getLoanExample())]);
    await database.assignments.bulkPut([assignment, { ...assignment, allocationMonth: '2020-9-01' }]);
    await database.assignments.put({ ...assignment, loanId: 'other' });
    await database.glaas.put(glaasExample());
    const data = await readLoanPageData(database, '2954');
    expect(data.loan?.summary.name).toBe('Keval Gor');
    // The snapshot lives in its own table; the page gets the whole loan back.
    expect(readSnapshot(data.loan!.snapshot!).details?.applicant_name).toBe('Keval Gor');
    expect(data.assignments.map((a) => a.allocationMonth).sort()).toEqual(['2020-8-01', '2020-9-01']);
    expect(data.glaas?.lineDetails?.total_pos).toBe(90000);
  });

  it('answers null for a loan that is not on the laptop', async () => {
    const data = await readLoanPageData(freshDb(), 'missing');
    expect(data).toEqual({ loan: null, assignments: [], glaas: null });
  });

  it('is seen again by a live query when a refresh stores a new snapshot', async () => {
    const database = freshDb();
    await putLoans(database, [cachedLoan(getLoanExample(), { fetchedAt: NOW - 1000 })]);
    const seen: (number | undefined)[] = [];
    const done = new Promise<void>((resolve, reject) => {
      const subscription = liveQuery(() => readLoanPageData(database, '2954')).subscribe({
        next: (data) => {
          seen.push(data.loan?.fetchedAt);
          if (seen.length === 1) void putLoans(database, [cachedLoan(getLoanExample(), { fetchedAt: NOW })]);
          if (seen.length === 2) {
            subscription.unsubscribe();
            resolve();
          }
        },
        error: reject,
      });
    });
    await done;
    expect(seen).toEqual([NOW - 1000, NOW]);
  });
});

describe('recordIdentityReveal', () => {
  it('writes who-saw-what to the audit table', async () => {
    const database = freshDb();
    await recordIdentityReveal(database, '2954', 'aadhaar', NOW);
    await recordIdentityReveal(database, '2954', 'pan', NOW + 1);
    const entries = await database.audit.where('loanId').equals('2954').sortBy('at');
    expect(entries.map(({ id: _id, ...rest }) => rest)).toEqual([
      { at: NOW, kind: 'reveal-identity', loanId: '2954', detail: 'Aadhaar shown' },
      { at: NOW + 1, kind: 'reveal-identity', loanId: '2954', detail: 'PAN shown' },
    ]);
  });
});

describe('isGlaasLinked', () => {
  it('needs a GLAAS loan id or an application id on some allocation', () => {
    expect(isGlaasLinked([assignment])).toBe(false);
    expect(isGlaasLinked([{ ...assignment, glaasLoanId: ' ' }])).toBe(false);
    expect(isGlaasLinked([assignment, { ...assignment, glaasLoanId: '1835' }])).toBe(true);
    expect(isGlaasLinked([{ ...assignment, requestFlowId: '46542' }])).toBe(true);
  });
});
