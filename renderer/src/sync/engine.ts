import type { ApiError } from '../../../shared/result';
import type { FieldDeskDb } from '../db/schema';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
import type { HandlerEnv, KindHandler } from './handlers';
import { outboxKinds, type OutboxKindRegistry } from './kinds';
import type { LockPort } from './lock';
import {
  claim,
  claimMany,
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
import { platformOf, type OutboxItem, type OutboxKind, type OutboxPlatform } from './types';

/** What the header and the Sync screen show about the engine itself (items live in Dexie). */
export interface EngineStatus {
  /** A pass is running: something is being sent or checked. */
  syncing: boolean;
  /** Ids being looked up on the server right now ("Checking"). */
  checking: readonly string[];
  /** A platform refused our credentials: its items wait until sign-in works again. */
  paused?: 'auth';
  /** Which platforms are paused for sign-in (the other platform's items keep going). */
  pausedPlatforms: readonly OutboxPlatform[];
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
  /** Items to queue when one is sent; default: what the sent item's kind registered. */
  followUps?: (sent: OutboxItem) => OutboxItem[];
  /** Where each kind's handler, reconciliation and follow-ups come from (default: the app's). */
  kinds?: OutboxKindRegistry;
  onStatus?: (status: EngineStatus) => void;
}

const LOCK_NAME = 'fielddesk-outbox';

/** "The platform is alive": it accepted something this recently. */
const RECENT_SUCCESS_MS = 60_000;
/** Backoff exponent while the platform is alive: 2 s × 2^3 = 16 s at most by default. */
const RECENT_SUCCESS_MAX_EXPONENT = 3;

/** A batch answer that did not mention one of the items sent: unclear, so it is checked. */
const ANSWER_LEFT_OUT: ApiError = {
  kind: 'bad-response',
  message: 'The answer did not mention this item; it will be checked before anything is sent again.',
};

const severity: Record<Outcome, number> = { sent: 0, 'stop-queue': 1, later: 2, paused: 3, offline: 4 };
/** The outcome that matters most for the pass: offline stops the pass, paused its platform. */
const worse = (a: Outcome | undefined, b: Outcome): Outcome => (a === undefined || severity[b] > severity[a] ? b : a);
/** When another window holds the lock, look again after this long (it may have closed). */
const LOCK_BUSY_RETRY_MS = 15_000;

type Outcome = 'sent' | 'later' | 'stop-queue' | 'paused' | 'offline';

/** A piece of work for one worker: one queue drained in order, or one batch request. */
type WorkUnit = { queue: OutboxItem } | { batch: OutboxItem[]; handler: KindHandler };

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
  private readonly kinds: OutboxKindRegistry;
  private readonly followUps: (sent: OutboxItem) => OutboxItem[];

  private running: Promise<void> | undefined;
  private again = false;
  private timer: unknown;
  private stopped = false;
  /** Network looked unreachable: no pass before this time unless someone asks. */
  private holdUntil = 0;
  private unreachableStreak = 0;
  /** When the platform last accepted something from this engine (0 = not yet). */
  private lastSuccessAt = 0;
  /** The next pass starts by bringing every backed-off item forward (Sync now, online). */
  private forceNext = false;
  /** Per paused platform: failed probes so far and when to ask again. */
  private readonly pausedPlatforms = new Map<OutboxPlatform, { probes: number; probeAt: number }>();
  private state: EngineStatus = { syncing: false, checking: [], unreachable: false, pausedPlatforms: [] };
  private readonly env: HandlerEnv;

  constructor(private readonly deps: SyncEngineDeps) {
    this.now = deps.now ?? Date.now;
    this.random = deps.random ?? Math.random;
    this.setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = deps.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
    this.concurrency = Math.max(1, deps.concurrency ?? 8);
    this.backoff = deps.backoff ?? DEFAULT_BACKOFF;
    this.authProbe = deps.authProbe ?? { baseMs: 5_000, capMs: 5 * 60_000 };
    this.kinds = deps.kinds ?? outboxKinds;
    this.followUps = deps.followUps ?? ((sent) => this.kinds.followUps(sent));
    this.env = { db: deps.db, now: () => this.now() };
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

  /** The user signed in again (or changed credentials) for one platform, or all: unpause and go. */
  async resumeAfterSignIn(platform?: OutboxPlatform): Promise<void> {
    if (platform) this.pausedPlatforms.delete(platform);
    else this.pausedPlatforms.clear();
    this.publishPaused();
    await resumePaused(this.deps.db, this.now(), platform);
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
    const waiting = await db.outbox.where('state').equals('paused-auth').toArray();
    for (const item of waiting) this.pause(platformOf(item.kind));
    await this.probePaused(this.forceNext);
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
    const onSent = () => {
      sentInPass += 1;
      this.lastSuccessAt = this.now();
    };
    const onFailed = (id: string) => failedInPass.add(id);
    // Heads are re-read after each round: an item sent makes the next one of its queue due.
    for (;;) {
      const heads = (await dueHeads(db, this.now())).filter(
        (item) => !failedInPass.has(item.id) && !this.isPaused(item),
      );
      if (heads.length === 0 || unreachable || this.stopped) break;
      const units = this.workUnits(heads);
      let index = 0;
      const worker = async () => {
        while (index < units.length && !unreachable && !this.stopped) {
          const unit = units[index++]!;
          const outcome =
            'queue' in unit
              ? await this.drainQueue(unit.queue, onSent, onFailed)
              : await this.processBatch(unit.batch, unit.handler, onSent, onFailed);
          if (outcome === 'offline') unreachable = true;
        }
      };
      await Promise.all(Array.from({ length: Math.min(this.concurrency, units.length) }, worker));
    }
    if (sentInPass > 0 && !unreachable) {
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

  /**
   * Queue heads of kinds the platform takes in batches (GLAAS repayment lines) go as requests
   * of up to `max` items; every other head drains its own queue. Heads arrive oldest first, so
   * a batch holds the oldest waiting lines.
   */
  private workUnits(heads: OutboxItem[]): WorkUnit[] {
    const units: WorkUnit[] = [];
    const open = new Map<OutboxKind, OutboxItem[]>();
    for (const head of heads) {
      const handler = this.kinds.handler(head.kind);
      if (!handler.batch) {
        units.push({ queue: head });
        continue;
      }
      let batch = open.get(head.kind);
      if (!batch || batch.length >= handler.batch.max) {
        batch = [];
        open.set(head.kind, batch);
        units.push({ batch, handler });
      }
      batch.push(head);
    }
    return units;
  }

  private isPaused(item: OutboxItem): boolean {
    return this.pausedPlatforms.has(platformOf(item.kind));
  }

  /** Sends one queue's items in order until it is empty, backs off, or needs a person. */
  private async drainQueue(head: OutboxItem, onSent: () => void, onFailed: (id: string) => void): Promise<Outcome> {
    let item: OutboxItem | undefined = head;
    while (item && !this.isPaused(item) && !this.stopped) {
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
    const handler = this.kinds.handler(item.kind);
    if (item.state === 'unknown') {
      this.setStatus({ checking: [...this.state.checking, item.id] });
      let found;
      try {
        found = await handler.reconcile(item, this.deps.port, this.env);
      } finally {
        this.setStatus({ checking: this.state.checking.filter((id) => id !== item.id) });
      }
      if ('error' in found) return this.failedLookup(item, found.error);
      if (found.found) {
        await markSent(db, item.id, this.now(), { confirmedBy: 'lookup', serverRef: found.serverRef }, this.followUps);
        return 'sent';
      }
    }
    const claimed = await claim(db, item.id, this.now());
    if (!claimed) return 'stop-queue';
    const result = await handler.send(claimed, this.deps.port, this.env);
    if (result.ok) {
      await markSent(db, item.id, this.now(), { confirmedBy: 'reply' }, this.followUps);
      return 'sent';
    }
    return this.failedSend(claimed, result.error);
  }

  /**
   * One batch request. Items with an unclear outcome are looked up first, together; those found
   * are sent already. The rest are claimed in one transaction and sent as one request, and
   * each item then gets its own outcome: a batch can accept one line and refuse another.
   */
  private async processBatch(
    items: OutboxItem[],
    handler: KindHandler,
    onSent: () => void,
    onFailed: (id: string) => void,
  ): Promise<Outcome> {
    const { db, port } = this.deps;
    const batch = handler.batch!;
    let toSend = items;
    const unknown = items.filter((item) => item.state === 'unknown');
    if (unknown.length > 0) {
      const ids = unknown.map((item) => item.id);
      this.setStatus({ checking: [...this.state.checking, ...ids] });
      let found;
      try {
        found = await batch.reconcileMany(unknown, port, this.env);
      } finally {
        this.setStatus({ checking: this.state.checking.filter((id) => !ids.includes(id)) });
      }
      const settled = new Set<string>();
      let lookupOutcome: Outcome | undefined;
      for (const item of unknown) {
        const answer = found.ok ? (found.value.get(item.id) ?? { found: false }) : { error: found.error };
        if ('error' in answer) {
          settled.add(item.id);
          onFailed(item.id);
          lookupOutcome = worse(lookupOutcome, await this.failedLookup(item, answer.error));
        } else if (answer.found) {
          settled.add(item.id);
          await markSent(db, item.id, this.now(), { confirmedBy: 'lookup', serverRef: answer.serverRef }, this.followUps);
          onSent();
        }
      }
      if (lookupOutcome === 'offline' || lookupOutcome === 'paused') return lookupOutcome;
      toSend = items.filter((item) => !settled.has(item.id));
    }
    if (toSend.length === 0) return 'sent';
    const claimed = await claimMany(db, toSend.map((item) => item.id), this.now());
    if (claimed.length === 0) return 'stop-queue';
    const result = await batch.sendMany(claimed, port, this.env);
    let outcome: Outcome = 'sent';
    for (const item of claimed) {
      const part = result.ok
        ? (result.value.get(item.id) ?? { ok: false as const, error: ANSWER_LEFT_OUT })
        : { ok: false as const, error: result.error };
      if (part.ok) {
        await markSent(db, item.id, this.now(), { confirmedBy: 'reply', ...(part.serverRef ? { serverRef: part.serverRef } : {}) }, this.followUps);
        onSent();
      } else {
        onFailed(item.id);
        outcome = worse(outcome, await this.failedSend(item, part.error));
      }
    }
    return outcome;
  }

  private async failedSend(item: OutboxItem, error: ApiError): Promise<Outcome> {
    const { db } = this.deps;
    const now = this.now();
    switch (error.kind) {
      case 'auth':
      case 'not-configured':
        await markPausedAuth(db, item.id, now, error, true);
        this.pause(platformOf(item.kind));
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
      this.pause(platformOf(item.kind));
      return 'paused';
    }
    // A lookup that fails costs an attempt's worth of backoff so a dead server is not hammered.
    const bumped = { ...item, attempts: item.attempts + 1 };
    await this.deps.db.outbox.update(item.id, { attempts: bumped.attempts });
    await markRetry(this.deps.db, item.id, now, 'unknown', error, now + this.delay(bumped, error));
    return error.kind === 'offline' ? 'offline' : 'later';
  }

  private delay(item: OutboxItem, error: ApiError): number {
    // While the platform has accepted something within the last minute it is alive, and an
    // item that failed again was unlucky, not facing a dead server: its wait stays short
    // (at most base × 2^RECENT_SUCCESS_MAX_EXPONENT) instead of growing towards the cap. Without
    // this the last item of a drain, after a run of bad luck, could sit minutes with nothing
    // else to send. A server that asked us to wait (Retry-After) is still obeyed.
    const recent = this.lastSuccessAt > 0 && this.now() - this.lastSuccessAt < RECENT_SUCCESS_MS;
    const exponent = Math.max(0, item.attempts - 1);
    return backoffDelay(recent ? Math.min(exponent, RECENT_SUCCESS_MAX_EXPONENT) : exponent, this.random, this.backoff, error.retryAfterMs);
  }

  private pause(platform: OutboxPlatform): void {
    if (this.pausedPlatforms.has(platform)) return;
    this.pausedPlatforms.set(platform, { probes: 0, probeAt: this.now() + this.probeDelay(0) });
    this.publishPaused();
  }

  private publishPaused(): void {
    const platforms = [...this.pausedPlatforms.keys()];
    this.setStatus({ paused: platforms.length > 0 ? 'auth' : undefined, pausedPlatforms: platforms });
  }

  private probeDelay(probes: number): number {
    return backoffDelay(probes, () => 0.5 + this.random() / 2, this.authProbe);
  }

  /**
   * While a platform is paused, ask now and then (with backoff) whether its credentials work
   * again: a session that lapsed once on the server's side comes back without anyone touching
   * anything. `now` = ask every paused platform at once (Sync now).
   */
  private async probePaused(now: boolean): Promise<void> {
    for (const [platform, probe] of [...this.pausedPlatforms]) {
      if (!now && this.now() < probe.probeAt) continue;
      const answer = await this.deps.port.checkConnection(platform);
      if (answer.ok) {
        this.pausedPlatforms.delete(platform);
        await resumePaused(this.deps.db, this.now(), platform);
      } else {
        probe.probes += 1;
        probe.probeAt = this.now() + this.probeDelay(probe.probes);
      }
    }
    this.publishPaused();
  }

  private async scheduleNext(lockBusy: boolean): Promise<void> {
    if (this.stopped) return;
    let wakeAt: number | undefined;
    if (lockBusy) wakeAt = this.now() + LOCK_BUSY_RETRY_MS;
    else {
      const due = await nextWakeAt(this.deps.db, (kind) => this.pausedPlatforms.has(platformOf(kind)));
      if (due !== undefined) wakeAt = Math.max(due, this.holdUntil);
      for (const probe of this.pausedPlatforms.values()) wakeAt = Math.min(wakeAt ?? Infinity, probe.probeAt);
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
