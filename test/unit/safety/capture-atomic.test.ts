import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { captureVisit } from '../../../renderer/src/features/collections/capture';
import { recordDeposit } from '../../../renderer/src/features/deposits/capture';
import { cashVisit } from '../../support/visits';
import { confirmedMapping } from '../repayments/helpers';

/**
 * Safety invariant: a record and the outbox item that will carry it to the platform are saved
 * together or not at all. Here the OUTBOX write fails inside the transaction (a Dexie hook
 * throws, as a full disk or a broken index would): nothing of the record may remain: no visit,
 * no receipt, no deposit, no collection marked as deposited.
 */

let db: FieldDeskDb;
let n = 0;
beforeEach(() => {
  n += 1;
  db = new FieldDeskDb(`safety-capture-${process.pid}-${Date.now()}-${n}`);
});
afterEach(() => db.close());

const at = Date.UTC(2026, 10, 21, 6);

/** From now on every outbox insert fails, inside whatever transaction makes it. */
function breakOutboxWrites(): void {
  db.outbox.hook('creating', () => {
    throw new Error('QuotaExceededError: the disk is full');
  });
}

describe('capture is atomic: the record and its outbox item, or neither', () => {
  it('a visit with money: the outbox write fails → no visit, no receipt, no loan change', async () => {
    await db.transaction('rw', db.loans, db.listBlocks, () => db.loans.put({ loanId: 'L1', fetchState: 'ok', fetchedAt: at, summary: { borrowerName: 'A' } } as never));
    breakOutboxWrites();
    await expect(captureVisit(db, cashVisit('L1', '2026-11-01', 1500), { now: at })).rejects.toThrow(/disk is full/);
    expect(await db.collections.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    // The work list did not learn of a visit that was never saved.
    expect((await db.loans.get('L1'))?.summary).toEqual({ borrowerName: 'A' });
  });

  it('a deposit: the GLAAS line write fails → no deposit, and its collections are still in hand', async () => {
    const visit = await captureVisit(db, cashVisit('L1', '2026-11-01', 700), { now: at });
    breakOutboxWrites();
    const links = new Map([['L1', { requestFlowId: '501' }]]);
    const input = {
      collectionIds: [visit.id],
      branch: { branch_type: 'branch' as const, branch_name: 'Hosur' },
      receiptNumber: 'SLIP-1',
      depositDate: '2026-11-21',
      agent: { email: 'agent@lender.test' },
    };
    await expect(recordDeposit(db, input as never, { now: at + 10, mapping: confirmedMapping, links })).rejects.toThrow(/disk is full/);
    expect(await db.deposits.count()).toBe(0);
    expect(await db.repayments.count()).toBe(0);
    expect((await db.collections.get(visit.id))?.depositId).toBeUndefined();
    expect(await db.outbox.count()).toBe(1); // only the visit's own payment item, from before
  });
});
