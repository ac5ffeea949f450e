import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RepaymentLineResult, RepaymentStatus } from '../../../shared/glaas';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { lineRepaymentHandler, repaymentHandler } from '../../../renderer/src/features/repayments/outbox-handler';
import type { RepaymentLine } from '../../../renderer/src/features/repayments/model';
import { repaymentItem } from '../../../renderer/src/features/repayments/queue';
import type { HandlerEnv } from '../../../renderer/src/sync/handlers';
import type { SyncPort } from '../../../renderer/src/sync/port';

/**
 * The GLAAS repayment handlers as the engine and the screens see them: the details sent, the
 * part results and lookups returned, and what is written on each line. The port is a fake that
 * answers what each test says; the clock is a fixed number.
 */

let db: FieldDeskDb;
let n = 0;
beforeEach(() => {
  n += 1;
  db = new FieldDeskDb(`repayment-handler-mutants-${process.pid}-${n}`);
});
afterEach(() => db.close());

const NOW = Date.UTC(2026, 10, 21, 6);
const env = (): HandlerEnv => ({ db, now: () => NOW + 500 });

function line(id: string, extra: Partial<RepaymentLine> = {}): RepaymentLine {
  return {
    id,
    source: 'grid',
    loanId: 'L1',
    borrowerName: 'Borrower L1',
    requestFlowId: '501',
    glaasLoanId: '9001',
    amount: 1500,
    type: 'service',
    paymentMode: 'NACH',
    date: '2026-11-20',
    reference: 'UTR1',
    createdAt: NOW,
    day: '2026-11-21',
    statusFinal: 0,
    ...extra,
  };
}

/** A line saved with its outbox item, as putLines leaves them. */
async function saved(id: string, extra: Partial<RepaymentLine> = {}) {
  const l = line(id, extra);
  await db.repayments.add(l);
  return repaymentItem(l, NOW);
}

function portAnswering(
  posted: RepaymentLineResult[] = [],
  found: { succeeded: string[]; statuses: RepaymentStatus[] } = { succeeded: [], statuses: [] },
) {
  return {
    postRepayments: vi.fn(async () => ({ ok: true as const, value: posted })),
    postLineRepayments: vi.fn(async () => ({ ok: true as const, value: posted })),
    findRepayments: vi.fn(async () => ({ ok: true as const, value: found })),
  };
}
const asPort = (p: ReturnType<typeof portAnswering>) => p as unknown as SyncPort;

describe('send: one line, what is posted and what comes back', () => {
  it('posts the item’s own detail (uid included) to Loan Repayment, and an Accepted line is sent with its GLAAS status', async () => {
    const item = await saved('01KLINE1');
    const port = portAnswering([{ uid: '01KLINE1', status: 'Accepted', message: 'ok' }]);
    expect(await repaymentHandler.send(item, asPort(port), env())).toEqual({ ok: true, value: { ok: true, serverRef: 'GLAAS Accepted' } });
    expect(port.postRepayments).toHaveBeenCalledTimes(1);
    expect(port.postRepayments).toHaveBeenCalledWith([
      { uid: '01KLINE1', requestFlowId: 501, loanId: 9001, amount: 1500, type: 'service', paymentMode: 'NACH', date: '20/11/2026', comment: 'Ref UTR1' },
    ]);
    expect(port.postLineRepayments).not.toHaveBeenCalled();
    expect((await db.repayments.get('01KLINE1'))?.lineAnswer).toEqual({ status: 'Accepted', message: 'ok', at: NOW + 500 });
  });

  it('a line of credit goes to Line Repayment; "accepted" in any case is accepted, and the ref keeps GLAAS’s spelling', async () => {
    const item = await saved('01KLINE2', { line: true });
    const port = portAnswering([{ uid: '01KLINE2', status: 'ACCEPTED' }]);
    expect(await lineRepaymentHandler.send(item, asPort(port), env())).toEqual({ ok: true, value: { ok: true, serverRef: 'GLAAS ACCEPTED' } });
    expect(port.postLineRepayments).toHaveBeenCalledWith([expect.objectContaining({ uid: '01KLINE2' })]);
    expect(port.postRepayments).not.toHaveBeenCalled();
  });

  it('GLAAS answering with no message: the line keeps an empty message, not a made-up one', async () => {
    const item = await saved('01KLINE3');
    await repaymentHandler.send(item, asPort(portAnswering([{ uid: '01KLINE3', status: 'Accepted' }])), env());
    expect((await db.repayments.get('01KLINE3'))?.lineAnswer).toEqual({ status: 'Accepted', message: '', at: NOW + 500 });
  });

  it('a refused line is rejected (final, for a person to correct), with GLAAS’s words kept', async () => {
    const item = await saved('01KLINE4');
    const port = portAnswering([{ uid: '01KLINE4', status: 'Rejected', message: 'Amount exceeds outstanding' }]);
    expect(await repaymentHandler.send(item, asPort(port), env())).toEqual({
      ok: false,
      error: { kind: 'rejected', message: 'GLAAS refused this repayment line. Correct it and send it again.', serverMessage: 'Amount exceeds outstanding' },
    });
    expect((await db.repayments.get('01KLINE4'))?.lineAnswer).toEqual({ status: 'Rejected', message: 'Amount exceeds outstanding', at: NOW + 500 });
  });

  it('a line GLAAS left out of its answer is a bad-response (unclear), not sent', async () => {
    const item = await saved('01KLINE5');
    expect(await repaymentHandler.send(item, asPort(portAnswering([{ uid: 'someone-else', status: 'Accepted' }])), env())).toEqual({
      ok: false,
      error: { kind: 'bad-response', message: 'GLAAS did not answer for this line.' },
    });
  });
});

describe('sendMany: only a status that is exactly "accepted" counts as taken', () => {
  it.each(['Not Accepted', 'UNACCEPTED', 'Accepted with errors', 'ACCEPTED_PENDING', 'Rejected'])('"%s" is refused', async (status) => {
    const item = await saved('01KLINE6');
    const answer = await repaymentHandler.batch!.sendMany([item], asPort(portAnswering([{ uid: '01KLINE6', status }])), env());
    expect(answer).toEqual({
      ok: true,
      value: new Map([['01KLINE6', { ok: false, error: { kind: 'rejected', message: 'GLAAS refused this repayment line. Correct it and send it again.' } }]]),
    });
  });

  it('a batch answer gives each line its own result: accepted, refused, and nothing for a line without a uid', async () => {
    const a = await saved('01KLINEA');
    const b = await saved('01KLINEB');
    const port = portAnswering([
      { uid: '01KLINEA', status: 'accepted' },
      { uid: '01KLINEB', status: 'Rejected', message: 'bad date' },
      { status: 'Accepted' },
    ]);
    const answer = await repaymentHandler.batch!.sendMany([a, b], asPort(port), env());
    expect(answer).toEqual({
      ok: true,
      value: new Map([
        ['01KLINEA', { ok: true, serverRef: 'GLAAS accepted' }],
        ['01KLINEB', { ok: false, error: { kind: 'rejected', message: 'GLAAS refused this repayment line. Correct it and send it again.', serverMessage: 'bad date' } }],
      ]),
    });
    expect(port.postRepayments).toHaveBeenCalledWith([expect.objectContaining({ uid: '01KLINEA' }), expect.objectContaining({ uid: '01KLINEB' })]);
  });
});

describe('reconcile: looked up by uid before anything is resent', () => {
  it('asks GLAAS about the item’s own uid; a line it reports as succeeded is found as Accepted', async () => {
    const item = await saved('01KLINE7');
    const port = portAnswering([], { succeeded: ['01KLINE7'], statuses: [] });
    expect(await repaymentHandler.reconcile(item, asPort(port), env())).toEqual({ found: true, serverRef: 'GLAAS Accepted' });
    expect(port.findRepayments).toHaveBeenCalledWith(['01KLINE7']);
  });

  it('a line GLAAS holds with a status is found under that status, and the status is kept on the line', async () => {
    const item = await saved('01KLINE8');
    const port = portAnswering([], { succeeded: [], statuses: [{ uid: '01KLINE8', status: 'READY_FOR_PAYMENT' }] });
    expect(await repaymentHandler.reconcile(item, asPort(port), env())).toEqual({ found: true, serverRef: 'GLAAS READY_FOR_PAYMENT' });
    const stored = await db.repayments.get('01KLINE8');
    expect(stored?.glaasStatus).toEqual({ status: 'READY_FOR_PAYMENT', at: NOW + 500 });
    expect(stored?.statusFinal).toBe(0);
  });

  it('a final status found by the lookup stops further look-ups (statusFinal 1)', async () => {
    const item = await saved('01KLINE9');
    const port = portAnswering([], { succeeded: [], statuses: [{ uid: '01KLINE9', status: 'ACCEPTED' }] });
    await repaymentHandler.reconcile(item, asPort(port), env());
    expect(await db.repayments.get('01KLINE9')).toMatchObject({ glaasStatus: { status: 'ACCEPTED', at: NOW + 500 }, statusFinal: 1 });
  });

  it('a line GLAAS does not hold is not found, so it goes again under the same uid', async () => {
    const item = await saved('01KLINEX');
    expect(await repaymentHandler.reconcile(item, asPort(portAnswering()), env())).toEqual({ found: false });
  });

  it('a lookup with no statuses writes nothing on the lines: no write transaction, no clock read', async () => {
    const item = await saved('01KLINEY');
    const transaction = vi.spyOn(db, 'transaction');
    const now = vi.fn(() => NOW + 500);
    const port = portAnswering([], { succeeded: ['01KLINEY'], statuses: [] });
    expect(await repaymentHandler.reconcile(item, asPort(port), { db, now })).toEqual({ found: true, serverRef: 'GLAAS Accepted' });
    expect(transaction).not.toHaveBeenCalled();
    expect(now).not.toHaveBeenCalled();
    expect((await db.repayments.get('01KLINEY'))?.glaasStatus).toBeUndefined();
  });
});
