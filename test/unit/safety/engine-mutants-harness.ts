import 'fake-indexeddb/auto';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { SyncEngine, type EngineStatus, type SyncEngineDeps } from '../../../renderer/src/sync/engine';
import type { PartResult, Reconciled } from '../../../renderer/src/sync/handlers';
import { OutboxKindRegistry } from '../../../renderer/src/sync/kinds';
import type { LockPort } from '../../../renderer/src/sync/lock';
import type { SyncPort } from '../../../renderer/src/sync/port';
import type { OutboxItem, OutboxKind, OutboxPlatform } from '../../../renderer/src/sync/types';
import type { ApiError, Result } from '../../../shared/result';

/**
 * A scripted world for the outbox engine (issue 15, mutation testing): kinds whose handlers
 * answer as the test says, a clock that moves only when told, timers that fire only when told,
 * and a lock the test can hold. No network, no real timers, no wall clock.
 */

export const T0 = Date.UTC(2026, 10, 21, 6);
/** A Credgenics kind sent one item at a time. */
export const CG: OutboxKind = 'credgenics.test-note';
/** A GLAAS kind sent one item at a time. */
export const GL: OutboxKind = 'glaas.test-note';
/** A GLAAS kind the platform takes in batches. */
export const BATCH: OutboxKind = 'glaas.test-line';

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (kind: ApiError['kind'], extra: Partial<ApiError> = {}): { ok: false; error: ApiError } => ({
  ok: false,
  error: { kind, message: `scripted ${kind}`, ...extra },
});
export const err = (kind: ApiError['kind'], extra: Partial<ApiError> = {}): ApiError => fail(kind, extra).error;

export function item(id: string, over: Partial<OutboxItem> = {}): OutboxItem {
  return {
    id,
    kind: CG,
    queue: `q-${id}`,
    recordId: `r-${id}`,
    loanId: `L-${id}`,
    payload: {},
    state: 'pending',
    attempts: 0,
    createdAt: T0,
    updatedAt: T0,
    nextAttemptAt: 0,
    ...over,
  };
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
}
export function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Lets pending promise callbacks (and fake-indexeddb's setImmediate tasks) run. */
export const settle = async (rounds = 20) => {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setImmediate(r));
};

/** Waits (in event-loop turns, never in time) until `cond` holds. */
export async function until(cond: () => boolean | Promise<boolean>, rounds = 500): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    if (await cond()) return;
    await new Promise((r) => setImmediate(r));
  }
  throw new Error('the awaited condition never held');
}

/** What the handlers answer; each defaults to "the platform took it" / "not found". */
export interface Script {
  send: (item: OutboxItem) => Promise<Result<unknown>>;
  reconcile: (item: OutboxItem) => Promise<Reconciled>;
  sendMany: (items: OutboxItem[]) => Promise<Result<Map<string, PartResult>>>;
  reconcileMany: (items: OutboxItem[]) => Promise<Result<Map<string, Reconciled>>>;
  checkConnection: (platform: OutboxPlatform) => Promise<Result<unknown>>;
}

/** Timers the test fires by hand; handles are numbers, and only handles given out are cleared. */
export function fakeTimers() {
  let next = 1;
  const pending = new Map<number, { fn: () => void; ms: number }>();
  const set: { handle: number; ms: number }[] = [];
  const cleared: unknown[] = [];
  return {
    setTimer: (fn: () => void, ms: number) => {
      const handle = next++;
      pending.set(handle, { fn, ms });
      set.push({ handle, ms });
      return handle;
    },
    clearTimer: (handle: unknown) => {
      cleared.push(handle);
      pending.delete(handle as number);
    },
    set,
    cleared,
    pending: () => [...pending.entries()].map(([handle, t]) => ({ handle, ms: t.ms })),
    /** Fires the one pending timer (as the runtime would when its time comes). */
    fire: () => {
      const entries = [...pending.entries()];
      if (entries.length !== 1) throw new Error(`expected one pending timer, found ${entries.length}`);
      const [handle, t] = entries[0]!;
      pending.delete(handle);
      t.fn();
    },
  };
}

/** A lock like the Web Locks API: another window may hold it, and a pass may be held open. */
export function testLock() {
  let held = false;
  let otherWindow = false;
  let gate: Promise<void> | undefined;
  let waiting = false;
  const port: LockPort = {
    async tryRun(_name, fn) {
      if (otherWindow || held) return { ran: false };
      held = true;
      try {
        const value = await fn();
        if (gate) {
          waiting = true;
          await gate;
          waiting = false;
        }
        return { ran: true, value };
      } finally {
        held = false;
      }
    },
  };
  return {
    port,
    setOtherWindow: (v: boolean) => (otherWindow = v),
    /** A pass has done all its work and waits at the gate, still holding the lock. */
    passHeld: () => waiting,
    /** The next passes finish their work, then wait holding the lock until `release()`. */
    holdAfterPass: () => {
      const d = deferred();
      gate = d.promise;
      return () => {
        gate = undefined;
        d.resolve();
      };
    },
  };
}

let dbCount = 0;
const open: { db: FieldDeskDb; engine: SyncEngine }[] = [];

/** Stops every engine and closes every database the test made. */
export function disposeRigs(): void {
  for (const { db, engine } of open.splice(0)) {
    engine.stop();
    db.close();
  }
}

export interface RigOptions {
  items?: OutboxItem[];
  batchMax?: number;
  deps?: Partial<SyncEngineDeps>;
  /** Leave out the injected timers (the engine's defaults are used). */
  defaultTimers?: boolean;
}

export async function rig(options: RigOptions = {}) {
  dbCount += 1;
  const db = new FieldDeskDb(`engine-mutants-${process.pid}-${dbCount}`);
  if (options.items?.length) await db.outbox.bulkPut(options.items);
  let clock = T0;
  const calls = { sent: [] as string[], reconciled: [] as string[], sendMany: [] as string[][], reconcileMany: [] as string[][], probes: [] as OutboxPlatform[] };
  const script: Script = {
    send: async () => ok({}),
    reconcile: async () => ({ found: false }),
    sendMany: async (items) => ok(new Map(items.map((i) => [i.id, { ok: true } as PartResult]))),
    reconcileMany: async () => ok(new Map()),
    checkConnection: async () => ok({}),
  };
  const kinds = new OutboxKindRegistry();
  const single = {
    send: (i: OutboxItem) => (calls.sent.push(i.id), script.send(i)),
    reconcile: (i: OutboxItem) => (calls.reconciled.push(i.id), script.reconcile(i)),
  };
  kinds.register(
    { kind: CG, handler: single, queue: (k) => k },
    { kind: GL, handler: single, queue: (k) => k },
    {
      kind: BATCH,
      queue: (k) => k,
      handler: {
        ...single,
        batch: {
          max: options.batchMax ?? 10,
          sendMany: (items) => (calls.sendMany.push(items.map((i) => i.id)), script.sendMany(items)),
          reconcileMany: (items) => (calls.reconcileMany.push(items.map((i) => i.id)), script.reconcileMany(items)),
        },
      },
    },
  );
  const port = new Proxy({} as SyncPort, {
    get: (_t, name) => {
      if (name === 'checkConnection')
        return (platform: OutboxPlatform) => (calls.probes.push(platform), script.checkConnection(platform));
      if (name === 'then') return undefined;
      return () => {
        throw new Error(`the engine called port.${String(name)} itself`);
      };
    },
  });
  const timers = fakeTimers();
  const lock = testLock();
  const statuses: EngineStatus[] = [];
  const engine = new SyncEngine({
    db,
    port,
    lock: lock.port,
    kinds,
    now: () => clock,
    random: () => 0.5,
    backoff: { baseMs: 10, capMs: 40 },
    authProbe: { baseMs: 10, capMs: 40 },
    ...(options.defaultTimers ? {} : { setTimer: timers.setTimer, clearTimer: timers.clearTimer }),
    followUps: () => [],
    onStatus: (s) => statuses.push(s),
    ...options.deps,
  });
  open.push({ db, engine });
  return {
    db,
    engine,
    script,
    calls,
    timers,
    lock,
    statuses,
    now: () => clock,
    advance: (ms: number) => (clock += ms),
    setClock: (t: number) => (clock = t),
    get: async (id: string) => (await db.outbox.get(id))!,
  };
}
export type Rig = Awaited<ReturnType<typeof rig>>;
