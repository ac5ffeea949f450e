import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { refreshStatuses } from '../../../renderer/src/features/repayments/status-refresh';
import { syncPortFromInvoke } from '../../../renderer/src/sync/port';
import { correctRepaymentLine } from '../../../renderer/src/features/repayments/correct';
import { createHarnessMain } from '../../support/harness-main';
import { capture, cashVisit, drain, engineFor, startTraining, stopEngines, syncDbName, type Training } from '../sync/helpers';
import { loanIndex, postRows } from '../../../renderer/src/features/repayments/grid';
import { confirmedMapping, gridRows, linkedLoans, postGrid, repaymentRequests } from './helpers';

let training: Training;
let db: FieldDeskDb;
/**
 * The sandbox's clock stands still unless a test moves it (repayments settle after 2 s of it): on
 * a busy machine a drain of 150 lines can take longer than 2 s of real time.
 */
let clockOffset = 0;
const clockStart = Date.now();

beforeAll(async () => {
  training = await startTraining({ loanCount: 200, now: () => new Date(clockStart + clockOffset) });
});
afterAll(() => training.close());
beforeEach(() => {
  db = new FieldDeskDb(syncDbName());
  training.sandbox.setFaults({ latencyMs: 0, errorRate: 0, timeoutRate: 0, lostReplyRate: 0, rateLimitRate: 0 });
});
afterEach(async () => {
  stopEngines();
  db.close();
});

const currentMonth = () => training.sandbox.state.dataset.allocationMonths.current;

describe('GLAAS repayments through the outbox', () => {
  // 1,000 lines through the real main API and sandbox take ~10-20 s on a loaded 2-core machine;
  // this bounds the wait (the drain has its own 60 s bound), it asserts no speed.
  const HEAVY_TEST_BOUND_MS = 120_000;

  it('sends 1,000 lines in at most 10 requests, each line exactly once, with its own uid', async () => {
    const loans = linkedLoans(training.sandbox, 20);
    const before = repaymentRequests(training.sandbox).length;
    const lines = await postGrid(db, loans, gridRows(loans, 1000));
    const { engine, count } = engineFor(db, training.main);
    await drain(engine, db);
    expect(repaymentRequests(training.sandbox).length - before).toBeLessThanOrEqual(10);
    expect(count('postRepayments')).toBe(10);
    for (const line of lines) expect(training.sandbox.state.repaymentCount(line.id)).toBe(1);
    const states = await db.outbox.where('state').equals('sent').count();
    expect(states).toBe(1000);
    const answered = await db.repayments.filter((l) => l.lineAnswer?.status === 'Accepted').count();
    expect(answered).toBe(1000);
   }, HEAVY_TEST_BOUND_MS);

  it('chaos: 30% of replies lost after commit and 10% 5xx still end with exactly one repayment per uid', async () => {
    const loans = linkedLoans(training.sandbox, 25);
    const lines = await postGrid(db, loans, gridRows(loans, 1000));
    training.sandbox.setFaults({ lostReplyRate: 0.3, errorRate: 0.1, only: ['glaas'] });
    const { engine, count } = engineFor(db, training.main);
    await drain(engine, db, 60_000);
    training.sandbox.setFaults({ lostReplyRate: 0, errorRate: 0 });
    const outcomes = training.sandbox.state.requests.filter((r) => r.platform === 'glaas').map((r) => r.outcome);
    // The faults really happened, several times over.
    expect(outcomes.filter((o) => o === 'fault-lost-reply').length).toBeGreaterThan(0);
    expect(outcomes.filter((o) => o === 'fault-5xx').length).toBeGreaterThan(0);
    expect(count('findRepayments')).toBeGreaterThan(0);
    const doubled = lines.filter((l) => training.sandbox.state.repaymentCount(l.id) !== 1);
    expect(doubled).toEqual([]);
    expect(training.sandbox.state.repayments.filter((r) => lines.some((l) => l.id === r.uid)).length).toBe(1000);
    expect(await db.outbox.where('state').equals('sent').count()).toBe(1000);
  }, HEAVY_TEST_BOUND_MS);

  it('a page reload while a batch is in flight waits for it instead of sending it twice', async () => {
    const loans = linkedLoans(training.sandbox, 5);
    const lines = await postGrid(db, loans, gridRows(loans, 50));
    const name = db.name;
    training.sandbox.setFaults({ latencyMs: 300 });
    const first = engineFor(db, training.main);
    const running = first.engine.syncNow();
    // Reloaded once the batch is really claimed and on its way (the sandbox holds each answer
    // 300 ms), not after a fixed wait: on a loaded machine 100 ms was sometimes before the claim,
    // and the second page then simply sent the lines with nothing to look up.
    await vi.waitFor(async () => expect(await db.outbox.where('state').equals('sending').count()).toBeGreaterThan(0), { timeout: 20_000, interval: 5 });
    first.engine.stop();
    db.close();
    db = new FieldDeskDb(name);
    const second = engineFor(db, training.main);
    await drain(second.engine, db);
    await running.catch(() => undefined);
    for (const line of lines) expect(training.sandbox.state.repaymentCount(line.id)).toBe(1);
    expect(second.count('findRepayments')).toBeGreaterThan(0);
  });

  it('a line GLAAS refuses shows its message; corrected, it is sent again alone', async () => {
    const loans = linkedLoans(training.sandbox, 3);
    const lines = await postGrid(db, loans, gridRows(loans, 3));
    // Point the middle line at a request flow GLAAS does not know, as a typo in a link would.
    const bad = lines[1]!;
    await db.outbox.update(bad.id, { 'payload.detail.requestFlowId': 999_999 } as never);
    const { engine, calls } = engineFor(db, training.main);
    await drain(engine, db);
    const refused = await db.outbox.get(bad.id);
    expect(refused?.state).toBe('rejected');
    expect(refused?.lastError?.serverMessage).toMatch(/Unknown requestFlowId 999999/);
    expect((await db.repayments.get(bad.id))?.lineAnswer).toMatchObject({ status: 'Rejected' });
    expect(training.sandbox.state.repaymentCount(lines[0]!.id)).toBe(1);
    expect(training.sandbox.state.repaymentCount(lines[2]!.id)).toBe(1);

    await correctRepaymentLine(db, bad.id, { requestFlowId: loans[1]!.link!.requestFlowId!, amount: 777.5 }, Date.now());
    const before = calls.length;
    await drain(engine, db);
    const resent = calls.slice(before).filter((c) => c.channel === 'postRepayments');
    expect(resent).toHaveLength(1);
    expect((resent[0]!.input as { uid: string }[]).map((d) => d.uid)).toEqual([bad.id]);
    expect(training.sandbox.state.repaymentCount(bad.id)).toBe(1);
    expect(training.sandbox.state.repayments.find((r) => r.uid === bad.id)?.amount).toBe(777.5);
    expect((await db.outbox.get(bad.id))?.state).toBe('sent');
    expect((await db.audit.where('kind').equals('correct-repayment').count())).toBe(1);
  });

  it('statuses are read in batches until final, and final lines are not asked about again', async () => {
    const loans = linkedLoans(training.sandbox, 5);
    const lines = await postGrid(db, loans, gridRows(loans, 150));
    const { engine } = engineFor(db, training.main);
    await drain(engine, db);
    const port = syncPortFromInvoke((c, i) => training.main.invoke(c, i));
    const first = await refreshStatuses(db, port);
    expect(first).toMatchObject({ asked: 150, requests: 2 });
    expect((await db.repayments.get(lines[0]!.id))?.glaasStatus?.status).toBe('READY_FOR_PAYMENT');
    clockOffset += 5_000;
    await refreshStatuses(db, port);
    expect((await db.repayments.get(lines[0]!.id))).toMatchObject({ glaasStatus: { status: 'ACCEPTED' }, statusFinal: 1 });
    expect(await refreshStatuses(db, port)).toMatchObject({ asked: 0, requests: 0 });
  });

  it('GLAAS refusing the sign-in pauses only GLAAS items; Credgenics payments keep going', async () => {
    const loans = linkedLoans(training.sandbox, 2);
    await postGrid(db, loans, gridRows(loans, 4));
    const visit = await capture(db, cashVisit(loans[0]!.loanId, currentMonth(), 321));
    // GLAAS chosen as Custom with no username or password saved: every GLAAS call is refused.
    const main = createHarnessMain({ sandbox: training.sandbox });
    await main.invoke('settings.update', {
      credgenics: { environment: 'training' },
      glaas: { environment: 'custom', customAuthUrl: training.sandbox.glaasAuthUrl, customApiUrl: training.sandbox.glaasApiUrl },
    });
    const { engine } = engineFor(db, main);
    await engine.syncNow();
    await engine.syncNow();
    expect(engine.status.pausedPlatforms).toEqual(['glaas']);
    expect(await db.outbox.where('state').equals('paused-auth').count()).toBe(4);
    expect((await db.outbox.get(visit.id))?.state).toBe('sent');
    expect(training.sandbox.state.paymentCount(visit.receiptNo!)).toBe(1);
  });

  it('with the setting on, each grid row is also recorded once in Credgenics as a payment of the loan', async () => {
    const month = currentMonth();
    const allocated = new Set(
      training.sandbox.state.dataset.loans
        .filter((l) => l.loan_details.defaults?.some((d) => d.allocation_month === month))
        .map((l) => String(l.loan_details.loan_id)),
    );
    const loans = linkedLoans(training.sandbox, 100)
      .filter((l) => allocated.has(l.loanId))
      .slice(0, 3)
      .map((l) => ({ ...l, allocationMonth: month, kind: 'loan' as const }));
    expect(loans).toHaveLength(3);
    const rows = gridRows(loans, 3).map((r, i) => (i === 0 ? { ...r, mode: 'UPI', reference: '555566667777' } : r));
    const outcome = await postRows(db, rows, {
      now: Date.now(),
      mapping: confirmedMapping,
      lookup: loanIndex(loans),
      today: '2026-11-21',
      alsoCredgenics: { agentEmail: 'branch@lender.test' },
    });
    if (!outcome.ok) throw new Error('refused');
    const mirrors = await db.outbox.filter((i) => i.kind === 'credgenics.payment').toArray();
    expect(mirrors.map((m) => m.recordId).sort()).toEqual(outcome.lines.map((l) => l.id).sort());
    const { engine } = engineFor(db, training.main);
    await drain(engine, db);
    for (const line of outcome.lines) expect(training.sandbox.state.repaymentCount(line.id)).toBe(1);
    expect(training.sandbox.state.paymentCount('555566667777')).toBe(1);
    for (const m of mirrors) expect(training.sandbox.state.paymentCount((m.payload as { reference: string }).reference)).toBe(1);
  });
});
