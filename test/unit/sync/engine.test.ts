import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import type { VisitRecord } from '../../../renderer/src/features/collections/model';
import { claim } from '../../../renderer/src/sync/outbox-store';
import { syncPortFromInvoke } from '../../../renderer/src/sync/port';
import { createHarnessMain } from '../../support/harness-main';
import { capture, cashVisit, drain, stopEngines, engineFor, loanIds, startTraining, syncDbName, type Training } from './helpers';

let training: Training;
let dbName: string;
let db: FieldDeskDb;
let month: string;

beforeEach(async () => {
  training = await startTraining({ loanCount: 40, seed: 7 });
  dbName = syncDbName();
  db = new FieldDeskDb(dbName);
  month = training.sandbox.state.dataset.allocationMonths.current;
});
afterEach(async () => {
  stopEngines();
  db.close();
  await training.close();
});

const paymentsWith = (reference: string) => training.sandbox.state.paymentCount(reference);

describe('outbox: the happy path', () => {
  it('pending → sending → sent, with the receipt number as the reference, exactly once', async () => {
    const [loanId] = loanIds(1);
    const visit = await capture(db, cashVisit(loanId!, month, 1500));
    expect((await db.outbox.get(visit.id))?.state).toBe('pending');
    const { engine, count } = engineFor(db, training.main);
    await engine.syncNow();
    const item = await db.outbox.get(visit.id);
    expect(item).toMatchObject({ state: 'sent', confirmedBy: 'reply', attempts: 1 });
    expect(paymentsWith(visit.receiptNo!)).toBe(1);
    expect(count('updatePayment')).toBe(1);
    expect(count('findPayments')).toBe(0);
  });

  it('keeps FIFO within a loan: payments reach Credgenics in the order they were taken', async () => {
    const [loanId] = loanIds(1);
    const visits: VisitRecord[] = [];
    for (const amount of [101, 102, 103, 104, 105]) visits.push(await capture(db, cashVisit(loanId!, month, amount)));
    const { engine } = engineFor(db, training.main, { concurrency: 8 });
    await engine.syncNow();
    const history = training.sandbox.state.paymentsFor(loanId!);
    // payment_history is newest first.
    const ours = history.filter((p) => visits.some((v) => v.receiptNo === p.paymentReferenceNumber)).sort((a, b) => a.seq - b.seq);
    expect(ours.map((p) => p.amountRecovered)).toEqual([101, 102, 103, 104, 105]);
  });

  it('sleeps without a timer when nothing is waiting (no busy polling)', async () => {
    let timers = 0;
    const { engine } = engineFor(db, training.main, { setTimer: (fn, ms) => (timers++, setTimeout(fn, ms)) });
    await engine.syncNow();
    expect(timers).toBe(0);
    expect(engine.status.nextWakeAt).toBeUndefined();
  });
});

describe('outbox: unclear outcomes are checked before any resend', () => {
  it('crash while sending: reopening the database finds the item unknown, and the lookup finds it sent', async () => {
    const [loanId] = loanIds(1);
    const visit = await capture(db, cashVisit(loanId!, month, 2500));
    // The old page claimed the item and its request reached the server; then the app died.
    await claim(db, visit.id, Date.now());
    const before = syncPortFromInvoke((c, i) => training.main.invoke(c, i));
    const payload = (await db.outbox.get(visit.id))!.payload as { body: never; allocationMonth: string };
    expect((await before.updatePayment({ loanId: loanId!, allocationMonth: payload.allocationMonth, payment: payload.body, opKey: visit.id })).ok).toBe(true);
    db.close();

    // A new app: new database connection, new main process (nothing remembered in memory).
    db = new FieldDeskDb(dbName);
    expect((await db.outbox.get(visit.id))?.state).toBe('sending');
    const restarted = createHarnessMain({ sandbox: training.sandbox });
    await restarted.invoke('settings.update', { credgenics: { environment: 'training' } });
    const { engine, count } = engineFor(db, restarted);
    await engine.syncNow();
    expect(await db.outbox.get(visit.id)).toMatchObject({ state: 'sent', confirmedBy: 'lookup' });
    expect(count('findPayments')).toBe(1);
    expect(count('updatePayment')).toBe(0);
    expect(paymentsWith(visit.receiptNo!)).toBe(1);
  });

  it('crash while sending before the request left: the lookup finds nothing and it is sent once', async () => {
    const [loanId] = loanIds(1);
    const visit = await capture(db, cashVisit(loanId!, month, 2600));
    await claim(db, visit.id, Date.now());
    db.close();
    db = new FieldDeskDb(dbName);
    const { engine, count } = engineFor(db, training.main);
    await engine.syncNow();
    expect(await db.outbox.get(visit.id)).toMatchObject({ state: 'sent', confirmedBy: 'reply' });
    expect(count('findPayments')).toBe(1);
    expect(count('updatePayment')).toBe(1);
    expect(paymentsWith(visit.receiptNo!)).toBe(1);
  });

  it('a reply lost after the server committed → unknown → found by lookup, never resent', async () => {
    const [loanId] = loanIds(1);
    const visit = await capture(db, cashVisit(loanId!, month, 3000));
    training.sandbox.setFaults({ lostReplyRate: 1, onlyWrites: true });
    const { engine, count } = engineFor(db, training.main);
    await engine.syncNow();
    expect(await db.outbox.get(visit.id)).toMatchObject({ state: 'unknown', attempts: 1 });
    expect((await db.outbox.get(visit.id))?.lastError?.kind).toBe('timeout');
    training.sandbox.resetFaults();
    await drain(engine, db);
    expect(await db.outbox.get(visit.id)).toMatchObject({ state: 'sent', confirmedBy: 'lookup' });
    expect(count('updatePayment')).toBe(1);
    expect(paymentsWith(visit.receiptNo!)).toBe(1);
  });

  it('a 5xx before commit → unknown → lookup finds nothing → resent once', async () => {
    const [loanId] = loanIds(1);
    const visit = await capture(db, cashVisit(loanId!, month, 3100));
    training.sandbox.setFaults({ errorRate: 1, onlyWrites: true });
    const { engine, count } = engineFor(db, training.main);
    await engine.syncNow();
    expect((await db.outbox.get(visit.id))?.state).toBe('unknown');
    expect((await db.outbox.get(visit.id))?.lastError?.kind).toBe('server');
    training.sandbox.resetFaults();
    await drain(engine, db);
    expect(await db.outbox.get(visit.id)).toMatchObject({ state: 'sent', confirmedBy: 'reply', attempts: 2 });
    expect(count('findPayments')).toBe(1);
    expect(paymentsWith(visit.receiptNo!)).toBe(1);
  });

  it('a timeout (no answer) → unknown → checked → sent once', async () => {
    const [loanId] = loanIds(1);
    const visit = await capture(db, cashVisit(loanId!, month, 3200));
    training.sandbox.setFaults({ timeoutRate: 1, hangMs: 50, onlyWrites: true });
    const { engine } = engineFor(db, training.main);
    await engine.syncNow();
    expect((await db.outbox.get(visit.id))?.state).toBe('unknown');
    training.sandbox.resetFaults();
    await drain(engine, db);
    expect((await db.outbox.get(visit.id))?.state).toBe('sent');
    expect(paymentsWith(visit.receiptNo!)).toBe(1);
  });

  it('a page reload while the write is still in flight joins it instead of sending twice', async () => {
    const [loanId] = loanIds(1);
    const visit = await capture(db, cashVisit(loanId!, month, 3300));
    training.sandbox.setFaults({ latencyMs: 300 });
    const first = engineFor(db, training.main);
    const running = first.engine.syncNow();
    // Once the write is really claimed and on its way (the sandbox holds it 300 ms), not after a
    // fixed wait that a loaded machine can outrun.
    await vi.waitFor(async () => expect((await db.outbox.get(visit.id))?.state).toBe('sending'), { timeout: 20_000, interval: 5 });
    // The page goes away mid-request (the main process keeps the request running) ...
    first.engine.stop();
    db.close();
    db = new FieldDeskDb(dbName);
    // ... and the reloaded page starts its own engine against the same main process.
    const second = engineFor(db, training.main);
    await second.engine.syncNow();
    await running.catch(() => undefined);
    expect(await db.outbox.get(visit.id)).toMatchObject({ state: 'sent' });
    expect(paymentsWith(visit.receiptNo!)).toBe(1);
  });
});

describe('outbox: what needs a person, and what does not', () => {
  it('a 400 becomes rejected with the server words; the loan waits, other loans go on', async () => {
    const [bad, good] = loanIds(2);
    const wrong = await capture(db, cashVisit(bad!, '2020-1-01', 700));
    const behind = await capture(db, cashVisit(bad!, month, 710));
    const other = await capture(db, cashVisit(good!, month, 720));
    const { engine } = engineFor(db, training.main);
    await engine.syncNow();
    const rejected = await db.outbox.get(wrong.id);
    expect(rejected?.state).toBe('rejected');
    expect(rejected?.lastError?.kind).toBe('rejected');
    expect(`${rejected?.lastError?.serverMessage ?? ''} ${JSON.stringify(rejected?.lastError?.details ?? {})}`).toMatch(/allocation/i);
    expect((await db.outbox.get(behind.id))?.state).toBe('pending');
    expect((await db.outbox.get(other.id))?.state).toBe('sent');
    expect(engine.status.nextWakeAt).toBeUndefined(); // a blocked queue does not keep the engine awake
  });

  it('a 401 pauses the whole queue without spending the attempt, and resumes when sign-in works', async () => {
    const ids = loanIds(3);
    const visits: VisitRecord[] = [];
    for (const id of ids) visits.push(await capture(db, cashVisit(id, month, 900)));
    training.sandbox.setFaults({ failNextAuth: 1 });
    const { engine, count } = engineFor(db, training.main, { concurrency: 1 });
    await engine.kick();
    await engine.idle();
    const paused = await db.outbox.get(visits[0]!.id);
    expect(paused).toMatchObject({ state: 'paused-auth', attempts: 0 });
    expect((await db.outbox.get(visits[1]!.id))?.state).toBe('pending');
    expect(engine.status.paused).toBe('auth');
    expect(count('updatePayment')).toBe(1);
    // The next pass asks whether the credentials work again; they do, so everything goes.
    await drain(engine, db);
    for (const v of visits) expect(paymentsWith(v.receiptNo!)).toBe(1);
    expect(count('checkConnection')).toBeGreaterThanOrEqual(1);
    expect(engine.status.paused).toBeUndefined();
  });

  it('offline: stays pending (nothing can have been written), backs off, and sends when the host is back', async () => {
    const [loanId] = loanIds(1);
    const visit = await capture(db, cashVisit(loanId!, month, 400));
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:443'), { code: 'ECONNREFUSED' });
    const noNetwork = (async () => {
      throw new TypeError('fetch failed', { cause: refused });
    }) as typeof fetch;
    const offlineMain = createHarnessMain({ sandbox: training.sandbox, fetch: noNetwork });
    await offlineMain.invoke('settings.update', { credgenics: { environment: 'training' } });
    // A fake clock: "wakes up later" is read off the engine's own clock, not a busy machine's.
    const clock = Date.now();
    const { engine } = engineFor(db, offlineMain, { now: () => clock });
    await engine.syncNow();
    const item = await db.outbox.get(visit.id);
    expect(item?.state).toBe('pending');
    expect(item?.lastError?.kind).toBe('offline');
    expect(engine.status.unreachable).toBe(true);
    expect(engine.status.nextWakeAt).toBeGreaterThan(clock);
    engine.stop();
    const online = engineFor(db, training.main);
    await drain(online.engine, db);
    expect(paymentsWith(visit.receiptNo!)).toBe(1);
  });

  it('a 429 stays pending and waits at least the Retry-After the server asked for', async () => {
    const [loanId] = loanIds(1);
    const visit = await capture(db, cashVisit(loanId!, month, 450));
    training.sandbox.setFaults({ rateLimitRate: 1 });
    const { engine } = engineFor(db, training.main);
    const before = Date.now();
    await engine.syncNow();
    const item = await db.outbox.get(visit.id);
    expect(item?.state).toBe('pending');
    expect(item!.nextAttemptAt - before).toBeGreaterThanOrEqual(1000);
    engine.stop();
  });

  it('while the platform accepted something within the last minute, an unlucky item waits seconds, not minutes', async () => {
    const [a, b] = loanIds(2, 40);
    const first = await capture(db, cashVisit(a!, month, 610));
    // A fake clock: the wait is read off the engine's own clock, so a busy machine cannot stretch it.
    const clock = Date.now();
    const { engine } = engineFor(db, training.main, { backoff: { baseMs: 1000, capMs: 600_000 }, random: () => 0.999, now: () => clock });
    await engine.syncNow();
    expect((await db.outbox.get(first.id))?.state).toBe('sent');
    // An item that has already failed nine times fails once more (5xx).
    const unlucky = await capture(db, cashVisit(b!, month, 620));
    await db.outbox.update(unlucky.id, { attempts: 9 });
    training.sandbox.setFaults({ errorRate: 1 });
    await engine.syncNow();
    const item = await db.outbox.get(unlucky.id);
    expect(item?.lastError?.kind).toBe('server');
    // Without a recent success this would be up to 1 s × 2^9 ≈ 8.5 minutes.
    expect(item!.nextAttemptAt - clock).toBeLessThanOrEqual(8_000);
  });
});
