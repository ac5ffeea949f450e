import { afterEach, describe, expect, it } from 'vitest';
import { disposeRigs, fail, item, ok, rig, T0 } from './engine-mutants-harness';

/**
 * How long things wait. Backoff is base 10 ms, cap 40 ms and the dice always show 0.5, so each
 * wait is exact: attempt n (n ≥ 1) waits floor(0.5 × min(40, 10 × 2^(n−1))) = 5, 10, 20, 20 ms.
 */

afterEach(disposeRigs);

const backedOff = (id: string, until: number) =>
  item(id, { nextAttemptAt: until, attempts: 2, lastError: { kind: 'server', status: 500, message: 'x', at: T0 } });

describe('an unreachable platform holds the whole engine back', () => {
  it('offline: the item stays pending (5 ms), the engine holds back 10 ms, not a moment less, not a moment more', async () => {
    const r = await rig({ items: [item('a')] });
    let offline = true;
    r.script.send = async () => (offline ? fail('offline') : ok({}));
    await r.engine.kick();
    expect(await r.get('a')).toMatchObject({ state: 'pending', attempts: 1, nextAttemptAt: T0 + 5 });
    expect(r.engine.status.unreachable).toBe(true);
    // The item is due at +5, but the engine waits for the hold (streak 1: 10 ms).
    expect(r.engine.status.nextWakeAt).toBe(T0 + 10);
    offline = false;
    r.advance(5);
    await r.engine.kick(); // a capture, during the hold
    expect(r.calls.sent).toEqual(['a']);
    r.advance(5);
    await r.engine.kick(); // exactly when the hold ends
    expect(r.calls.sent).toEqual(['a', 'a']);
    expect((await r.get('a')).state).toBe('sent');
    expect(r.engine.status.unreachable).toBe(false);
  });

  it('the hold doubles while the platform stays unreachable, and starts over after it answers', async () => {
    const r = await rig({ items: [item('a')] });
    let offline = true;
    r.script.send = async () => (offline ? fail('offline') : ok({}));
    await r.engine.kick();
    expect(r.engine.status.nextWakeAt).toBe(T0 + 10);
    r.advance(10);
    await r.engine.kick();
    // Second miss in a row: a 20 ms hold (the item itself waits only 10).
    expect((await r.get('a')).nextAttemptAt).toBe(T0 + 20);
    expect(r.engine.status.nextWakeAt).toBe(T0 + 30);
    r.advance(20);
    offline = false;
    await r.engine.kick();
    expect((await r.get('a')).state).toBe('sent');
    // Reachable again: a new capture goes at once, no leftover hold.
    await r.db.outbox.put(item('b'));
    await r.engine.kick();
    expect((await r.get('b')).state).toBe('sent');
    // And the next outage starts from a 10 ms hold again, not from where the last one ended.
    await r.db.outbox.put(item('c'));
    offline = true;
    await r.engine.kick();
    expect((await r.get('c')).nextAttemptAt).toBe(T0 + 30 + 5);
    expect(r.engine.status.nextWakeAt).toBe(T0 + 30 + 10);
  });

  it('a queue sent without trouble is not taken for an unreachable platform: one worker goes on to every queue', async () => {
    const r = await rig({ items: [item('a'), item('b'), item('c')], deps: { concurrency: 1 } });
    await r.engine.kick();
    expect(r.calls.sent).toEqual(['a', 'b', 'c']);
    expect(r.engine.status.unreachable).toBe(false);
    expect(r.engine.status.nextWakeAt).toBeUndefined();
  });
});

describe('a success brings backed-off items forward (the link works now)', () => {
  it('an item backing off for a second comes back within one base delay after another is accepted', async () => {
    const r = await rig({ items: [backedOff('x', T0 + 1_000), item('y')] });
    await r.engine.kick();
    expect((await r.get('y')).state).toBe('sent');
    // now + floor(0.5 × 10)
    expect((await r.get('x')).nextAttemptAt).toBe(T0 + 5);
    expect(r.engine.status.nextWakeAt).toBe(T0 + 5);
  });

  it('nothing accepted: the backed-off item keeps its wait', async () => {
    const r = await rig({ items: [backedOff('x', T0 + 1_000), item('y')] });
    r.script.send = async () => fail('server', { status: 500 });
    await r.engine.kick();
    expect((await r.get('x')).nextAttemptAt).toBe(T0 + 1_000);
    expect((await r.get('y')).nextAttemptAt).toBe(T0 + 5);
  });

  it('one accepted, then the platform went away in the same pass: no evidence the link works, nothing pulled', async () => {
    const r = await rig({ items: [backedOff('x', T0 + 1_000), item('y'), item('z')], deps: { concurrency: 1 } });
    r.script.send = async (i) => (i.id === 'z' ? fail('offline') : ok({}));
    await r.engine.kick();
    expect((await r.get('y')).state).toBe('sent');
    expect(r.engine.status.unreachable).toBe(true);
    expect((await r.get('x')).nextAttemptAt).toBe(T0 + 1_000);
  });
});

describe('each failure waits forward from now', () => {
  it('a timeout: unknown, first wait 5 ms', async () => {
    const r = await rig({ items: [item('a')] });
    r.script.send = async () => fail('timeout');
    await r.engine.kick();
    expect(await r.get('a')).toMatchObject({ state: 'unknown', attempts: 1, nextAttemptAt: T0 + 5 });
    expect(r.engine.status.nextWakeAt).toBe(T0 + 5);
  });

  it('a bad answer on the third attempt: unknown, 20 ms', async () => {
    const r = await rig({ items: [item('a', { attempts: 2 })] });
    r.script.send = async () => fail('bad-response');
    await r.engine.kick();
    expect(await r.get('a')).toMatchObject({ state: 'unknown', attempts: 3, nextAttemptAt: T0 + 20 });
  });
});

describe('while the platform accepted something within the last minute, waits stay short', () => {
  // A wide cap so the exponent shows: attempt 10 alone would be 0.5 × 10 × 2^9 = 2560 ms; with a
  // recent success the exponent stops at 3: 0.5 × 10 × 2^3 = 40 ms.
  const wide = { backoff: { baseMs: 10, capMs: 1_000_000 } };
  const unlucky = (id: string) => item(id, { attempts: 9 });

  it('no success yet: the tenth attempt waits its full backoff', async () => {
    const r = await rig({ items: [unlucky('f')], deps: wide });
    r.script.send = async () => fail('server', { status: 500 });
    await r.engine.kick();
    expect((await r.get('f')).nextAttemptAt).toBe(T0 + 2_560);
  });

  it('no success yet, on a clock that started at zero: still the full backoff ("0" means never)', async () => {
    const r = await rig({ items: [unlucky('f')], deps: wide });
    r.setClock(1_000);
    r.script.send = async () => fail('server', { status: 500 });
    await r.engine.kick();
    expect((await r.get('f')).nextAttemptAt).toBe(1_000 + 2_560);
  });

  for (const [after, wait, why] of [
    [59_999, 40, 'just under a minute after a success: short'],
    [60_000, 2_560, 'exactly a minute after: no longer recent'],
    [61_000, 2_560, 'over a minute after: full backoff'],
  ] as const) {
    it(`${why} (${wait} ms)`, async () => {
      const r = await rig({ items: [item('s')], deps: wide });
      await r.engine.kick();
      expect((await r.get('s')).state).toBe('sent');
      r.advance(after);
      await r.db.outbox.put(unlucky('f'));
      r.script.send = async () => fail('server', { status: 500 });
      await r.engine.kick();
      expect((await r.get('f')).nextAttemptAt).toBe(T0 + after + wait);
    });
  }
});

describe('a worker drains its queue in order', () => {
  it('the next item of the queue goes in the same drain when it is due, before the next queue', async () => {
    // Queue q1: a1 then a2 (due exactly now); queue q2: b1. One worker.
    const r = await rig({
      items: [item('a1', { queue: 'q1' }), item('a2', { queue: 'q1', nextAttemptAt: T0 }), item('b1', { queue: 'q2' })],
      deps: { concurrency: 1 },
    });
    await r.engine.kick();
    expect(r.calls.sent).toEqual(['a1', 'a2', 'b1']);
  });

  it('the next item of the queue still backing off is not sent early', async () => {
    const r = await rig({ items: [item('a1', { queue: 'q1' }), backedOff('a2', T0 + 1_000)].map((i) => ({ ...i, queue: 'q1' })) });
    await r.engine.kick();
    expect(r.calls.sent).toEqual(['a1']);
    expect((await r.get('a2')).state).toBe('pending');
    // Pulled forward by the success, but still not due now.
    expect(r.engine.status.nextWakeAt).toBe(T0 + 5);
  });
});
