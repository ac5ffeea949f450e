import { afterEach, describe, expect, it } from 'vitest';
import { todayInIndia } from '../../../renderer/src/features/loans/glaas/date';
import { glaasLinkOf, isLineOfCredit } from '../../../renderer/src/features/loans/glaas/link';
import { loadGlaasSection } from '../../../renderer/src/features/loans/glaas/section';
import type { LoanApi } from '../../../renderer/src/features/loans/download/port';
import { allocate, freshDb, startTraining, watched, type Training } from './helpers';

let training: Training | undefined;
afterEach(async () => {
  await training?.close();
  training = undefined;
});

/** The first sandbox loan GLAAS services, allocated with the ids the import would carry. */
async function linkedLoan(t: Training) {
  const link = t.sandbox.state.links.find((l) => l.kind === 'loan')!;
  const db = freshDb();
  await allocate(db, [link.credgenicsId], t.sandbox.state.dataset.allocationMonths.current, {
    glaasLoanId: String(link.glaasLoanId),
    requestFlowId: String(link.requestFlowId),
  });
  return { db, link };
}

/** A GLAAS line of credit (a credit-line customer), marked as a line by the sheet's product column. */
async function linkedLine(t: Training) {
  const link = t.sandbox.state.links.find((l) => l.kind === 'credit-line')!;
  const db = freshDb();
  await allocate(db, [link.credgenicsId], t.sandbox.state.dataset.allocationMonths.current, {
    glaasLoanId: String(link.glaasLoanId),
    requestFlowId: String(link.requestFlowId),
    glaasLine: true,
  });
  return { db, link };
}

describe('GLAAS section', () => {
  it("dates line details with India's day, whatever the laptop's zone", () => {
    expect(todayInIndia(Date.UTC(2026, 10, 21, 18, 29))).toBe('21/11/2026');
    expect(todayInIndia(Date.UTC(2026, 10, 21, 18, 30))).toBe('22/11/2026');
    expect(todayInIndia(Date.UTC(2026, 11, 31, 20, 0))).toBe('01/01/2027');
  });

  it('takes each id from the latest assignment carrying it', () => {
    const base = { loanId: 'L', source: 'x', importedAt: 0 };
    expect(glaasLinkOf([{ ...base, allocationMonth: '2026-10-01' }])).toBeUndefined();
    expect(
      glaasLinkOf([
        { ...base, allocationMonth: '2026-9-01', glaasLoanId: '11', requestFlowId: '21' },
        { ...base, allocationMonth: '2026-10-01', glaasLoanId: '12' },
      ]),
    ).toEqual({ glaasLoanId: '12', requestFlowId: '21' });
    expect(
      glaasLinkOf([
        { ...base, allocationMonth: '2026-9-01', requestFlowId: '21', glaasLine: true },
        { ...base, allocationMonth: '2026-10-01', glaasLoanId: '12' },
      ]),
    ).toEqual({ glaasLoanId: '12', requestFlowId: '21', line: true });
  });

  it('knows a line of credit from the sheet or the credit-line customer; anything else is a term loan', () => {
    expect(isLineOfCredit({ requestFlowId: '21', glaasLoanId: '12' })).toBe(false);
    expect(isLineOfCredit({ requestFlowId: '21', glaasLoanId: '12', line: true })).toBe(true);
    expect(isLineOfCredit({ requestFlowId: '21', glaasLoanId: '12' }, 'credit-line')).toBe(true);
    expect(isLineOfCredit({ requestFlowId: '21', line: false }, 'credit-line')).toBe(false);
    expect(isLineOfCredit({ requestFlowId: '21' })).toBe(false);
    expect(isLineOfCredit({ glaasLoanId: '12', line: true })).toBe(false);
    expect(isLineOfCredit(undefined)).toBe(false);
  });

  it('a linked term loan asks only for its schedule: no line details, no failure (issue 11, item 4)', async () => {
    training = await startTraining();
    const { db, link } = await linkedLoan(training);
    const { port, stats } = watched(training.api);
    const row = await loadGlaasSection(link.credgenicsId, { api: port, db, now: () => 9_000 });
    expect(stats.calls).toEqual([`schedule:${link.glaasLoanId}`]);
    expect(row?.failure).toBeUndefined();
    expect(row?.schedule?.principal_schedule?.length).toBeGreaterThan(0);
    expect(row?.lineDetails).toBeUndefined();
  });

  it('fetches the schedule and line details in parallel and caches them', async () => {
    training = await startTraining({ faults: { latencyMs: 30 } });
    const { db, link } = await linkedLine(training);
    const { port, stats } = watched(training.api);
    const dates: string[] = [];
    const api: LoanApi = { ...port, lineDetails: (input) => (dates.push(input.paymentDate), port.lineDetails(input)) };
    const now = Date.UTC(2026, 10, 21, 19); // 00:30 on the 22nd in India

    const row = await loadGlaasSection(link.credgenicsId, { api, db, now: () => now });

    expect(stats.maxInFlight).toBe(2);
    expect(dates).toEqual(['22/11/2026']);
    expect(row?.fetchedAt).toBe(now);
    expect(row?.failure).toBeUndefined();
    expect(row?.schedule?.loanId).toBe(link.glaasLoanId);
    expect(row?.schedule?.principal_schedule?.length).toBeGreaterThan(0);
    expect(row?.lineDetails?.requestFlowId).toBe(link.requestFlowId);
    expect(row?.lineDetails?.sub_loans?.[0]?.loan_id).toBe(link.glaasLoanId);
    expect(await db.glaas.get(link.credgenicsId)).toEqual(row);
  });

  it('keeps the previous cache and records the failure when GLAAS fails', async () => {
    training = await startTraining();
    const { db, link } = await linkedLine(training);
    const first = await loadGlaasSection(link.credgenicsId, { api: training.api, db, now: () => 1_000 });
    training.sandbox.setFaults({ errorRate: 1, only: ['glaas'] });

    const second = await loadGlaasSection(link.credgenicsId, { api: training.api, db, now: () => 2_000 });

    expect(second?.fetchedAt).toBe(1_000);
    expect(second?.schedule).toEqual(first?.schedule);
    expect(second?.lineDetails).toEqual(first?.lineDetails);
    expect(second?.failure?.kind).toBe('server');
    expect(await db.glaas.get(link.credgenicsId)).toEqual(second);

    training.sandbox.resetFaults();
    const third = await loadGlaasSection(link.credgenicsId, { api: training.api, db, now: () => 3_000 });
    expect(third?.fetchedAt).toBe(3_000);
    expect(third?.failure).toBeUndefined();
  });

  it('a part that fails keeps its old copy while the other part updates', async () => {
    training = await startTraining();
    const { db, link } = await linkedLine(training);
    const first = await loadGlaasSection(link.credgenicsId, { api: training.api, db, now: () => 1_000 });
    const api: LoanApi = {
      ...training.api,
      lineDetails: async () => ({ ok: false, error: { kind: 'timeout', message: 'GLAAS did not answer in time.' } }),
    };
    const second = await loadGlaasSection(link.credgenicsId, { api, db, now: () => 2_000 });
    expect(second?.fetchedAt).toBe(2_000);
    expect(second?.lineDetails).toEqual(first?.lineDetails);
    expect(second?.failure).toEqual({ kind: 'timeout', message: 'GLAAS did not answer in time.' });
  });

  it('a first load that fails stores the reason with no data and fetchedAt 0', async () => {
    training = await startTraining({ faults: { errorRate: 1, only: ['glaas'] } });
    const { db, link } = await linkedLoan(training);
    const row = await loadGlaasSection(link.credgenicsId, { api: training.api, db, now: () => 5_000 });
    expect(row).toMatchObject({ loanId: link.credgenicsId, fetchedAt: 0, failure: { kind: 'server' } });
    expect(row?.schedule).toBeUndefined();
    expect(row?.lineDetails).toBeUndefined();
  });

  it('does nothing for a loan without a GLAAS link', async () => {
    training = await startTraining();
    const db = freshDb();
    await allocate(db, ['FD100002'], '2026-10-01');
    const { port, stats } = watched(training.api);
    expect(await loadGlaasSection('FD100002', { api: port, db })).toBeUndefined();
    expect(stats.calls).toHaveLength(0);
    expect(await db.glaas.count()).toBe(0);
  });

  it('refuses an id from the sheet that is not a GLAAS id, without calling GLAAS for it', async () => {
    training = await startTraining();
    const link = training.sandbox.state.links.find((l) => l.kind === 'credit-line')!;
    const db = freshDb();
    await allocate(db, [link.credgenicsId], '2026-10-01', { glaasLoanId: 'ABC-1', requestFlowId: `${link.requestFlowId}.0`, glaasLine: true });
    const { port, stats } = watched(training.api);
    const row = await loadGlaasSection(link.credgenicsId, { api: port, db, now: () => 7 });
    expect(stats.calls).toEqual([`line:${link.requestFlowId}`]);
    expect(row?.lineDetails?.requestFlowId).toBe(link.requestFlowId);
    expect(row?.failure?.kind).toBe('rejected');
    expect(row?.failure?.message).toContain('ABC-1');
  });

  it('opening the same loan twice at once makes one set of requests', async () => {
    training = await startTraining({ faults: { latencyMs: 10 } });
    const { db, link } = await linkedLine(training);
    const { port, stats } = watched(training.api);
    const [a, b] = await Promise.all([
      loadGlaasSection(link.credgenicsId, { api: port, db }),
      loadGlaasSection(link.credgenicsId, { api: port, db }),
    ]);
    expect(a).toEqual(b);
    expect(stats.calls).toHaveLength(2);
  });
});
