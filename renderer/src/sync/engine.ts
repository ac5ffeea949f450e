import type { ApiError } from '../../../shared/result';
import type { FieldDeskDb } from '../db/schema';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
import { kindHandlers, type KindHandler } from './handlers';
import type { LockPort } from './lock';
import {
  claim,
  dueHeads,
  headOf,
  markPausedAuth,
  markRejected,
  markRetry,
  markSent,
  nextWakeAt,
  pullForward,
  recoverOrphans,
  resumePaused,
} from './outbox-store';
import type { SyncPort } from './port';
import type { OutboxItem, OutboxKind } from './types';

/** What the header and the Sync screen show about the engine itself (items live in Dexie). */
export interface EngineStatus {
  /** A pass is running: something is being sent or checked. */
  syncing: boolean;
  /** Ids being looked up on the server right now ("Checking"). */
  checking: readonly string[];
  /** Credgenics refused our credentials: nothing is sent until sign-in works again. */
  paused?: 'auth';
  /** The last pass stopped because the platform could not be reached. */
  unreachable: boolean;
  lastPassAt?: number;
  /** The last pass broke on the laptop's side (e.g. the database could not be read). */
  failure?: string;
  /** When the engine will look again by itself (undefined = idle: nothing is waiting). */
  nextWakeAt?: number;
}

export interface SyncEngineDeps {
  db: FieldDeskDb;
  port: SyncPort;
  lock: LockPort;
  now?: () => number;
  random?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Queues sent side by side. Items of one queue always go one after another. */
  concurrency?: number;
  backoff?: BackoffPolicy;
  /** How often to ask whether the credentials work again while paused. */
  authProbe?: BackoffPolicy;
  /** Items to queue when one is sent (e.g. the receipt message after a payment). */
  followUps?: (sent: OutboxItem) => OutboxItem[];
  handlers?: Record<OutboxKind, KindHandler>;
  onStatus?: (status: EngineStatus) => void;
}

const LOCK_NAME = 'fielddesk-outbox';
/** When another window holds the lock, look again after this long (it may have closed). */
const LOCK_BUSY_RETRY_MS = 15_000;

type Outcome = 'sent' | 'later' | 'stop-queue' | 'paused' | 'offline';

/**
 * The outbox's sender (DESIGN.md "Offline store and outbox"). One pass: take the lock, turn
 * orphaned `sending` items into `unknown`, then work through the queues' heads with bounded
 * parallelism: FIFO within a queue, independent across queues. Unknown items are checked on
 * the server before any resend. Only offline / timeout / server errors (and 429) are retried,
 * with full-jitter backoff; a 401 pauses everything without spending attempts; a 400 stops
 * only its own queue and waits for a person. Between passes the engine sleeps on ONE timer set
 * for the earliest backed-off item, or on nothing at all when nothing is waiting.
 */
export class SyncEngine {
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;
  private readonly concurrency: number;
  private readonly backoff: BackoffPolicy;
  private readonly authProbe: BackoffPolicy;
  private readonly handlers: Record<OutboxKind, KindHandler>;

  private running: Promise<void> | undefined;
  private again = false;
  private timer: unknown;
  private stopped = false;
  /** Network looked unreachable: no pass before this time unless someone asks. */
  private holdUntil = 0;
  private unreachableStreak = 0;
  /** The next pass starts by bringing every backed-off item forward (Sync now, online). */
  private forceNext = false;
  private authProbes = 0;
  private state: EngineStatus = { syncing: false, checking: [], unreachable: false };

  constructor(private readonly deps: SyncEngineDeps) {
    this.now = deps.now ?? Date.now;
    this.random = deps.random ?? Math.random;
    this.setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = deps.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
    this.concurrency = Math.max(1, deps.concurrency ?? 8);
    this.backoff = deps.backoff ?? DEFAULT_BACKOFF;
    this.authProbe = deps.authProbe ?? { baseMs: 5_000, capMs: 5 * 60_000 };
    this.handlers = deps.handlers ?? kindHandlers;
  }

  get status(): EngineStatus {
    return this.state;
  }

  /** Start-up, a capture, the timer: run a pass now, or right after the one running. */
  kick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /**
   * "Sync now" and the `online` event: someone (or the network) says "go", so backoff waits are
   * dropped and everything not refused or paused is tried now.
   */
  async syncNow(): Promise<void> {
    this.holdUntil = 0;
    this.unreachableStreak = 0;
    this.forceNext = true;
    return this.kick();
  }

  /** The user signed in again (or changed credentials): unpause and go. */
  async resumeAfterSignIn(): Promise<void> {
    this.authProbes = 0;
    this.setStatus({ paused: undefined });
    await resumePaused(this.deps.db, this.now());
    return this.syncNow();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = undefined;
  }

  /** Resolves when no pass is running (tests and the benchmark wait on it). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private setStatus(patch: Partial<EngineStatus>): void {
    this.state = { ...this.state, ...patch };
    this.deps.onStatus?.(this.state);
  }

  private async loop(): Promise<void> {
    if (this.timer !== undefined) {
      this.clearTimer(this.timer);
      this.timer = undefined;
    }
    this.setStatus({ syncing: true });
    let lockBusy = false;
    let failed = false;
    try {
      do {
        this.again = false;
        const outcome = await this.deps.lock.tryRun(LOCK_NAME, () => this.pass());
        lockBusy = !outcome.ran;
      } while (this.again && !lockBusy && !this.stopped);
      this.setStatus({ failure: undefined });
    } catch (error) {
      // Nothing is lost: every item is still in the database in the state last recorded, and
      // an item left `sending` is checked on the next pass. Say so, and try again later.
      failed = true;
      this.setStatus({ failure: error instanceof Error ? error.message : String(error) });
    }
    this.setStatus({ syncing: false, checking: [], lastPassAt: this.now() });
    try {
      await this.scheduleNext(lockBusy || failed);
    } catch {
      // The database went away (closing window, test teardown): there is nothing to schedule.
    }
  }

  private async pass(): Promise<void> {
    const { db } = this.deps;
    await recoverOrphans(db, this.now());
    // Paused before a reload: the items remember it even though this engine is new.
    if (!this.state.paused && (await db.outbox.where('state').equals('paused-auth').count()) > 0) this.pause();
    if (this.state.paused === 'auth' && !(await this.probeAuth())) return;
    if (this.forceNext) {
      this.forceNext = false;
      await pullForward(db, this.now());
    }
    if (this.now() < this.holdUntil) return;

    let unreachable = false;
    let sentInPass = 0;
    // An item that failed in this pass waits for the next one, however short its backoff came
    // out: full jitter can draw ~0 ms, and a pass must not spin on one failing item.
    const failedInPass = new Set<string>();
    // Heads are re-read after each round: an item sent makes the next one of its queue due.
    for (;;) {
      const heads = (await dueHeads(db, this.now())).filter((item) => !failedInPass.has(item.id));
      if (heads.length === 0 || this.state.paused || unreachable || this.stopped) break;
      let index = 0;
      const worker = async () => {
        while (index < heads.length && !this.state.paused && !unreachable && !this.stopped) {
          const head = heads[index++]!;
          const outcome = await this.drainQueue(head, () => (sentInPass += 1), (id) => failedInPass.add(id));
          if (outcome === 'offline') unreachable = true;
        }
      };
      await Promise.all(Array.from({ length: Math.min(this.concurrency, heads.length) }, worker));
    }
    if (sentInPass > 0 && !unreachable && !this.state.paused) {
      // Something was just accepted: the link works now. Items backing off after a transient
      // failure come back within one base delay instead of sitting out minutes of backoff
      // meant for a dead server. A link that keeps failing gets no successes, so no pull.
      await pullForward(db, this.now() + Math.floor(this.random() * this.backoff.baseMs));
    }
    if (unreachable) {
      this.unreachableStreak += 1;
      this.holdUntil = this.now() + backoffDelay(this.unreachableStreak, this.random, this.backoff);
    } else {
      this.unreachableStreak = 0;
      this.holdUntil = 0;
    }
    this.setStatus({ unreachable });
  }

  /** Sends one queue's items in order until it is empty, backs off, or needs a person. */
  private async drainQueue(head: OutboxItem, onSent: () => void, onFailed: (id: string) => void): Promise<Outcome> {
    let item: OutboxItem | undefined = head;
    while (item && !this.state.paused && !this.stopped) {
      const outcome = await this.process(item);
      if (outcome !== 'sent') {
        onFailed(item.id);
        return outcome;
      }
      onSent();
      const next = await headOf(this.deps.db, item.queue);
      item = next && next.nextAttemptAt <= this.now() ? next : undefined;
    }
    return 'sent';
  }

  private async process(item: OutboxItem): Promise<Outcome> {
    const { db } = this.deps;
    const handler = this.handlers[item.kind];
    if (item.state === 'unknown') {
      this.setStatus({ checking: [...this.state.checking, item.id] });
      let found;
      try {
        found = await handler.reconcile(item, this.deps.port);
      } finally {
        this.setStatus({ checking: this.state.checking.filter((id) => id !== item.id) });
      }
      if ('error' in found) return this.failedLookup(item, found.error);
      if (found.found) {
        await markSent(db, item.id, this.now(), { confirmedBy: 'lookup', serverRef: found.serverRef }, this.deps.followUps);
        return 'sent';
      }
    }
    const claimed = await claim(db, item.id, this.now());
    if (!claimed) return 'stop-queue';
    const result = await handler.send(claimed, this.deps.port);
    if (result.ok) {
      await markSent(db, item.id, this.now(), { confirmedBy: 'reply' }, this.deps.followUps);
      return 'sent';
    }
    return this.failedSend(claimed, result.error);
  }

  private async failedSend(item: OutboxItem, error: ApiError): Promise<Outcome> {
    const { db } = this.deps;
    const now = this.now();
    switch (error.kind) {
      case 'auth':
      case 'not-configured':
        await markPausedAuth(db, item.id, now, error, true);
        this.pause();
        return 'paused';
      case 'rejected':
      case 'conflict':
        await markRejected(db, item.id, now, error);
        return 'stop-queue';
      case 'offline':
        // The host was never reached: nothing can have been written.
        await markRetry(db, item.id, now, 'pending', error, now + this.delay(item, error));
        return 'offline';
      case 'server':
        // A 429 is refused before any work is done; any other 5xx may have committed.
        await markRetry(db, item.id, now, error.status === 429 ? 'pending' : 'unknown', error, now + this.delay(item, error));
        return 'later';
      case 'timeout':
      case 'bad-response':
        // Sent, but no usable answer: the server may hold it. Check before sending again.
        await markRetry(db, item.id, now, 'unknown', error, now + this.delay(item, error));
        return 'later';
    }
  }

  private async failedLookup(item: OutboxItem, error: ApiError): Promise<Outcome> {
    const now = this.now();
    if (error.kind === 'auth' || error.kind === 'not-configured') {
      // Still unknown: after sign-in it is checked again, never blindly resent.
      this.pause();
      return 'paused';
    }
    // A lookup that fails costs an attempt's worth of backoff so a dead server is not hammered.
    const bumped = { ...item, attempts: item.attempts + 1 };
    await this.deps.db.outbox.update(item.id, { attempts: bumped.attempts });
    await markRetry(this.deps.db, item.id, now, 'unknown', error, now + this.delay(bumped, error));
    return error.kind === 'offline' ? 'offline' : 'later';
  }

  private delay(item: OutboxItem, error: ApiError): number {
    return backoffDelay(Math.max(0, item.attempts - 1), this.random, this.backoff, error.retryAfterMs);
  }

  private pause(): void {
    if (this.state.paused !== 'auth') {
      this.authProbes = 0;
      this.setStatus({ paused: 'auth' });
    }
  }

  /**
   * While paused, ask now and then (with backoff) whether the credentials work again: a
   * session that lapsed once on the server's side comes back without anyone touching anything.
   */
  private async probeAuth(): Promise<boolean> {
    const answer = await this.deps.port.checkCredgenics();
    if (answer.ok) {
      this.authProbes = 0;
      this.setStatus({ paused: undefined });
      await resumePaused(this.deps.db, this.now());
      return true;
    }
    this.authProbes += 1;
    return false;
  }

  private async scheduleNext(lockBusy: boolean): Promise<void> {
    if (this.stopped) return;
    let wakeAt: number | undefined;
    if (lockBusy) wakeAt = this.now() + LOCK_BUSY_RETRY_MS;
    else if (this.state.paused === 'auth') {
      wakeAt = this.now() + backoffDelay(this.authProbes, () => 0.5 + this.random() / 2, this.authProbe);
    } else {
      const due = await nextWakeAt(this.deps.db);
      if (due !== undefined) wakeAt = Math.max(due, this.holdUntil);
    }
    this.setStatus({ nextWakeAt: wakeAt });
    if (wakeAt === undefined) return; // idle: no timer, no polling
    const ms = Math.max(0, wakeAt - this.now());
    this.timer = this.setTimer(() => {
      this.timer = undefined;
      void this.kick();
    }, ms);
  }
}
