import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { captureVisit } from '../../../renderer/src/features/collections/capture';
import type { PaymentPayloadV1 } from '../../../renderer/src/features/collections/payloads';
import { SyncEngine } from '../../../renderer/src/sync/engine';
import { memoryLocks } from '../../../renderer/src/sync/lock';
import type { SyncPort } from '../../../renderer/src/sync/port';
import type { ApiError, Result } from '../../../shared/result';
import { cashVisit } from '../../support/visits';
import { syncDbName } from '../sync/helpers';
import { mulberry32 as seeded } from '../../../electron/sandbox/prng';

/**
 * Two outbox invariants, each guarded directly with a scripted port (no network, no timers):
 * a 401 pauses without spending attempts, and FIFO per loan holds while queues go in parallel.
 */

let db: FieldDeskDb;
const engines: SyncEngine[] = [];
beforeEach(() => {
  db = new FieldDeskDb(syncDbName());
});
afterEach(() => {
  for (const e of engines.splice(0)) e.stop();
  db.close();
});

const MONTH = '2026-11-01';
const T0 = Date.UTC(2026, 10, 21, 6);

type Answer = (reference: string) => Promise<Result<unknown>>;

/** A port whose Update Payment answers as the test says; every other call is not expected. */
function scriptedPort(updatePayment: Answer, checkConnection: () => Result<unknown> = () => ({ ok: true, value: {} })) {
  const unexpected = async () => {
    throw new Error('the engine made a call this test does not expect');
  };
  const port: SyncPort = {
    updatePayment: (input) => updatePayment(input.payment.payment_reference_number as string),
    findPayments: async () => ({ ok: true, value: { writeSucceeded: false, entries: [] } }),
    updateTransactionPayment: unexpected,
    findTransactionPayments: unexpected,
    updateLoan: unexpected,
    triggerCommunication: unexpected,
    postLineRepayments: unexpected,
    postRepayments: unexpected,
    findRepayments: unexpected,
    repaymentStatus: unexpected,
    uploadDocument: unexpected,
    checkConnection: async () => checkConnection(),
  };
  return port;
}

function engine(port: SyncPort, concurrency = 8) {
  let clock = T0;
  const e = new SyncEngine({
    db,
    port,
    lock: memoryLocks(),
    now: () => clock,
    random: () => 0.5,
    backoff: { baseMs: 10, capMs: 40 },
    authProbe: { baseMs: 10, capMs: 40 },
    setTimer: () => undefined,
    clearTimer: () => undefined,
    concurrency,
  });
  engines.push(e);
  // The clock moves only when the test says: backoff waits pass instantly and exactly.
  return { engine: e, advance: (ms: number) => (clock += ms) };
}

const refOf = async (id: string) => ((await db.outbox.get(id))!.payload as PaymentPayloadV1).reference;
const unauthorized: ApiError = { kind: 'auth', status: 401, message: 'Credgenics did not accept the auth token.' };

describe('a 401 pauses without spending attempts', () => {
  it('the item waits for sign-in with its attempts unchanged, however often it is refused; nothing behind it goes', async () => {
    const first = await captureVisit(db, cashVisit('L1', MONTH, 100), { now: T0 });
    const second = await captureVisit(db, cashVisit('L1', MONTH, 200), { now: T0 + 1 });
    await db.outbox.update(first.id, { attempts: 2 });
    const sent: string[] = [];
    let signedIn = false;
    const port = scriptedPort(
      async (ref) => {
        if (!signedIn) return { ok: false, error: unauthorized };
        sent.push(ref);
        return { ok: true, value: {} };
      },
      () => (signedIn ? { ok: true, value: {} } : { ok: false, error: unauthorized }),
    );
    const { engine: e, advance } = engine(port);
    for (let round = 0; round < 5; round++) {
      await e.syncNow();
      // Sign-in still refused: the probe fails, and a resume that sends again is refused again.
      await e.resumeAfterSignIn('credgenics');
      advance(1_000);
      expect(await db.outbox.get(first.id)).toMatchObject({ state: 'paused-auth', attempts: 2 });
      expect((await db.outbox.get(second.id))?.state).toBe('pending');
      expect(e.status.pausedPlatforms).toEqual(['credgenics']);
    }
    expect(sent).toEqual([]);
    signedIn = true;
    await e.resumeAfterSignIn('credgenics');
    // One real attempt on top of the two it had; then the one behind it, in order.
    expect(await db.outbox.get(first.id)).toMatchObject({ state: 'sent', attempts: 3 });
    expect(await db.outbox.get(second.id)).toMatchObject({ state: 'sent', attempts: 1 });
    expect(sent).toEqual([await refOf(first.id), await refOf(second.id)]);
  });
});

describe('FIFO per loan holds under concurrency', () => {
  it('10 loans × 6 payments, 8 queues at a time, random delays and 25% refusals: each loan in capture order, one at a time', { timeout: 60_000 }, async () => {
    const loans = Array.from({ length: 10 }, (_, i) => `L${i + 1}`);
    const order = new Map<string, string[]>(); // loan → references in capture order
    const loanOfRef = new Map<string, string>();
    let n = 0;
    // Interleaved capture: loan 1, loan 2, … loan 10, loan 1, …
    for (let round = 0; round < 6; round++) {
      for (const loanId of loans) {
        const visit = await captureVisit(db, cashVisit(loanId, MONTH, 100 + n), { now: T0 + n });
        n += 1;
        const ref = await refOf(visit.id);
        order.set(loanId, [...(order.get(loanId) ?? []), ref]);
        loanOfRef.set(ref, loanId);
      }
    }
    const random = seeded(15);
    const accepted = new Map<string, string[]>();
    const inFlight = new Map<string, number>();
    let mostInFlight = 0;
    let mostPerLoan = 0;
    const port = scriptedPort(async (ref) => {
      const loanId = loanOfRef.get(ref)!;
      inFlight.set(loanId, (inFlight.get(loanId) ?? 0) + 1);
      mostPerLoan = Math.max(mostPerLoan, inFlight.get(loanId)!);
      mostInFlight = Math.max(mostInFlight, [...inFlight.values()].reduce((a, b) => a + b, 0));
      await new Promise((r) => setTimeout(r, Math.floor(random() * 4)));
      inFlight.set(loanId, inFlight.get(loanId)! - 1);
      // Refused before any work (429): stays pending, backs off, and must hold its queue.
      if (random() < 0.25) return { ok: false, error: { kind: 'server', status: 429, message: 'busy' } };
      accepted.set(loanId, [...(accepted.get(loanId) ?? []), ref]);
      return { ok: true, value: {} };
    });
    const { engine: e, advance } = engine(port, 8);
    for (let pass = 0; pass < 200; pass++) {
      await e.syncNow();
      advance(100);
      if ((await db.outbox.where('state').equals('sent').count()) === n) break;
    }
    expect(await db.outbox.where('state').equals('sent').count()).toBe(n);
    for (const loanId of loans) expect(accepted.get(loanId)).toEqual(order.get(loanId));
    expect(mostPerLoan).toBe(1);
    // It really ran in parallel: the test would prove nothing with one queue at a time.
    expect(mostInFlight).toBeGreaterThan(1);
  });
});
