import { afterEach, describe, expect, it } from 'vitest';
import { CG, disposeRigs, err, fail, GL, item, ok, rig, T0 } from './engine-mutants-harness';

/**
 * A platform that refuses our credentials is paused, and asked now and then whether they work
 * again. Probe waits use the auth-probe policy (base 10 ms, cap 40 ms) with the dice drawn in
 * [0.5, 1): at 0.5 they come out 0.75 × 10 = 7, 0.75 × 20 = 15, 0.75 × 40 = 30 ms.
 * Also: what a failed lookup of an unclear item costs.
 */

afterEach(disposeRigs);

describe('a refused sign-in pauses its platform, and the engine asks again with backoff', () => {
  it('pauses Credgenics only, probes at +7 ms (not before), then +15 ms, and resumes when the probe works', async () => {
    const r = await rig({ items: [item('a', { kind: CG }), item('g', { kind: GL })] });
    let signedIn = false;
    r.script.send = async (i) => (i.kind === CG && !signedIn ? fail('auth', { status: 401 }) : ok({}));
    r.script.checkConnection = async () => (signedIn ? ok({}) : fail('auth', { status: 401 }));
    await r.engine.kick();
    expect(await r.get('a')).toMatchObject({ state: 'paused-auth', attempts: 0 });
    // The other platform's item keeps going.
    expect((await r.get('g')).state).toBe('sent');
    expect(r.engine.status).toMatchObject({ paused: 'auth', pausedPlatforms: ['credgenics'] });
    expect(r.engine.status.nextWakeAt).toBe(T0 + 7);
    expect(r.timers.pending().map((t) => t.ms)).toEqual([7]);

    // A capture 3 ms later: no probe yet, and the probe time does not move.
    r.advance(3);
    await r.engine.kick();
    expect(r.calls.probes).toEqual([]);
    expect(r.engine.status.nextWakeAt).toBe(T0 + 7);

    // The timer fires exactly when the probe is due: still refused, ask again 15 ms later.
    r.advance(4);
    r.timers.fire();
    await r.engine.idle();
    expect(r.calls.probes).toEqual(['credgenics']);
    expect(r.engine.status.pausedPlatforms).toEqual(['credgenics']);
    expect((await r.get('a')).state).toBe('paused-auth');
    expect(r.engine.status.nextWakeAt).toBe(T0 + 7 + 15);

    // Refused again: the wait grows to 30 ms.
    r.advance(15);
    r.timers.fire();
    await r.engine.idle();
    expect(r.calls.probes).toEqual(['credgenics', 'credgenics']);
    expect(r.engine.status.nextWakeAt).toBe(T0 + 22 + 30);

    // Sign-in works on the server's side again: the next probe resumes everything by itself.
    signedIn = true;
    r.advance(30);
    r.timers.fire();
    await r.engine.idle();
    expect(r.engine.status.paused).toBeUndefined();
    expect(r.engine.status.pausedPlatforms).toEqual([]);
    expect(await r.get('a')).toMatchObject({ state: 'sent', attempts: 1 });
    expect(r.engine.status.nextWakeAt).toBeUndefined();
  });

  it('Sync now asks a paused platform at once, without waiting for its probe time', async () => {
    const r = await rig({ items: [item('a', { kind: CG })] });
    let signedIn = false;
    r.script.send = async () => (signedIn ? ok({}) : fail('not-configured'));
    await r.engine.kick();
    expect(r.engine.status.pausedPlatforms).toEqual(['credgenics']);
    signedIn = true;
    await r.engine.syncNow();
    expect(r.calls.probes).toEqual(['credgenics']);
    expect((await r.get('a')).state).toBe('sent');
  });

  it('with the default probe policy a paused platform is asked again after seconds, not in a tight loop', async () => {
    const r = await rig({ items: [item('a', { kind: CG })], deps: { authProbe: undefined } });
    r.script.send = async () => fail('auth', { status: 401 });
    await r.engine.kick();
    // 0.75 × 5 s
    expect(r.engine.status.nextWakeAt).toBe(T0 + 3_750);
  });
});

describe('a new engine (after a reload) finds items paused before it', () => {
  it('reports the platform paused, sends nothing else of it, keeps the other platform going, and schedules a probe', async () => {
    const r = await rig({
      items: [
        item('a', { kind: CG, state: 'paused-auth', lastError: { kind: 'auth', message: 'x', at: T0 } }),
        item('c', { kind: CG }),
        item('g', { kind: GL }),
      ],
    });
    await r.engine.kick();
    expect(r.engine.status).toMatchObject({ paused: 'auth', pausedPlatforms: ['credgenics'] });
    expect(r.engine.status.failure).toBeUndefined();
    expect(r.calls.sent).toEqual(['g']);
    expect((await r.get('c')).state).toBe('pending');
    expect(r.engine.status.nextWakeAt).toBe(T0 + 7);
  });
});

describe('a lookup of an unclear item that fails', () => {
  const unclear = () => item('u', { kind: CG, state: 'unknown', attempts: 1 });

  it('a server error costs an attempt: still unknown, attempts 2, waits 10 ms; the platform is not paused', async () => {
    const r = await rig({ items: [unclear()] });
    r.script.reconcile = async () => ({ error: err('server', { status: 503 }) });
    await r.engine.kick();
    expect(await r.get('u')).toMatchObject({ state: 'unknown', attempts: 2, nextAttemptAt: T0 + 10 });
    expect((await r.get('u')).lastError?.kind).toBe('server');
    expect(r.calls.sent).toEqual([]);
    expect(r.engine.status).toMatchObject({ unreachable: false, pausedPlatforms: [] });
    expect(r.engine.status.nextWakeAt).toBe(T0 + 10);
  });

  it('offline: the platform is unreachable and the engine holds back', async () => {
    const r = await rig({ items: [unclear(), item('v', { kind: GL })], deps: { concurrency: 1 } });
    r.script.reconcile = async () => ({ error: err('offline') });
    await r.engine.kick();
    expect(await r.get('u')).toMatchObject({ state: 'unknown', attempts: 2, nextAttemptAt: T0 + 10 });
    expect(r.engine.status.unreachable).toBe(true);
    // Nothing else is tried once the platform is unreachable.
    expect(r.calls.sent).toEqual([]);
  });

  for (const kind of ['auth', 'not-configured'] as const) {
    it(`${kind}: pauses the platform, the item stays unknown with its attempts, and is never sent blindly`, async () => {
      const r = await rig({ items: [unclear()] });
      r.script.reconcile = async () => ({ error: err(kind) });
      await r.engine.kick();
      expect(await r.get('u')).toMatchObject({ state: 'unknown', attempts: 1, nextAttemptAt: 0 });
      expect(r.engine.status).toMatchObject({ paused: 'auth', pausedPlatforms: ['credgenics'] });
      expect(r.calls.sent).toEqual([]);
    });
  }
});
