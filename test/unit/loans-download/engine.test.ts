import { afterEach, describe, expect, it } from 'vitest';
import { downloadLoans, type DownloadProgress } from '../../../renderer/src/features/loans/download/engine';
import type { LoanApi } from '../../../renderer/src/features/loans/download/port';
import { pendingLoan } from '../../../renderer/src/features/loans/summary';
import { getLoan } from '../../../renderer/src/db/loans';
import { allocate, freshDb, instantSleep, loanIds, loanRequests, startTraining, watched, type Training } from './helpers';

const MONTH_NOW = (t: Training) => t.sandbox.state.dataset.allocationMonths.current;

let training: Training | undefined;
afterEach(async () => {
  await training?.close();
  training = undefined;
});

describe('downloadLoans against the sandbox', () => {
  it('downloads every loan with at most `concurrency` requests in flight, in a few batched writes', async () => {
    training = await startTraining({ faults: { latencyMs: 15 } });
    const db = freshDb();
    const ids = loanIds(30);
    await allocate(db, ids, MONTH_NOW(training), { priority: 2 });
    const { port, stats } = watched(training.api);
    const puts: number[] = [];
    const original = db.loans.bulkPut.bind(db.loans);
    db.loans.bulkPut = ((rows: Parameters<typeof original>[0], ...rest: unknown[]) => {
      puts.push(rows.length);
      return (original as (...a: unknown[]) => ReturnType<typeof original>)(rows, ...rest);
    }) as typeof db.loans.bulkPut;
    const seen: DownloadProgress[] = [];

    const result = await downloadLoans(ids, {
      api: port,
      db,
      concurrency: 4,
      batch: { size: 10, maxWaitMs: 10_000 },
      onProgress: (p) => seen.push(p),
    });

    expect(result).toEqual({ downloaded: 30, failed: 0, cancelled: false, stoppedForAuth: false });
    expect(stats.maxInFlight).toBeLessThanOrEqual(4);
    expect(stats.maxInFlight).toBeGreaterThan(1);
    expect(Math.max(...seen.map((p) => p.inFlight))).toBeLessThanOrEqual(4);
    expect(seen.at(-1)).toEqual({ total: 30, done: 30, downloaded: 30, failed: 0, inFlight: 0 });
    expect(puts).toEqual([10, 10, 10]);
    expect(loanRequests(training.sandbox)).toHaveLength(30);

    const row = await db.loans.get('FD100001');
    expect(row?.fetchState).toBe('downloaded');
    expect(row?.fetchedAt).toBeTypeOf('number');
    expect(row?.failure).toBeUndefined();
    const live = training.sandbox.state.loan('FD100001')!;
    expect(row?.summary.name).toBe(live.loan_details.applicant_name);
    expect(row?.summary.priority).toBe(2);
    expect(row?.summary.allocationMonth).toBe(MONTH_NOW(training));
    expect(await db.loans.where('fetchState').equals('downloaded').count()).toBe(30);
    // The work-list row stays small; the whole answer goes to the snapshots table.
    expect(row).not.toHaveProperty('snapshot');
    expect((await getLoan(db, 'FD100001'))?.snapshot).toMatchObject({ loan_details: { loan_id: 'FD100001' } });
    expect(await db.snapshots.count()).toBe(30);
  });

  it('retries a 5xx and ends downloaded, waiting with jittered backoff', async () => {
    training = await startTraining();
    const t = training;
    const db = freshDb();
    const { sleep, waits } = instantSleep();
    const result = await downloadLoans(['FD100002'], {
      api: t.api,
      db,
      sleep,
      random: () => 0.5,
      // The real sandbox answers 5xx to the first try only.
      onAttempt: (_id, attempt) => t.sandbox.setFaults({ errorRate: attempt === 1 ? 1 : 0 }),
    });
    expect(result.downloaded).toBe(1);
    expect(loanRequests(t.sandbox).map((r) => r.outcome)).toEqual(['fault-5xx', 'ok']);
    expect(waits).toEqual([250]); // half of the 500 ms base
    const row = await db.loans.get('FD100002');
    expect(row?.fetchState).toBe('downloaded');
    expect(row?.failure).toBeUndefined();
  });

  it('gives up after the allowed tries and keeps the server error on the loan', async () => {
    training = await startTraining({ faults: { errorRate: 1 } });
    const db = freshDb();
    const { sleep, waits } = instantSleep();
    const result = await downloadLoans(['FD100003'], { api: training.api, db, sleep, random: () => 1, retry: { attempts: 4 } });
    expect(result).toMatchObject({ downloaded: 0, failed: 1 });
    expect(waits).toEqual([500, 1000, 2000]);
    expect(loanRequests(training.sandbox)).toHaveLength(4);
    const row = await db.loans.get('FD100003');
    expect(row?.fetchState).toBe('failed');
    expect(row?.failure?.kind).toBe('server');
    expect(row?.failure?.status).toBeGreaterThanOrEqual(500);
  });

  it("honours a 429's Retry-After as the least wait", async () => {
    training = await startTraining();
    const t = training;
    const db = freshDb();
    const { sleep, waits } = instantSleep();
    const result = await downloadLoans(['FD100004'], {
      api: t.api,
      db,
      sleep,
      random: () => 0,
      onAttempt: (_id, attempt) => t.sandbox.setFaults({ rateLimitRate: attempt === 1 ? 1 : 0 }),
    });
    expect(result.downloaded).toBe(1);
    expect(waits).toEqual([1000]);
  });

  it('stops the whole run on a 401: no request starts after it, untouched loans stay pending', async () => {
    training = await startTraining({ faults: { latencyMs: 10 } });
    const db = freshDb();
    const ids = loanIds(25);
    await allocate(db, ids, MONTH_NOW(training));
    const { port, stats } = watched(training.api);
    let authSeenAt: number | undefined;
    const spy: LoanApi = {
      ...port,
      getLoan: async (input) => {
        const answer = await port.getLoan(input);
        if (!answer.ok && answer.error.kind === 'auth') authSeenAt ??= stats.calls.length;
        return answer;
      },
    };
    // Let a few loans through, then the platform rejects the token once.
    let started = 0;
    const result = await downloadLoans(ids, {
      api: spy,
      db,
      concurrency: 3,
      onAttempt: () => {
        started += 1;
        if (started === 5) training!.sandbox.setFaults({ failNextAuth: 1 });
      },
    });

    expect(result.stoppedForAuth).toBe(true);
    expect(result.stopError?.kind).toBe('auth');
    expect(result.stopError?.status).toBe(401);
    expect(authSeenAt).toBeDefined();
    expect(stats.calls.length).toBe(authSeenAt); // nothing started after the 401 came back
    expect(stats.calls.length).toBeLessThan(ids.length);
    expect(loanRequests(training.sandbox)).toHaveLength(stats.calls.length);
    expect(result.downloaded).toBe(stats.calls.length - 1); // everything in flight finished and was kept
    expect(await db.loans.where('fetchState').equals('downloaded').count()).toBe(result.downloaded);
    expect(await db.loans.where('fetchState').equals('failed').count()).toBe(0);
  });

  it('stops at once with a wrong token in a Custom environment', async () => {
    training = await startTraining();
    await training.main.invoke('settings.update', { credgenics: { environment: 'custom', customBaseUrl: training.sandbox.credgenicsBaseUrl } });
    await training.main.invoke('credentials.setCredgenics', { token: 'not-the-token' });
    const db = freshDb();
    const result = await downloadLoans(loanIds(20), { api: training.api, db, concurrency: 1 });
    expect(result).toMatchObject({ stoppedForAuth: true, downloaded: 0, failed: 0 });
    expect(loanRequests(training.sandbox).map((r) => r.outcome)).toEqual(['auth-failed']);
  });

  it('stops at once when the platform is not configured, making no request', async () => {
    training = await startTraining();
    await training.main.invoke('settings.update', { credgenics: { environment: 'custom', customBaseUrl: training.sandbox.credgenicsBaseUrl } });
    const db = freshDb();
    const { port, stats } = watched(training.api);
    const result = await downloadLoans(loanIds(10), { api: port, db, concurrency: 1 });
    expect(result).toMatchObject({ notConfigured: true, stoppedForAuth: false, downloaded: 0 });
    expect(stats.calls).toHaveLength(1);
    expect(loanRequests(training.sandbox)).toHaveLength(0);
  });

  it("marks a 404 loan failed with the server's reason and carries on with the rest", async () => {
    training = await startTraining();
    const db = freshDb();
    const ids = ['FD100001', 'NO-SUCH-LOAN', 'FD100002'];
    await allocate(db, ids, MONTH_NOW(training));
    const result = await downloadLoans(ids, { api: training.api, db, concurrency: 2 });
    expect(result).toEqual({ downloaded: 2, failed: 1, cancelled: false, stoppedForAuth: false });
    const row = await getLoan(db, 'NO-SUCH-LOAN');
    expect(row?.fetchState).toBe('failed');
    expect(row?.snapshot).toBeUndefined();
    expect(row?.failure).toMatchObject({ kind: 'rejected', status: 404 });
    expect(row?.failure?.serverMessage).toContain('No loan exists with loan_id NO-SUCH-LOAN');
    expect(row?.summary.allocationMonth).toBe(MONTH_NOW(training));
    expect(loanRequests(training.sandbox).filter((r) => r.path.endsWith('/NO-SUCH-LOAN'))).toHaveLength(1); // 404 is not retried
  });

  it('keeps the old snapshot and fetchedAt when a refresh of a downloaded loan fails; a later success clears it', async () => {
    training = await startTraining();
    const db = freshDb();
    await downloadLoans(['FD100005'], { api: training.api, db, now: () => 1_000 });
    const before = await getLoan(db, 'FD100005');
    expect(before?.snapshot).toBeDefined();

    const refusing: LoanApi = {
      ...training.api,
      getLoan: async () => ({ ok: false, error: { kind: 'rejected', status: 404, message: 'Credgenics could not find it (error 404).', serverMessage: 'gone' } }),
    };
    const failed = await downloadLoans(['FD100005'], { api: refusing, db, now: () => 2_000 });
    expect(failed.failed).toBe(1);
    const after = await getLoan(db, 'FD100005');
    expect(after?.fetchState).toBe('downloaded');
    expect(after?.fetchedAt).toBe(1_000);
    expect(after?.snapshot).toEqual(before?.snapshot);
    expect(after?.failure).toEqual({ kind: 'rejected', status: 404, message: 'Credgenics could not find it (error 404).', serverMessage: 'gone' });

    await downloadLoans(['FD100005'], { api: training.api, db, now: () => 3_000 });
    const again = await db.loans.get('FD100005');
    expect(again?.fetchedAt).toBe(3_000);
    expect(again?.failure).toBeUndefined();
  });

  it('cancel stops starting loans and still saves everything fetched', async () => {
    training = await startTraining({ faults: { latencyMs: 10 } });
    const db = freshDb();
    const ids = loanIds(40);
    const cancel = new AbortController();
    const { port, stats } = watched(training.api);
    const result = await downloadLoans(ids, {
      api: port,
      db,
      concurrency: 2,
      signal: cancel.signal,
      batch: { size: 1000, maxWaitMs: 60_000 }, // nothing is written before the run ends
      onProgress: (p) => {
        if (p.done === 5) cancel.abort();
      },
    });
    expect(result.cancelled).toBe(true);
    expect(result.downloaded).toBeGreaterThanOrEqual(5);
    expect(result.downloaded).toBeLessThanOrEqual(6);
    expect(stats.calls).toHaveLength(result.downloaded); // in-flight ones finished, none started after
    expect(await db.loans.count()).toBe(result.downloaded);
  });

  it('a cancelled signal wakes a loan waiting to retry, which then records nothing', async () => {
    training = await startTraining({ faults: { errorRate: 1 } });
    const db = freshDb();
    const cancel = new AbortController();
    const result = await downloadLoans(['FD100006'], {
      api: training.api,
      db,
      signal: cancel.signal,
      sleep: async () => cancel.abort(),
    });
    expect(result).toMatchObject({ cancelled: true, downloaded: 0, failed: 0 });
    expect(loanRequests(training.sandbox)).toHaveLength(1);
    expect(await db.loans.get('FD100006')).toBeUndefined();
  });

  it('stops when the network stays away, without failing every loan', async () => {
    training = await startTraining();
    await training.sandbox.close(); // the host now refuses connections: `offline`
    const db = freshDb();
    const ids = loanIds(10);
    await allocate(db, ids, '2026-1-01');
    const { sleep } = instantSleep();
    const { port, stats } = watched(training.api);
    const result = await downloadLoans(ids, { api: port, db, concurrency: 2, sleep });
    expect(result).toMatchObject({ stoppedOffline: true, downloaded: 0, failed: 0 });
    expect(result.stopError?.kind).toBe('offline');
    expect(stats.calls.length).toBeLessThanOrEqual(8); // two loans' four tries at most
    expect(await db.loans.where('fetchState').equals('pending').count()).toBe(10);
  });

  it('uses Get Customer for credit-line ids', async () => {
    training = await startTraining();
    const db = freshDb();
    const { port, stats } = watched(training.api);
    let customerCalls = 0;
    const counting: LoanApi = { ...port, getCustomer: (input) => (customerCalls++, port.getCustomer(input)) };
    const result = await downloadLoans(['CL300001', 'FD100001'], {
      api: counting,
      db,
      kind: (id) => (id.startsWith('CL') ? 'credit-line' : 'loan'),
    });
    expect(result.downloaded).toBe(2);
    expect(customerCalls).toBe(1);
    expect(stats.calls).toHaveLength(2);
    const row = await db.loans.get('CL300001');
    expect(row?.kind).toBe('credit-line');
    expect(row?.summary.name).toBe(training.sandbox.state.customer('CL300001')?.applicant_details.applicant_name);
  });

  it('takes the kind from the stored row when none is given', async () => {
    training = await startTraining();
    const db = freshDb();
    await db.transaction('rw', db.loans, db.listBlocks, () => db.loans.put({ ...pendingLoan('CL300002', []), kind: 'credit-line' }));
    const result = await downloadLoans(['CL300002'], { api: training.api, db });
    expect(result.downloaded).toBe(1);
    expect((await db.loans.get('CL300002'))?.kind).toBe('credit-line');
  });
});
