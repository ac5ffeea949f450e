import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { captureVisit } from '../../../renderer/src/features/collections/capture';
import { recordDeposit } from '../../../renderer/src/features/deposits/capture';
import { linksOf } from '../../../renderer/src/features/loans/glaas/save-link';
import { refreshStatuses } from '../../../renderer/src/features/repayments/status-refresh';
import { syncPortFromInvoke } from '../../../renderer/src/sync/port';
import { cashVisit } from '../../support/visits';
import { drain, engineFor, startTraining, stopEngines, syncDbName, type Training } from '../sync/helpers';
import { confirmedMapping, gridRows, lineLoans, linkedLoans, postGrid } from './helpers';

let training: Training;
let db: FieldDeskDb;

beforeAll(async () => {
  training = await startTraining({ loanCount: 120, creditLineCount: 60, seed: 5 });
});
afterAll(() => training.close());
beforeEach(() => {
  db = new FieldDeskDb(syncDbName());
  training.sandbox.resetFaults();
});
afterEach(() => {
  stopEngines();
  db.close();
});

/** Where the sandbox took each uid: the endpoint of every accepted repayment carrying it. */
const endpointsOf = (uid: string) => training.sandbox.state.repayments.filter((r) => r.uid === uid).map((r) => r.endpoint);

/**
 * Issue 11, item 3: a repayment on a GLAAS line of credit goes to Line Repayment, a term loan's
 * to Loan Repayment; each uid reaches GLAAS exactly once, and statuses are read by uid as before.
 */
describe('GLAAS lines of credit', () => {
  it('a grid of 60 rows, 20 on lines: line rows reach lineRepayment, the rest loanRepayment, each uid once', async () => {
    const terms = linkedLoans(training.sandbox, 20);
    const lines = lineLoans(training.sandbox, 10);
    // 40 rows on term loans, then 20 on lines, typed in one grid.
    const rows = [...gridRows(terms, 40), ...gridRows(lines, 20)];
    const posted = await postGrid(db, [...terms, ...lines], rows);
    const lineIds = new Set(lines.map((l) => l.loanId));
    const onLines = posted.filter((l) => lineIds.has(l.loanId));
    expect(onLines).toHaveLength(20);
    expect(await db.outbox.filter((i) => i.kind === 'glaas.line-repayment').count()).toBe(20);

    const { engine, count } = engineFor(db, training.main);
    await drain(engine, db);

    for (const line of posted) {
      expect(endpointsOf(line.id)).toEqual([lineIds.has(line.loanId) ? 'lineRepayment' : 'loanRepayment']);
    }
    expect(count('postLineRepayments')).toBe(1);
    expect(count('postRepayments')).toBe(1);
    expect(training.sandbox.state.rejectedRepayments.filter((r) => posted.some((p) => p.id === r.uid))).toEqual([]);
    // Statuses by uid, as for loan repayments.
    const port = syncPortFromInvoke((c, i) => training.main.invoke(c, i));
    const read = await refreshStatuses(db, port);
    expect(read.asked).toBe(60);
    expect((await db.repayments.get(onLines[0]!.id))?.glaasStatus?.status).toMatch(/READY_FOR_PAYMENT|ACCEPTED/);
  });

  it('a Line Repayment reply lost after commit is looked up by uid, never sent twice', async () => {
    const lines = lineLoans(training.sandbox, 10);
    const posted = await postGrid(db, lines, gridRows(lines, 50));
    // The whole request is taken by GLAAS and its reply lost: every line is unclear.
    training.sandbox.setFaults({ lostReplyRate: 1, only: ['glaas'] });
    const { engine, count } = engineFor(db, training.main);
    await engine.syncNow();
    await engine.idle();
    training.sandbox.resetFaults();
    expect(await db.outbox.filter((i) => i.kind === 'glaas.line-repayment' && i.state === 'unknown').count()).toBe(50);
    await drain(engine, db);
    expect(count('postLineRepayments')).toBe(1);
    expect(training.sandbox.state.requests.some((r) => r.outcome === 'fault-lost-reply')).toBe(true);
    expect(count('findRepayments')).toBeGreaterThan(0);
    for (const line of posted) expect(endpointsOf(line.id)).toEqual(['lineRepayment']);
  });

  it('a deposit on a line’s loan goes to lineRepayment; one on a term loan to loanRepayment', async () => {
    const [line] = lineLoans(training.sandbox, 1);
    const [term] = linkedLoans(training.sandbox, 1);
    const month = training.sandbox.state.dataset.allocationMonths.current;
    // What the import leaves: the line's sheet row said LINE, the term loan's said nothing.
    await db.assignments.bulkPut([
      { loanId: line!.loanId, allocationMonth: month, source: 't.csv', importedAt: 0, requestFlowId: line!.link!.requestFlowId!, glaasLine: true },
      { loanId: term!.loanId, allocationMonth: month, source: 't.csv', importedAt: 0, requestFlowId: term!.link!.requestFlowId!, glaasLoanId: term!.link!.glaasLoanId! },
    ]);
    const at = Date.UTC(2026, 10, 21, 6);
    const a = await captureVisit(db, cashVisit(line!.loanId, month, 1500), { now: at });
    const b = await captureVisit(db, cashVisit(term!.loanId, month, 700), { now: at + 1 });
    const links = await linksOf(db, [line!.loanId, term!.loanId]);
    expect(links.get(line!.loanId)?.line).toBe(true);
    expect(links.get(term!.loanId)?.line).toBe(false);
    const deposit = await recordDeposit(
      db,
      {
        collectionIds: [a.id, b.id],
        branch: { branch_type: 'company', branch_name: 'Hosur branch', address: 'MG Road, Hosur', contact: '9000000001' },
        receiptNumber: 'SLIP-9',
        depositDate: '2026-11-21',
        agent: { email: 'agent@lender.test' },
      },
      { now: at + 10, mapping: confirmedMapping, links },
    );
    const lineOf = (loanId: string) => deposit.loan_data.find((l) => l.loan_id === loanId)!.line_id;
    const { engine } = engineFor(db, training.main);
    await drain(engine, db);
    expect(endpointsOf(lineOf(line!.loanId))).toEqual(['lineRepayment']);
    expect(endpointsOf(lineOf(term!.loanId))).toEqual(['loanRepayment']);
  });
});
