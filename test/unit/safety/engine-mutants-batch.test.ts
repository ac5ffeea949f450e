import { afterEach, describe, expect, it } from 'vitest';
import type { PartResult, Reconciled } from '../../../renderer/src/sync/handlers';
import { BATCH, deferred, disposeRigs, err, fail, item, ok, rig, T0, until } from './engine-mutants-harness';

/**
 * Kinds the platform takes many at a time (GLAAS repayment lines): unclear lines are looked up
 * together first, the rest go as one request, and each line gets its own outcome. The outcome
 * that matters most decides the pass: offline stops it, a refused sign-in pauses the platform.
 */

afterEach(disposeRigs);

const line = (id: string, over: Parameters<typeof item>[1] = {}) => item(id, { kind: BATCH, ...over });
const unclear = (id: string) => line(id, { state: 'unknown', attempts: 1 });
const parts = (entries: [string, PartResult][]) => ok(new Map(entries));
const found = (entries: [string, Reconciled][]) => ok(new Map(entries));

describe('a batch of new lines', () => {
  it('goes as one request without any lookup, and each accepted line records the reference the platform gave it', async () => {
    const r = await rig({ items: [line('l1'), line('l2')] });
    r.script.sendMany = async () => parts([['l1', { ok: true, serverRef: 'uid-1' }], ['l2', { ok: true }]]);
    await r.engine.kick();
    expect(r.calls.reconcileMany).toEqual([]);
    expect(r.calls.sendMany).toEqual([['l1', 'l2']]);
    expect(await r.get('l1')).toMatchObject({ state: 'sent', confirmedBy: 'reply', serverRef: 'uid-1', attempts: 1 });
    expect(await r.get('l2')).toMatchObject({ state: 'sent', confirmedBy: 'reply' });
  });

  it('one line refused for a passing reason and one because the platform is unreachable: the pass stops as unreachable', async () => {
    const r = await rig({ items: [line('l1'), line('l2')] });
    r.script.sendMany = async () => parts([['l1', { ok: false, error: err('server', { status: 500 }) }], ['l2', { ok: false, error: err('offline') }]]);
    await r.engine.kick();
    expect(r.engine.status.unreachable).toBe(true);
    expect(await r.get('l2')).toMatchObject({ state: 'pending', nextAttemptAt: T0 + 5 });
    expect(r.engine.status.nextWakeAt).toBe(T0 + 10);
  });

  it('a line the answer left out is not taken as sent: it waits to be checked, and the Sync screen says why in plain words', async () => {
    const r = await rig({ items: [line('l1'), line('l2')] });
    r.script.sendMany = async () => parts([['l1', { ok: true, serverRef: 'uid-1' }]]);
    await r.engine.kick();
    expect(await r.get('l1')).toMatchObject({ state: 'sent', serverRef: 'uid-1' });
    const left = await r.get('l2');
    expect(left.state).toBe('unknown');
    expect(left.lastError).toStrictEqual({
      at: T0,
      kind: 'bad-response',
      message: 'The answer did not mention this item; it will be checked before anything is sent again.',
    });
  });

  it('the whole request unreachable: every line stays pending and the pass stops as unreachable', async () => {
    const r = await rig({ items: [line('l1'), line('l2')] });
    r.script.sendMany = async () => fail('offline');
    await r.engine.kick();
    expect(r.engine.status.unreachable).toBe(true);
    expect((await r.get('l1')).state).toBe('pending');
    expect((await r.get('l2')).state).toBe('pending');
  });
});

describe('unclear lines are looked up before anything of the batch is sent', () => {
  it('a lookup that fails (5xx) sends none of them: each stays unknown, one attempt spent, backed off', async () => {
    const r = await rig({ items: [unclear('u1'), unclear('u2')] });
    r.script.reconcileMany = async () => fail('server', { status: 503 });
    await r.engine.kick();
    expect(r.calls.sendMany).toEqual([]);
    for (const id of ['u1', 'u2']) expect(await r.get(id)).toMatchObject({ state: 'unknown', attempts: 2, nextAttemptAt: T0 + 10 });
    expect(r.engine.status.unreachable).toBe(false);
  });

  it('found lines are sent already, a line whose lookup failed waits, and only the rest go in the request', async () => {
    const r = await rig({ items: [unclear('f'), line('p'), unclear('u')] });
    r.script.reconcileMany = async () => found([['f', { found: true, serverRef: 'uid-f' }], ['u', { error: err('server', { status: 500 }) }]]);
    await r.engine.kick();
    expect(r.calls.reconcileMany).toEqual([['f', 'u']]);
    expect(r.calls.sendMany).toEqual([['p']]);
    expect(await r.get('f')).toMatchObject({ state: 'sent', confirmedBy: 'lookup', serverRef: 'uid-f' });
    expect((await r.get('p')).state).toBe('sent');
    expect(await r.get('u')).toMatchObject({ state: 'unknown', attempts: 2 });
  });

  it('the lookup finds the platform unreachable: the new line of the batch is not sent either', async () => {
    const r = await rig({ items: [line('p'), unclear('u')] });
    r.script.reconcileMany = async () => fail('offline');
    await r.engine.kick();
    expect(r.calls.sendMany).toEqual([]);
    expect(r.engine.status.unreachable).toBe(true);
    expect((await r.get('p')).state).toBe('pending');
  });

  it('one lookup fails for a passing reason, another because sign-in is refused: the platform pauses and nothing is sent', async () => {
    const r = await rig({ items: [line('p'), unclear('u1'), unclear('u2')] });
    r.script.reconcileMany = async () => found([['u1', { error: err('server', { status: 500 }) }], ['u2', { error: err('auth', { status: 401 }) }]]);
    await r.engine.kick();
    expect(r.calls.sendMany).toEqual([]);
    expect(r.engine.status.pausedPlatforms).toEqual(['glaas']);
    expect((await r.get('p')).state).toBe('pending');
  });

  it('lines changed by someone else during the lookup (discarded): no empty request goes out', async () => {
    const r = await rig({ items: [unclear('u1'), unclear('u2')] });
    const lookup = deferred<ReturnType<typeof found>>();
    r.script.reconcileMany = () => lookup.promise;
    const pass = r.engine.kick();
    await until(() => r.calls.reconcileMany.length === 1);
    await r.db.outbox.bulkUpdate([
      { key: 'u1', changes: { state: 'discarded' } },
      { key: 'u2', changes: { state: 'discarded' } },
    ]);
    lookup.resolve(found([]));
    await pass;
    expect(r.calls.sendMany).toEqual([]);
  });
});
