import { afterEach, describe, expect, it, vi } from 'vitest';
import { deferred, disposeRigs, fail, item, ok, rig, T0, until } from './engine-mutants-harness';

/**
 * When the outbox engine runs a pass, and when it does not: kicks during a pass, stop(), idle(),
 * the one wake-up timer, Sync now versus a plain kick, a lock held by another window, and a pass
 * that breaks on the laptop's side. Every wait is read off the injected clock and timers.
 */

afterEach(() => {
  vi.useRealTimers();
  disposeRigs();
});

describe('a kick during a pass', () => {
  it('runs one more pass right after it, so an item captured at the very end of a pass is sent', async () => {
    const r = await rig({ items: [item('a')] });
    const release = r.lock.holdAfterPass();
    const first = r.engine.kick();
    // The pass has sent everything it saw and is about to give the lock back.
    await until(() => r.lock.passHeld());
    expect((await r.get('a')).state).toBe('sent');
    await r.db.outbox.put(item('b'));
    const second = r.engine.kick();
    release();
    await Promise.all([first, second]);
    await r.engine.idle();
    expect((await r.get('b')).state).toBe('sent');
    expect(r.calls.sent).toEqual(['a', 'b']);
    // Another kick waiting for the lock is not a failure and not "another window".
    expect(r.engine.status.failure).toBeUndefined();
    expect(r.engine.status.nextWakeAt).toBeUndefined();
  });
});

describe('stop()', () => {
  it('a kick after stop() does nothing at all: no status, no probe, an orphaned item left as it is', async () => {
    const r = await rig({ items: [item('s', { state: 'sending', attempts: 1 }), item('p')] });
    r.engine.stop();
    await r.engine.kick();
    await r.engine.syncNow();
    await r.engine.idle();
    expect(r.statuses).toEqual([]);
    expect(r.calls.probes).toEqual([]);
    expect(r.calls.sent).toEqual([]);
    expect((await r.get('s')).state).toBe('sending');
    expect((await r.get('p')).state).toBe('pending');
  });

  it('cancels the pending wake-up, so nothing wakes a closed window', async () => {
    const r = await rig({ items: [item('a')] });
    r.script.send = async () => fail('server', { status: 500 });
    await r.engine.kick();
    expect(r.timers.pending()).toHaveLength(1);
    const [timer] = r.timers.pending();
    r.engine.stop();
    expect(r.timers.pending()).toEqual([]);
    expect(r.timers.cleared).toContain(timer!.handle);
  });

  it('stopped during a pass: the pass finishes its item but sets no timer afterwards', async () => {
    const r = await rig({ items: [item('a')] });
    const answer = deferred<ReturnType<typeof fail>>();
    r.script.send = () => answer.promise;
    const pass = r.engine.kick();
    await until(() => r.calls.sent.length === 1);
    r.engine.stop();
    answer.resolve(fail('server', { status: 500 }));
    await pass;
    // The outcome is recorded (nothing is lost) ...
    expect((await r.get('a')).state).toBe('unknown');
    // ... but a stopped engine does not schedule itself again.
    expect(r.timers.set).toEqual([]);
    expect(r.engine.status.nextWakeAt).toBeUndefined();
  });
});

describe('idle()', () => {
  it('resolves only once the running pass has finished', async () => {
    const r = await rig({ items: [item('a')] });
    void r.engine.kick();
    await r.engine.idle();
    expect((await r.get('a')).state).toBe('sent');
    expect(r.engine.status.syncing).toBe(false);
  });
});

describe('the one wake-up timer', () => {
  it('is set for the earliest backed-off item and, when it fires, runs a pass', async () => {
    const r = await rig({ items: [item('a')] });
    let refuse = true;
    r.script.send = async () => (refuse ? fail('server', { status: 500 }) : ok({}));
    await r.engine.kick();
    const a = await r.get('a');
    // First failure: base 10 ms × 2^0, full jitter at 0.5 → 5 ms.
    expect(a).toMatchObject({ state: 'unknown', nextAttemptAt: T0 + 5 });
    expect(r.engine.status.nextWakeAt).toBe(T0 + 5);
    expect(r.timers.pending()).toEqual([{ handle: 1, ms: 5 }]);
    refuse = false;
    r.advance(5);
    r.timers.fire();
    await r.engine.idle();
    expect((await r.get('a')).state).toBe('sent');
    expect(r.calls.reconciled).toEqual(['a']);
    // Nothing waits any more: no timer, no polling.
    expect(r.engine.status.nextWakeAt).toBeUndefined();
    expect(r.timers.pending()).toEqual([]);
  });

  it('counts the wait from now: an item due 40 ms from now is a 40 ms timer, 10 ms later a 30 ms one', async () => {
    const r = await rig({ items: [item('a', { nextAttemptAt: T0 + 40, lastError: { kind: 'server', message: 'x', at: T0 } })] });
    await r.engine.kick();
    expect(r.timers.pending().map((t) => t.ms)).toEqual([40]);
    r.advance(10);
    await r.engine.kick();
    expect(r.timers.pending().map((t) => t.ms)).toEqual([30]);
  });

  it('a pass started early (a capture) replaces the pending wake-up instead of adding a second one', async () => {
    const r = await rig({ items: [item('a')] });
    r.script.send = async (i) => (i.id === 'a' ? fail('server', { status: 500 }) : ok({}));
    await r.engine.kick();
    const [before] = r.timers.pending();
    expect(before).toBeDefined();
    await r.db.outbox.put(item('b'));
    await r.engine.kick();
    expect((await r.get('b')).state).toBe('sent');
    expect(r.timers.cleared).toContain(before!.handle);
    expect(r.timers.pending()).toHaveLength(1);
  });
});

describe('Sync now versus a plain kick', () => {
  const backedOff = () => item('a', { nextAttemptAt: T0 + 1_000, attempts: 3, lastError: { kind: 'server', status: 500, message: 'x', at: T0 } });

  it("a fresh engine's first kick (start-up, a capture, the timer) respects an item's backoff", async () => {
    const r = await rig({ items: [backedOff()] });
    await r.engine.kick();
    expect(r.calls.sent).toEqual([]);
    expect((await r.get('a')).nextAttemptAt).toBe(T0 + 1_000);
    expect(r.engine.status.nextWakeAt).toBe(T0 + 1_000);
  });

  it('Sync now drops the backoff wait and sends at once', async () => {
    const r = await rig({ items: [backedOff()] });
    await r.engine.syncNow();
    expect(r.calls.sent).toEqual(['a']);
    expect((await r.get('a')).state).toBe('sent');
  });

  it('Sync now is one-off: an item that fails during it backs off again for the next plain kick', async () => {
    const r = await rig({ items: [backedOff()] });
    r.script.send = async () => fail('server', { status: 500 });
    await r.engine.syncNow();
    expect(r.calls.sent).toEqual(['a']);
    const waitUntil = (await r.get('a')).nextAttemptAt;
    expect(waitUntil).toBeGreaterThan(T0);
    await r.engine.kick();
    expect(r.calls.sent).toEqual(['a']);
    expect((await r.get('a')).nextAttemptAt).toBe(waitUntil);
  });
});

describe('another window holds the outbox lock', () => {
  it('sends nothing and looks again after 15 s (that window may have closed)', async () => {
    const r = await rig({ items: [item('a')] });
    r.lock.setOtherWindow(true);
    await r.engine.kick();
    expect(r.calls.sent).toEqual([]);
    expect(r.engine.status.nextWakeAt).toBe(T0 + 15_000);
    expect(r.timers.pending().map((t) => t.ms)).toEqual([15_000]);
    expect(r.engine.status.failure).toBeUndefined();
    r.lock.setOtherWindow(false);
    r.advance(15_000);
    r.timers.fire();
    await r.engine.idle();
    expect((await r.get('a')).state).toBe('sent');
  });
});

describe('a pass that breaks on the laptop side', () => {
  it('says what broke, tries again after 15 s, and clears the message once a pass works', async () => {
    const r = await rig({ items: [item('a')] });
    let broken = true;
    r.script.send = async () => {
      if (broken) throw new Error('The database could not be read.');
      return ok({});
    };
    await r.engine.kick();
    expect(r.engine.status.failure).toBe('The database could not be read.');
    expect(r.engine.status.syncing).toBe(false);
    // The item was claimed when it broke: it is still `sending`, which no backoff would ever
    // wake up for. The engine must look again by itself.
    expect((await r.get('a')).state).toBe('sending');
    expect(r.engine.status.nextWakeAt).toBe(T0 + 15_000);
    expect(r.timers.pending().map((t) => t.ms)).toEqual([15_000]);
    broken = false;
    r.advance(15_000);
    r.timers.fire();
    await r.engine.idle();
    // Next pass: the orphan is checked (not found), then sent once.
    expect(r.calls.reconciled).toEqual(['a']);
    expect((await r.get('a')).state).toBe('sent');
    expect(r.engine.status.failure).toBeUndefined();
  });
});

describe('the default timers (production, no injected setTimer)', () => {
  it('a backed-off item sets a real timeout that runs the next pass, and stop() clears it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const r = await rig({ items: [item('a'), item('b')], defaultTimers: true });
    let refuse = true;
    r.script.send = async () => (refuse ? fail('server', { status: 500 }) : ok({}));
    await r.engine.kick();
    expect(vi.getTimerCount()).toBe(1);
    refuse = false;
    r.advance(5);
    await vi.advanceTimersByTimeAsync(5);
    await r.engine.idle();
    expect((await r.get('a')).state).toBe('sent');
    // Fails once more so that a timer is pending, then stop() must take it away.
    await r.db.outbox.put(item('c'));
    refuse = true;
    await r.engine.kick();
    expect(vi.getTimerCount()).toBe(1);
    r.engine.stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});
