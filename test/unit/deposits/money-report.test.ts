import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { captureVisit } from '../../../renderer/src/features/collections/capture';
import { recordDeposit } from '../../../renderer/src/features/deposits/capture';
import { buildMoneyReport, loadMoneyData, moneyReportCsv } from '../../../renderer/src/features/deposits/money-report';
import { markRejected, markSent } from '../../../renderer/src/sync/outbox-store';
import { cashVisit } from '../../support/visits';
import { captureAllowingOlderPaise } from '../../support/older-version';
import { confirmedMapping } from '../repayments/helpers';

describe('money report', () => {
  it('per day and per deposit: collected, deposited, in hand, posted, accepted, rejected; and as CSV', async () => {
    const db = new FieldDeskDb(`money-${process.pid}-${Date.now()}`);
    const at = new Date(2026, 10, 20, 10).getTime();
    const links = new Map([
      ['L1', { requestFlowId: '501' }],
      ['L2', { requestFlowId: '502' }],
      ['L3', { requestFlowId: '503' }],
    ]);
    const a = await captureVisit(db, cashVisit('L1', '2026-11-01', 1000), { now: at });
    const b = await captureAllowingOlderPaise(db, cashVisit('L2', '2026-11-01', 250.5), { now: at + 1 });
    const c = await captureVisit(db, cashVisit('L3', '2026-11-01', 300), { now: at + 2 });
    await captureVisit(db, cashVisit('L3', '2026-11-01', 40), { now: at + 3 });
    const deposit = await recordDeposit(
      db,
      { collectionIds: [a.id, b.id, c.id], branch: { branch_type: 'company', branch_name: 'Hosur', address: 'Main Rd', contact: '9876543210' }, receiptNumber: 'D-1', depositDate: '2026-11-20', agent: {} },
      { now: at + 10, mapping: confirmedMapping, links },
    );
    const [l1, l2, l3] = deposit.loan_data.map((l) => l.line_id);
    await markSent(db, l1!, at + 20, { confirmedBy: 'reply' });
    await db.repayments.update(l1!, { glaasStatus: { status: 'ACCEPTED', at: at + 30 }, statusFinal: 1 });
    await markSent(db, l2!, at + 20, { confirmedBy: 'reply' });
    await markRejected(db, l3!, at + 20, { kind: 'rejected', message: 'no' });

    const report = buildMoneyReport(await loadMoneyData(db));
    expect(report.days).toEqual([
      { day: '2026-11-20', collected: 1590.5, deposited: 1550.5, inHand: 40, posted: 1250.5, accepted: 1000, rejected: 300 },
    ]);
    expect(report.deposits).toEqual([
      expect.objectContaining({ receipt: 'D-1', total: 1550.5, lines: 3, waiting: 0, posted: 1250.5, accepted: 1000, rejected: 300 }),
    ]);
    const csv = moneyReportCsv(report);
    expect(csv).toContain('Day,Collected,Deposited,Still in hand,Posted to GLAAS,Accepted,Rejected');
    expect(csv).toContain('2026-11-20,1590.50,1550.50,40.00,1250.50,1000.00,300.00');
    expect(csv).toContain('D-1,2026-11-20,1550.50,3,0.00,1250.50,1000.00,300.00');
    db.close();
  });
});
