import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { DepositRefused, recordDeposit, type DepositInput } from '../../../renderer/src/features/deposits/capture';
import { summarise, undeposited } from '../../../renderer/src/features/deposits/cash-in-hand';
import { captureVisit } from '../../../renderer/src/features/collections/capture';
import type { RepaymentPayloadV1 } from '../../../renderer/src/features/repayments/outbox-handler';
import { cashVisit } from '../../support/visits';
import { captureAllowingOlderPaise } from '../../support/older-version';
import { confirmedMapping } from '../repayments/helpers';

let db: FieldDeskDb;
let n = 0;
beforeEach(() => {
  n += 1;
  db = new FieldDeskDb(`deposit-${process.pid}-${n}`);
});
afterEach(() => db.close());

const at = Date.UTC(2026, 10, 21, 6);
const links = new Map([
  ['L1', { requestFlowId: '501', glaasLoanId: '9001' }],
  ['L2', { requestFlowId: '502' }],
]);
const bank: DepositInput['branch'] = {
  branch_type: 'bank',
  bank_name: 'State Bank of India',
  ifsc: 'SBIN0001234',
  branch_name: 'Hosur',
  account_name: 'Lender Collections',
  account_type: 'current',
  account_number: '00001234567',
};
const input = (ids: string[]): DepositInput => ({
  collectionIds: ids,
  branch: bank,
  receiptNumber: 'SLIP-77',
  depositDate: '2026-11-21',
  agent: { email: 'agent@lender.test' },
});

async function collect(loanId: string, amount: number, extra = {}) {
  // Amounts with paise (100.1 + 200.2) are records an older FieldDesk saved: deposits still add them to the paisa.
  return captureAllowingOlderPaise(db, cashVisit(loanId, '2026-11-01', amount, extra), { now: at + n++ });
}

describe('recording a deposit', () => {
  it('makes one GLAAS line per loan whose amounts are the collections summed; the total agrees', async () => {
    const a = await collect('L1', 100.1);
    const b = await collect('L1', 200.2);
    const c = await collect('L2', 50);
    const deposit = await recordDeposit(db, { ...input([a.id, b.id, c.id]), proof: new Blob(['slip']) }, { now: at + 10, mapping: confirmedMapping, links });
    expect(deposit.total_amount).toBe(350.3);
    expect(deposit.loan_data.map((l) => [l.loan_id, l.amount])).toEqual([['L1', 300.3], ['L2', 50]]);
    expect(deposit.deposit_method).toBe('cash');
    const lines = await db.repayments.where('depositId').equals(deposit.deposit_id).toArray();
    expect(lines).toHaveLength(2);
    const item = await db.outbox.get(deposit.loan_data[0]!.line_id);
    const detail = (item!.payload as RepaymentPayloadV1).detail;
    expect(detail).toMatchObject({ uid: item!.id, requestFlowId: 501, loanId: 9001, amount: 300.3, type: 'service', paymentMode: 'CHEQUE', date: '21/11/2026' });
    expect((await db.collections.get(a.id))?.depositId).toBe(deposit.deposit_id);
    // The slip is kept as bytes: the encrypted store seals bytes, not Blobs.
    const proof = (await db.deposits.get(deposit.deposit_id))?.proof as { bytes: Uint8Array } | undefined;
    expect(new TextDecoder().decode(proof?.bytes)).toBe('slip');
  });

  it('a collection can be in one deposit only', async () => {
    const a = await collect('L1', 100);
    await recordDeposit(db, input([a.id]), { now: at, mapping: confirmedMapping, links });
    await expect(recordDeposit(db, input([a.id]), { now: at, mapping: confirmedMapping, links })).rejects.toMatchObject({ code: 'already-deposited' });
    expect(await db.deposits.count()).toBe(1);
    expect(await db.repayments.count()).toBe(1);
  });

  it('refuses loans without a GLAAS link, naming them, and saves nothing', async () => {
    const a = await collect('L1', 100);
    const b = await collect('L9', 100);
    const refused = await recordDeposit(db, input([a.id, b.id]), { now: at, mapping: confirmedMapping, links }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DepositRefused);
    expect(refused).toMatchObject({ code: 'unlinked', loanIds: ['L9'] });
    expect(await db.deposits.count()).toBe(0);
    expect((await db.collections.get(a.id))?.depositId).toBeUndefined();
    expect(await db.outbox.filter((i) => i.kind === 'glaas.repayment').count()).toBe(0);
  });

  it('posts nothing until the cash-to-GLAAS mapping has been confirmed', async () => {
    const a = await collect('L1', 100);
    const { confirmedAt: _, ...unconfirmed } = confirmedMapping;
    await expect(recordDeposit(db, input([a.id]), { now: at, mapping: unconfirmed, links })).rejects.toMatchObject({ code: 'mapping' });
  });
});

describe('cash in hand', () => {
  it('sums undeposited cash and cheques by method, flags what is older than a day, and warns near and past the limit', async () => {
    const old = await collect('L1', 30_000);
    await collect('L2', 11_000);
    await collect('L2', 5_000, { payment: { amount: 5_000, method: 'cheque', cheque: { number: '123456', bank: 'SBI', date: '2026-11-20' } } });
    await collect('L2', 700, { payment: { amount: 700, method: 'upi', reference: '123456789012' } });
    const carried = await undeposited(db);
    const now = old.capturedAt + 25 * 60 * 60_000;
    const summary = summarise(carried, now, 50_000);
    expect(summary.groups.map((g) => [g.method, g.count, g.total])).toEqual([['cash', 2, 41_000], ['cheque', 1, 5_000]]);
    expect(summary.total).toBe(46_000);
    expect(summary.level).toBe('near');
    expect(summary.overdue.has(old.id)).toBe(true);
    expect(summarise(carried, now, 40_000).level).toBe('over');
    expect(summarise(carried, now, 100_000).level).toBe('ok');
    await recordDeposit(db, input([old.id]), { now, mapping: confirmedMapping, links });
    expect(summarise(await undeposited(db), now, 50_000).total).toBe(16_000);
  });

  it('a discarded payment is not money in hand', async () => {
    const a = await collect('L1', 900);
    await db.outbox.update(a.id, { state: 'discarded' });
    expect(await undeposited(db)).toEqual([]);
  });
});
