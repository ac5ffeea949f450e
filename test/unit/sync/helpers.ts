import 'fake-indexeddb/auto';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { captureVisit, type VisitInput } from '../../../renderer/src/features/collections/capture';
import type { VisitRecord } from '../../../renderer/src/features/collections/model';
import { registerFeatureOutboxKinds } from '../../../renderer/src/features/outbox-kinds';
import { SyncEngine, type SyncEngineDeps } from '../../../renderer/src/sync/engine';
import { outboxKinds } from '../../../renderer/src/sync/kinds';
import { memoryLocks } from '../../../renderer/src/sync/lock';
import { syncPortFromInvoke, type SyncPort } from '../../../renderer/src/sync/port';
import type { HarnessMain } from '../../support/harness-main';

// What main.tsx does at start-up: the engine learns the kinds from the features. No renderer
// settings in unit tests, so no receipt-message follow-ups unless a test asks for them.
registerFeatureOutboxKinds(outboxKinds, () => undefined);

export { startTraining, loanIds, type Training } from '../loans-download/helpers';

let dbCount = 0;
export function syncDbName(): string {
  dbCount += 1;
  return `sync-${process.pid}-${Date.now()}-${dbCount}`;
}

export { cashVisit } from '../../support/visits';

let clock = Date.UTC(2026, 10, 21, 6, 0, 0);
/** Captures one cash payment per call, each a millisecond after the last (stable FIFO order). */
export async function capture(db: FieldDeskDb, input: VisitInput): Promise<VisitRecord> {
  clock += 1;
  return captureVisit(db, input, { now: clock });
}

/** Watches every call the engine makes, so tests can count sends and lookups. */
export function countingPort(port: SyncPort) {
  const calls: { channel: string; opKey?: string; input?: unknown }[] = [];
  const counted = new Proxy(port, {
    get(target, name: string) {
      const original = target[name as keyof SyncPort] as (...args: unknown[]) => unknown;
      return (...args: unknown[]) => {
        const first = args[0] as { opKey?: string } | undefined;
        const opKey = first && typeof first === 'object' && 'opKey' in first ? first.opKey : undefined;
        calls.push({ channel: name, ...(opKey ? { opKey } : {}), input: args[0] });
        return original.apply(target, args);
      };
    },
  });
  return { port: counted, calls, count: (channel: string) => calls.filter((c) => c.channel === channel).length };
}

/**
 * An engine over the real main API. Backoff is shrunk so retries happen within a test and
 * `random` is fixed so delays are predictable.
 */
const engines: SyncEngine[] = [];
/** Stops every engine a test made, so no timer fires after its database is closed. */
export function stopEngines(): void {
  for (const engine of engines.splice(0)) engine.stop();
}

export function engineFor(db: FieldDeskDb, main: HarnessMain, extra: Partial<SyncEngineDeps> = {}) {
  const port = countingPort(syncPortFromInvoke((c, i) => main.invoke(c, i)));
  const engine = new SyncEngine({
    db,
    port: port.port,
    lock: memoryLocks(),
    backoff: { baseMs: 5, capMs: 40 },
    authProbe: { baseMs: 5, capMs: 20 },
    random: () => 0.5,
    // No timer by default: a test decides when passes run (drain() or syncNow()), so a retry
    // cannot slip in between a fault being switched off and the assertion.
    setTimer: () => undefined,
    clearTimer: () => undefined,
    ...extra,
  });
  engines.push(engine);
  return { engine, ...port };
}

/** Runs passes until nothing is due, then waits for backed-off items to come due, up to a limit. */
export async function drain(engine: SyncEngine, db: FieldDeskDb, limitMs = 20_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    await engine.syncNow();
    await engine.idle();
    const open = await db.outbox.where('state').anyOf(['pending', 'sending', 'unknown', 'paused-auth']).count();
    if (open === 0) return;
    if (Date.now() > deadline) throw new Error(`outbox did not drain: ${open} items still open`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
