import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { captureVisit } from '../../../renderer/src/features/collections/capture';
import type { CollectionMethod, TakenPayment } from '../../../renderer/src/features/collections/model';
import { DepositRefused, recordDeposit, type DepositInput } from '../../../renderer/src/features/deposits/capture';
import type { RepaymentPayloadV1 } from '../../../renderer/src/features/repayments/outbox-handler';
import { cashVisit } from '../../support/visits';
import { confirmedMapping } from '../repayments/helpers';

/**
 * recordDeposit as the agent and GLAAS see it: the words of each refusal (and that nothing is
 * saved), the receipt number kept, the method the deposit is filed under, and the comment and
 * reference each GLAAS line carries. Every clock is a fixed number.
 */

let db: FieldDeskDb;
let n = 0;
beforeEach(() => {
  n += 1;
  db = new FieldDeskDb(`deposit-mutants-${process.pid}-${n}`);
});
afterEach(() => db.close());

const at = Date.UTC(2026, 10, 21, 6);
const links = new Map([
  ['L1', { requestFlowId: '501' }],
  ['L2', { requestFlowId: '502' }],
]);
const input = (ids: string[], receiptNumber = 'SLIP-77'): DepositInput => ({
  collectionIds: ids,
  branch: { branch_type: 'company', branch_name: 'Hosur branch', address: 'MG Road, Hosur', contact: '9000000001' },
  receiptNumber,
  depositDate: '2026-11-21',
  agent: { email: 'agent@lender.test' },
});
const ctx = { now: at + 1_000, mapping: confirmedMapping, links };

const payments: Record<CollectionMethod, (amount: number) => TakenPayment> = {
  cash: (amount) => ({ amount, method: 'cash' }),
  cheque: (amount) => ({ amount, method: 'cheque', cheque: { number: '123456', bank: 'SBI', date: '2026-11-20' } }),
  upi: (amount) => ({ amount, method: 'upi', reference: '123456789012' }),
  'bank-transfer': (amount) => ({ amount, method: 'bank-transfer', reference: 'NEFT0001' }),
};

let captured = 0;
async function collect(loanId: string, amount: number, method: CollectionMethod = 'cash') {
  captured += 1;
  return captureVisit(db, cashVisit(loanId, '2026-11-01', amount, { payment: payments[method](amount) }), { now: at + captured });
}

/** The refusal recordDeposit threw (fails the test if it resolved). */
async function refusal(promise: Promise<unknown>): Promise<DepositRefused> {
  const outcome = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(outcome).toBeInstanceOf(DepositRefused);
  return outcome as DepositRefused;
}

async function nothingSaved() {
  expect(await db.deposits.count()).toBe(0);
  expect(await db.repayments.count()).toBe(0);
  expect(await db.outbox.filter((i) => i.kind === 'glaas.repayment').count()).toBe(0);
  expect(await db.collections.filter((v) => v.depositId !== undefined).count()).toBe(0);
}

describe('deposit refusals: the words the agent sees, and nothing saved', () => {
  it('no collection chosen: "choose at least one", names no loan, no empty deposit is saved', async () => {
    const refused = await refusal(recordDeposit(db, input([]), ctx));
    expect(refused.code).toBe('empty');
    expect(refused.message).toBe('Choose at least one collection to deposit.');
    expect(refused.loanIds).toEqual([]);
    await nothingSaved();
  });

  it('a chosen collection no longer on the laptop: "no longer on this laptop", nothing saved', async () => {
    const a = await collect('L1', 100);
    const refused = await refusal(recordDeposit(db, input([a.id, '01KGONE0000000000000000000']), ctx));
    expect(refused.code).toBe('missing');
    expect(refused.message).toBe('Some chosen collections are no longer on this laptop.');
    expect(refused.loanIds).toEqual([]);
    await nothingSaved();
  });

  it('a chosen visit without money is "missing" too', async () => {
    const visit = await captureVisit(db, cashVisit('L1', '2026-11-01', 0, { payment: undefined }), { now: at });
    const refused = await refusal(recordDeposit(db, input([visit.id]), ctx));
    expect(refused.code).toBe('missing');
    await nothingSaved();
  });

  it('already in another deposit: the count of them in the words, and their loans', async () => {
    const a = await collect('L1', 100);
    const b = await collect('L2', 50);
    const first = await recordDeposit(db, input([a.id]), ctx);
    const refused = await refusal(recordDeposit(db, input([a.id, b.id], 'SLIP-78'), ctx));
    expect(refused.code).toBe('already-deposited');
    expect(refused.message).toBe('1 of the chosen collections are already in another deposit.');
    expect(refused.loanIds).toEqual(['L1']);
    expect(await db.deposits.count()).toBe(1);
    expect((await db.collections.get(b.id))?.depositId).toBeUndefined();
    expect((await db.collections.get(a.id))?.depositId).toBe(first.deposit_id);
  });

  it('loans without a GLAAS link: named once each, comma-separated, in the words and the refusal', async () => {
    const a = await collect('L1', 100);
    const b = await collect('L8', 100);
    const c = await collect('L9', 100);
    const d = await collect('L8', 20);
    const refused = await refusal(recordDeposit(db, input([a.id, b.id, c.id, d.id]), ctx));
    expect(refused.code).toBe('unlinked');
    expect(refused.message).toBe('These loans have no GLAAS link yet: L8, L9.');
    expect(refused.loanIds).toEqual(['L8', 'L9']);
    await nothingSaved();
  });

  it('an amount that is not a number (a damaged record) is refused as a totals mismatch, nothing saved', async () => {
    const a = await collect('L1', 100);
    const b = await collect('L2', 50);
    await db.collections.update(b.id, { 'payment.amount': Number.NaN });
    const refused = await refusal(recordDeposit(db, input([a.id, b.id]), ctx));
    expect(refused.code).toBe('totals');
    expect(refused.message).toBe('The deposit total does not match the chosen collections.');
    expect(refused.loanIds).toEqual([]);
    await nothingSaved();
  });
});

describe('what a saved deposit records', () => {
  it('the receipt number is kept trimmed on the deposit', async () => {
    const a = await collect('L1', 100);
    const deposit = await recordDeposit(db, input([a.id], '  SLIP-77 \t'), ctx);
    expect(deposit.deposit_receipt_number).toBe('SLIP-77');
    expect((await db.deposits.get(deposit.deposit_id))?.deposit_receipt_number).toBe('SLIP-77');
  });

  it('GLAAS gets the same trimmed receipt number as the line reference the deposit keeps', async () => {
    // The form hands over the field as typed; the deposit trimmed it but the line did not.
    const a = await collect('L1', 100);
    const deposit = await recordDeposit(db, input([a.id], '  SLIP-77 \t'), ctx);
    const line = await db.repayments.get(deposit.loan_data[0]!.line_id);
    expect(line?.reference).toBe(deposit.deposit_receipt_number);
    const sent = (await db.outbox.get(line!.id))!.payload as RepaymentPayloadV1;
    expect(sent.detail.comment).toBe(`Ref SLIP-77 · FieldDesk deposit of cash; receipts ${a.receiptNo}`);
  });

  it.each<[string, 'cash' | 'cheque' | 'mixed', CollectionMethod[]]>([
    ['cash only', 'cash', ['cash', 'cash']],
    ['cheques only', 'cheque', ['cheque', 'cheque']],
    ['a single cheque', 'cheque', ['cheque']],
    ['cash then a cheque', 'mixed', ['cash', 'cheque']],
    ['a cheque then cash', 'mixed', ['cheque', 'cash']],
    ['a single non-cash, non-cheque method (UPI)', 'mixed', ['upi']],
    ['a single bank transfer', 'mixed', ['bank-transfer']],
  ])('deposit_method for %s is %s', async (_, expected, methods) => {
    const ids: string[] = [];
    for (const [i, method] of methods.entries()) ids.push((await collect(i % 2 ? 'L2' : 'L1', 100 + i, method)).id);
    const deposit = await recordDeposit(db, input(ids), ctx);
    expect(deposit.deposit_method).toBe(expected);
    expect(deposit.methods).toEqual([...new Set(methods)]);
    expect((await db.deposits.get(deposit.deposit_id))?.deposit_method).toBe(expected);
  });

  it('each GLAAS line says what it carries: its method and its collections\u2019 receipts, comma-separated', async () => {
    const a = await collect('L1', 100);
    const b = await collect('L1', 200);
    const c = await collect('L1', 300, 'cheque');
    const deposit = await recordDeposit(db, input([a.id, b.id, c.id]), ctx);
    const [cashData, chequeData] = deposit.loan_data;
    expect(cashData!.collection_ids).toEqual([a.id, b.id]);
    const cashLine = await db.repayments.get(cashData!.line_id);
    const chequeLine = await db.repayments.get(chequeData!.line_id);
    expect(cashLine?.comment).toBe(`FieldDesk deposit of cash; receipts ${a.receiptNo}, ${b.receiptNo}`);
    expect(chequeLine?.comment).toBe(`FieldDesk deposit of cheque; receipts ${c.receiptNo}`);
    // What GLAAS receives.
    const sent = (await db.outbox.get(cashData!.line_id))!.payload as RepaymentPayloadV1;
    expect(sent.detail.comment).toBe(`Ref SLIP-77 · FieldDesk deposit of cash; receipts ${a.receiptNo}, ${b.receiptNo}`);
  });

  it('a collection saved without a receipt number (an older record) leaves no empty slot in the list', async () => {
    const a = await collect('L1', 100);
    const b = await collect('L1', 200);
    await db.collections.update(a.id, { receiptNo: undefined });
    const deposit = await recordDeposit(db, input([a.id, b.id]), ctx);
    const line = await db.repayments.get(deposit.loan_data[0]!.line_id);
    expect(line?.comment).toBe(`FieldDesk deposit of cash; receipts ${b.receiptNo}`);
  });
});
