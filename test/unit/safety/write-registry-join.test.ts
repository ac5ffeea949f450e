import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWriteRegistry } from '../../../electron/main/services/write-registry';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { captureVisit } from '../../../renderer/src/features/collections/capture';
import type { PaymentPayloadV1 } from '../../../renderer/src/features/collections/payloads';
import { syncPortFromInvoke } from '../../../renderer/src/sync/port';
import type { Result } from '../../../shared/result';
import { cashVisit } from '../../support/visits';
import { loanIds, startTraining, syncDbName, type Training } from '../sync/helpers';

/**
 * Safety invariant: a write still in flight (the page reloaded while Credgenics was answering)
 * is joined by a second request with the same outbox id, never sent a second time.
 */

describe('the write registry joins an in-flight write with the same outbox id', () => {
  let training: Training;
  let db: FieldDeskDb;
  beforeEach(async () => {
    // A slow platform: the first request is still on the wire when the second one comes.
    training = await startTraining({ loanCount: 40, seed: 7, faults: { latencyMs: 400 } });
    db = new FieldDeskDb(syncDbName());
  });
  afterEach(async () => {
    db.close();
    await training.close();
  });

  it('two sends of one payment while the first is in flight → one request, one payment, the same answer', async () => {
    const [loanId] = loanIds(1);
    const month = training.sandbox.state.dataset.allocationMonths.current;
    const visit = await captureVisit(db, cashVisit(loanId!, month, 1200), { now: Date.now() });
    const item = await db.outbox.get(visit.id);
    const payload = item!.payload as PaymentPayloadV1;
    const port = syncPortFromInvoke((c, i) => training.main.invoke(c, i));
    const send = () => port.updatePayment({ loanId: payload.loanId, allocationMonth: payload.allocationMonth, payment: payload.body, opKey: item!.id });
    const writesBefore = training.sandbox.state.requests.filter((r) => r.write && r.platform === 'credgenics').length;
    const [first, second] = await Promise.all([send(), send()]);
    expect(first.ok).toBe(true);
    expect(second).toEqual(first);
    const writes = training.sandbox.state.requests.filter((r) => r.write && r.platform === 'credgenics').length - writesBefore;
    expect(writes).toBe(1);
    expect(training.sandbox.state.paymentCount(visit.receiptNo!)).toBe(1);
  });
});

describe('write registry rules, without a network', () => {
  function deferred<T>() {
    let resolve!: (value: T) => void;
    const promise = new Promise<T>((r) => (resolve = r));
    return { promise, resolve };
  }

  it('joins while in flight, answers a success from memory, and forgets failures', async () => {
    const registry = createWriteRegistry(() => 0);
    let sends = 0;
    const gate = deferred<Result<string>>();
    const send = () => {
      sends += 1;
      return gate.promise;
    };
    const a = registry.run('op-1', send);
    const b = registry.run('op-1', send);
    expect(sends).toBe(1);
    gate.resolve({ ok: true, value: 'payment 1' });
    expect(await a).toEqual({ ok: true, value: 'payment 1' });
    expect(await b).toEqual({ ok: true, value: 'payment 1' });
    // Already done: answered again without touching the network.
    expect(await registry.run('op-1', send)).toEqual({ ok: true, value: 'payment 1' });
    expect(sends).toBe(1);
    // A failure is not remembered: the outbox must be free to send a corrected payload.
    const failing = async (): Promise<Result<string>> => {
      sends += 1;
      return { ok: false, error: { kind: 'server', message: 'no' } };
    };
    await registry.run('op-2', failing);
    await registry.run('op-2', failing);
    expect(sends).toBe(3);
    // Another key is another write.
    await registry.run('op-3', send);
    expect(sends).toBe(4);
  });

  it('settle waits for the write in flight and tells whether it succeeded', async () => {
    const registry = createWriteRegistry(() => 0);
    const gate = deferred<Result<string>>();
    void registry.run('op-1', () => gate.promise);
    let settled: { succeeded: boolean } | undefined;
    const waiting = registry.settle('op-1').then((s) => (settled = s));
    await Promise.resolve();
    expect(settled).toBeUndefined();
    gate.resolve({ ok: true, value: 'done' });
    await waiting;
    expect(settled).toEqual({ succeeded: true });
    expect(await registry.settle('never-sent')).toEqual({ succeeded: false });
  });
});
