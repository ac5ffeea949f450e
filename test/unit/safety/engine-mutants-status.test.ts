import { afterEach, describe, expect, it } from 'vitest';
import type { Reconciled } from '../../../renderer/src/sync/handlers';
import { BATCH, deferred, disposeRigs, GL, item, ok, rig, T0, until } from './engine-mutants-harness';

/**
 * What the engine tells the header and the Sync screen about itself: idle before the first pass,
 * "syncing" while a pass runs, which ids are being checked on the server right now ("Checking"),
 * and when the last pass ended. A wrong status here shows a spinner that never stops, or hides
 * a lookup that is really running.
 */

afterEach(disposeRigs);

describe('before and around a pass', () => {
  it('a new engine reports idle: not syncing, checking nothing, reachable, nothing paused', async () => {
    const r = await rig();
    expect(r.engine.status).toEqual({ syncing: false, checking: [], unreachable: false, pausedPlatforms: [] });
  });

  it('reports syncing while a pass runs, and afterwards: not syncing, checking nothing, when it ended', async () => {
    const r = await rig({ items: [item('a')] });
    const answer = deferred<ReturnType<typeof ok>>();
    r.script.send = () => answer.promise;
    const pass = r.engine.kick();
    await until(() => r.calls.sent.length === 1);
    expect(r.engine.status.syncing).toBe(true);
    // The send takes a while: the pass ends 250 ms later by the engine's clock.
    r.advance(250);
    answer.resolve(ok({}));
    await pass;
    expect(r.engine.status).toMatchObject({ syncing: false, checking: [], lastPassAt: T0 + 250 });
    // The header saw it start and stop.
    expect(r.statuses.some((s) => s.syncing)).toBe(true);
    expect(r.statuses.at(-1)?.syncing).toBe(false);
  });
});

describe('"Checking": items being looked up on the server', () => {
  it('one unclear item: checked while its lookup runs, no longer once the lookup answered', async () => {
    const r = await rig({ items: [item('a', { state: 'unknown', attempts: 1 })] });
    const lookup = deferred<Reconciled>();
    r.script.reconcile = () => lookup.promise;
    const checkingWhenSent: (readonly string[])[] = [];
    r.script.send = async () => {
      checkingWhenSent.push(r.engine.status.checking);
      return ok({});
    };
    const pass = r.engine.kick();
    await until(() => r.calls.reconciled.length === 1);
    expect(r.engine.status.checking).toEqual(['a']);
    lookup.resolve({ found: false });
    await pass;
    // Not found, so it was sent; by then it was no longer "Checking".
    expect(checkingWhenSent).toEqual([[]]);
    expect((await r.get('a')).state).toBe('sent');
  });

  it('two lookups side by side: the one that answers first leaves "Checking", the other stays', async () => {
    const r = await rig({ items: [item('a', { state: 'unknown', attempts: 1 }), item('b', { state: 'unknown', attempts: 1 })] });
    const lookups = new Map([
      ['a', deferred<Reconciled>()],
      ['b', deferred<Reconciled>()],
    ]);
    r.script.reconcile = (i) => lookups.get(i.id)!.promise;
    const checkingWhenSent = new Map<string, readonly string[]>();
    r.script.send = async (i) => {
      checkingWhenSent.set(i.id, r.engine.status.checking);
      return ok({});
    };
    const pass = r.engine.kick();
    await until(() => r.calls.reconciled.length === 2);
    expect(r.engine.status.checking).toEqual(['a', 'b']);
    lookups.get('a')!.resolve({ found: false });
    await until(() => r.calls.sent.length === 1);
    expect(checkingWhenSent.get('a')).toEqual(['b']);
    expect(r.engine.status.checking).toEqual(['b']);
    lookups.get('b')!.resolve({ found: true, serverRef: 'payment 9' });
    await pass;
    expect(r.engine.status.checking).toEqual([]);
    expect(await r.get('b')).toMatchObject({ state: 'sent', confirmedBy: 'lookup', serverRef: 'payment 9' });
  });

  it('a batch lookup: its items are checked together and leave together, while another lookup goes on', async () => {
    const r = await rig({
      items: [
        item('l1', { kind: BATCH, state: 'unknown', attempts: 1 }),
        item('l2', { kind: BATCH, state: 'unknown', attempts: 1 }),
        item('s', { kind: GL, state: 'unknown', attempts: 1 }),
      ],
    });
    const batchLookup = deferred<ReturnType<typeof ok<Map<string, Reconciled>>>>();
    const singleLookup = deferred<Reconciled>();
    r.script.reconcileMany = () => batchLookup.promise;
    r.script.reconcile = () => singleLookup.promise;
    let checkingWhenBatchSent: readonly string[] | undefined;
    r.script.sendMany = async (items) => {
      checkingWhenBatchSent = r.engine.status.checking;
      return ok(new Map(items.map((i) => [i.id, { ok: true as const }])));
    };
    const pass = r.engine.kick();
    await until(() => r.calls.reconcileMany.length === 1 && r.calls.reconciled.length === 1);
    expect([...r.engine.status.checking].sort()).toEqual(['l1', 'l2', 's']);
    batchLookup.resolve(ok(new Map()));
    await until(() => r.calls.sendMany.length === 1);
    expect(checkingWhenBatchSent).toEqual(['s']);
    singleLookup.resolve({ found: false });
    await pass;
    expect(r.engine.status.checking).toEqual([]);
    expect(r.calls.sendMany).toEqual([['l1', 'l2']]);
  });
});
