import { describe, expect, it } from 'vitest';
import { putLoans } from '../../../renderer/src/db/loans';
import { monthEndMs, purgeExpired } from '../../../renderer/src/features/loans/purge';
import { pendingLoan } from '../../../renderer/src/features/loans/summary';
import { allocate, freshDb } from './helpers';

const DAY = 86_400_000;
/** September 2026 ends at midnight IST on 1 October, which is 18:30 UTC on 30 September. */
const SEPT_END = Date.UTC(2026, 8, 30, 18, 30);

describe('purgeExpired', () => {
  it('knows when an allocation month ends in India', () => {
    expect(monthEndMs('2026-9-01')).toBe(SEPT_END);
    expect(monthEndMs('2026-12-01')).toBe(Date.UTC(2026, 11, 31, 18, 30));
    expect(monthEndMs('September 2026')).toBeUndefined();
  });

  it('removes loans whose latest month ended more than N days ago and that have nothing unsent', async () => {
    const db = freshDb();
    await allocate(db, ['OLD', 'UNSENT', 'REALLOCATED', 'CURRENT'], '2026-9-01');
    await allocate(db, ['REALLOCATED'], '2026-10-01');
    await allocate(db, ['CURRENT'], '2026-11-01');
    await putLoans(db, [{ ...pendingLoan('OLD', []), fetchState: 'downloaded', fetchedAt: 1, snapshot: { loan_details: { loan_id: 'OLD' } } as never }]);
    await db.glaas.put({ loanId: 'OLD', fetchedAt: 1 });
    await db.glaas.put({ loanId: 'CURRENT', fetchedAt: 1 });
    const asked: string[] = [];
    const now = SEPT_END + 45 * DAY + 1;

    const purged = await purgeExpired(db, {
      now: () => now,
      hasUnsent: async (id) => (asked.push(id), id === 'UNSENT'),
    });

    expect(purged).toEqual(['OLD']);
    expect(asked.sort()).toEqual(['OLD', 'UNSENT']);
    expect(await db.loans.get('OLD')).toBeUndefined();
    expect(await db.snapshots.get('OLD')).toBeUndefined();
    expect(await db.glaas.get('OLD')).toBeUndefined();
    expect(await db.assignments.where('loanId').equals('OLD').count()).toBe(0);
    expect((await db.loans.toCollection().primaryKeys()).sort()).toEqual(['CURRENT', 'REALLOCATED', 'UNSENT']);
    expect(await db.assignments.where('loanId').equals('REALLOCATED').count()).toBe(2);
    expect(await db.glaas.get('CURRENT')).toBeDefined();

    const audit = await db.audit.toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ kind: 'purge-loans', at: now });
    expect(audit[0]!.detail).toContain('Removed 1 loan');
    expect(audit[0]!.detail).toContain('OLD');
  });

  it('keeps a loan until MORE than N days have passed, and honours the setting', async () => {
    const db = freshDb();
    await allocate(db, ['A', 'B'], '2026-9-01');
    const never = () => false;
    expect(await purgeExpired(db, { now: () => SEPT_END + 45 * DAY, hasUnsent: never })).toEqual([]);
    expect(await db.audit.count()).toBe(0);
    expect(await purgeExpired(db, { now: () => SEPT_END + 10 * DAY + 1, days: 10, hasUnsent: never })).toEqual(['A', 'B']);
    expect(await db.audit.count()).toBe(1);
  });

  it('never guesses: without hasUnsent it refuses', async () => {
    const db = freshDb();
    await allocate(db, ['A'], '2020-1-01');
    await expect(purgeExpired(db, {} as never)).rejects.toThrow(/hasUnsent/);
    expect(await db.loans.count()).toBe(1);
  });

  it('keeps a loan whose month cannot be read', async () => {
    const db = freshDb();
    await db.transaction('rw', db.loans, db.listBlocks, () => db.loans.put(pendingLoan('NO-MONTH', [])));
    expect(await purgeExpired(db, { now: () => Date.UTC(2030, 0, 1), hasUnsent: () => false })).toEqual([]);
    expect(await db.loans.count()).toBe(1);
  });
});
