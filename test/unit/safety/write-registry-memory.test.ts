import { describe, expect, it, vi } from 'vitest';
import { createWriteRegistry } from '../../../electron/main/services/write-registry';
import type { Result } from '../../../shared/result';

/**
 * What the write registry remembers and for how long (a success for 24 h, at most 20,000 of
 * them, the oldest dropped first), and how a batch write (GLAAS repayment lines) uses that
 * memory and the writes still in flight. A mistake here sends a payment twice, or never.
 * Every clock is injected; nothing waits for real time.
 */

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

type Answer = Result<string>;
type BatchAnswer = Result<Map<string, Answer>>;

const okAnswer = (value: string): Answer => ({ ok: true, value });
const refused: Answer = { ok: false, error: { kind: 'rejected', message: 'no' } };

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every pending promise callback run (microtasks only; no timers). */
async function flush(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
}

function clock(start = 1_700_000_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe('how long the registry remembers a success', () => {
  it('at exactly 24 h it still answers from memory; at 24 h + 1 ms it forgets and sends again', async () => {
    const c = clock();
    const registry = createWriteRegistry(c.now);
    const send = vi.fn(async () => okAnswer('payment 1'));
    await registry.run('op-1', send);
    expect(send).toHaveBeenCalledTimes(1);

    c.advance(HOUR);
    expect(await registry.run('op-1', send)).toEqual(okAnswer('payment 1'));
    c.advance(DAY - HOUR); // exactly 24 h after the success
    expect(await registry.settle('op-1')).toEqual({ succeeded: true });
    expect(await registry.run('op-1', send)).toEqual(okAnswer('payment 1'));
    expect(send).toHaveBeenCalledTimes(1);

    c.advance(1);
    expect(await registry.settle('op-1')).toEqual({ succeeded: false });
    await registry.run('op-1', send);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('a batch part is remembered for 24 h too, then sent again', async () => {
    const c = clock();
    const registry = createWriteRegistry(c.now);
    const send = vi.fn(async (keys: string[]): Promise<BatchAnswer> => ({ ok: true, value: new Map(keys.map((k) => [k, okAnswer(`line ${k}`)])) }));
    await registry.runEach(['uid-1'], send);
    c.advance(DAY);
    await registry.runEach(['uid-1'], send);
    expect(send).toHaveBeenCalledTimes(1);
    c.advance(1);
    await registry.runEach(['uid-1'], send);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenLastCalledWith(['uid-1']);
  });
});

describe('how many successes the registry keeps', () => {
  it('keeps 20,000 successes; the 20,001st drops the oldest first, and only it', async () => {
    const registry = createWriteRegistry(clock().now);
    const send = async () => okAnswer('ok');
    for (let i = 0; i < 20_000; i += 1) await registry.run(`op-${i}`, send);
    expect(await registry.settle('op-0')).toEqual({ succeeded: true });
    expect(await registry.settle('op-19999')).toEqual({ succeeded: true });

    await registry.run('op-20000', send);
    expect(await registry.settle('op-0')).toEqual({ succeeded: false });
    expect(await registry.settle('op-1')).toEqual({ succeeded: true });
    expect(await registry.settle('op-20000')).toEqual({ succeeded: true });

    await registry.run('op-20001', send);
    expect(await registry.settle('op-1')).toEqual({ succeeded: false });
    expect(await registry.settle('op-2')).toEqual({ succeeded: true });
  });
});

describe('a batch write and the registry', () => {
  const allAccepted = (keys: string[]): BatchAnswer => ({ ok: true, value: new Map(keys.map((k) => [k, okAnswer(`line ${k}`)])) });

  it('a batch whose every key was answered from memory sends nothing and answers each from memory', async () => {
    const registry = createWriteRegistry(clock().now);
    await registry.run('uid-1', async () => okAnswer('line 1'));
    await registry.run('uid-2', async () => okAnswer('line 2'));
    const send = vi.fn(async (keys: string[]) => allAccepted(keys));
    const result = await registry.runEach(['uid-1', 'uid-2', 'uid-1'], send);
    expect(send).not.toHaveBeenCalled();
    expect(result).toEqual({ ok: true, value: new Map([['uid-1', okAnswer('line 1')], ['uid-2', okAnswer('line 2')]]) });
  });

  it('sends only the parts not answered from memory, and answers both kinds', async () => {
    const registry = createWriteRegistry(clock().now);
    await registry.run('uid-1', async () => okAnswer('line 1 (earlier)'));
    const send = vi.fn(async (keys: string[]) => allAccepted(keys));
    const result = await registry.runEach(['uid-1', 'uid-2'], send);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith(['uid-2']);
    expect(result).toEqual({
      ok: true,
      value: new Map([['uid-1', okAnswer('line 1 (earlier)')], ['uid-2', okAnswer('line uid-2')]]),
    });
  });

  it('remembers the parts a batch accepted, not the ones it refused', async () => {
    const registry = createWriteRegistry(clock().now);
    const first = vi.fn(async (): Promise<BatchAnswer> => ({ ok: true, value: new Map([['uid-1', okAnswer('line 1')], ['uid-2', refused]]) }));
    await registry.runEach(['uid-1', 'uid-2'], first);
    expect(await registry.settle('uid-1')).toEqual({ succeeded: true });
    expect(await registry.settle('uid-2')).toEqual({ succeeded: false });
    const again = vi.fn(async (keys: string[]) => allAccepted(keys));
    await registry.runEach(['uid-1', 'uid-2'], again);
    expect(again).toHaveBeenCalledWith(['uid-2']);
  });

  it('a part the answer left out is a bad-response that says it will be checked', async () => {
    const registry = createWriteRegistry(clock().now);
    const gate = deferred<BatchAnswer>();
    const request = registry.runEach(['uid-1', 'uid-2'], () => gate.promise);
    await flush();
    const single = registry.run('uid-2', async () => okAnswer('must not be sent'));
    gate.resolve({ ok: true, value: new Map([['uid-1', okAnswer('line 1')]]) });
    expect(await single).toEqual({
      ok: false,
      error: { kind: 'bad-response', message: 'The answer did not mention this line; it will be checked before anything is sent again.' },
    });
    await request;
    expect(await registry.settle('uid-2')).toEqual({ succeeded: false });
  });

  it('while a batch is out, a single write with one of its keys joins it instead of sending', async () => {
    const registry = createWriteRegistry(clock().now);
    const gate = deferred<BatchAnswer>();
    const batch = registry.runEach(['uid-1', 'uid-2'], () => gate.promise);
    await flush();
    const single = vi.fn(async () => okAnswer('must not be sent'));
    const joined = registry.run('uid-2', single);
    let settled: { succeeded: boolean } | undefined;
    void registry.settle('uid-1').then((s) => (settled = s));
    await flush();
    expect(settled).toBeUndefined();
    gate.resolve({ ok: true, value: new Map([['uid-1', okAnswer('line 1')], ['uid-2', okAnswer('line 2')]]) });
    expect(await joined).toEqual(okAnswer('line 2'));
    expect(single).not.toHaveBeenCalled();
    await batch;
    await flush();
    expect(settled).toEqual({ succeeded: true });
  });

  it('waits for a part still in flight from an earlier write, then answers it from memory', async () => {
    const registry = createWriteRegistry(clock().now);
    const gate = deferred<Answer>();
    const earlier = registry.run('uid-1', () => gate.promise);
    const send = vi.fn(async (keys: string[]) => allAccepted(keys));
    const batch = registry.runEach(['uid-1', 'uid-2'], send);
    await flush();
    expect(send).not.toHaveBeenCalled();
    gate.resolve(okAnswer('line 1 (earlier)'));
    await earlier;
    const result = await batch;
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith(['uid-2']);
    expect(result).toEqual({ ok: true, value: new Map([['uid-1', okAnswer('line 1 (earlier)')], ['uid-2', okAnswer('line uid-2')]]) });
  });

  it('a failed earlier part is waited for, then re-sent', async () => {
    const registry = createWriteRegistry(clock().now);
    const gate = deferred<BatchAnswer>();
    const first = registry.runEach(['uid-1'], () => gate.promise);
    await flush();
    const second = vi.fn(async (keys: string[]) => allAccepted(keys));
    const retry = registry.runEach(['uid-1'], second);
    await flush();
    expect(second).not.toHaveBeenCalled();
    gate.resolve({ ok: true, value: new Map([['uid-1', refused]]) });
    expect(await first).toEqual({ ok: true, value: new Map([['uid-1', refused]]) });
    expect(await retry).toEqual({ ok: true, value: new Map([['uid-1', okAnswer('line uid-1')]]) });
    expect(second).toHaveBeenCalledWith(['uid-1']);
  });

  it('an earlier batch that threw is waited for, then its part is re-sent', async () => {
    const registry = createWriteRegistry(clock().now);
    const gate = deferred<BatchAnswer>();
    const first = registry.runEach(['uid-1'], () => gate.promise);
    await flush();
    const second = vi.fn(async (keys: string[]) => allAccepted(keys));
    const retry = registry.runEach(['uid-1'], second);
    await flush();
    expect(second).not.toHaveBeenCalled();
    gate.reject(new Error('socket hang up'));
    await expect(first).rejects.toThrow('socket hang up');
    expect(await retry).toEqual({ ok: true, value: new Map([['uid-1', okAnswer('line uid-1')]]) });
  });

  it('once a batch part has failed, its key is no longer in flight: a single write sends again', async () => {
    const registry = createWriteRegistry(clock().now);
    await registry.runEach(['uid-1'], async () => ({ ok: true, value: new Map([['uid-1', refused]]) }));
    const single = vi.fn(async () => okAnswer('corrected line'));
    expect(await registry.run('uid-1', single)).toEqual(okAnswer('corrected line'));
    expect(single).toHaveBeenCalledTimes(1);
  });

  it('once a whole batch has failed, none of its keys is in flight: a single write sends again', async () => {
    const registry = createWriteRegistry(clock().now);
    const failed: BatchAnswer = { ok: false, error: { kind: 'server', message: 'down' } };
    expect(await registry.runEach(['uid-1', 'uid-2'], async () => failed)).toEqual(failed);
    const single = vi.fn(async () => okAnswer('sent again'));
    expect(await registry.run('uid-2', single)).toEqual(okAnswer('sent again'));
    expect(single).toHaveBeenCalledTimes(1);
  });

  it("a part's in-flight entry is removed only if it is still that part: an older batch finishing does not drop a newer one still out", async () => {
    const registry = createWriteRegistry(clock().now);
    const older = deferred<BatchAnswer>();
    const newer = deferred<BatchAnswer>();
    // Two batches for the same line started in the same tick: both go out, the newer one is the
    // line's in-flight write.
    const a = registry.runEach(['uid-1'], () => older.promise);
    const b = registry.runEach(['uid-1'], () => newer.promise);
    await flush();
    older.resolve({ ok: true, value: new Map([['uid-1', refused]]) });
    await a;
    await flush();
    // The newer batch is still out: a single write joins it, a lookup waits for it.
    const single = vi.fn(async () => okAnswer('must not be sent'));
    const joined = registry.run('uid-1', single);
    let settled: { succeeded: boolean } | undefined;
    void registry.settle('uid-1').then((s) => (settled = s));
    await flush();
    expect(single).not.toHaveBeenCalled();
    expect(settled).toBeUndefined();
    newer.resolve({ ok: true, value: new Map([['uid-1', okAnswer('line 1')]]) });
    expect(await joined).toEqual(okAnswer('line 1'));
    await b;
    await flush();
    expect(settled).toEqual({ succeeded: true });
  });
});
