import { Rng, subSeed } from './prng';
import type { Platform, SandboxFaults } from './types';

export const DEFAULT_FAULTS: SandboxFaults = {
  latencyMs: 0,
  errorRate: 0,
  timeoutRate: 0,
  hangMs: 60_000,
  lostReplyRate: 0,
  rateLimitRate: 0,
  sessionTtlMs: 30 * 60_000,
  failNextAuth: 0,
  onlyWrites: false,
  uploadBytesPerSec: 0,
};

export type PreFault = { kind: 'timeout' } | { kind: '5xx'; status: 500 | 502 | 503 } | { kind: '429' } | null;

const FIVE_XX: readonly (500 | 502 | 503)[] = [500, 502, 503];

/**
 * Decides which fault, if any, a request meets. The dice are seeded so a failing run can be
 * replayed. Rates are clamped to 0..1 so a typo in a test cannot make every call fail silently
 * for a different reason.
 */
export class FaultEngine {
  private current: SandboxFaults;
  private readonly rng: Rng;

  constructor(
    private readonly initial: Partial<SandboxFaults>,
    seed: number,
    private readonly onExpireSessions: () => void,
  ) {
    this.rng = new Rng(subSeed(seed, 'faults'));
    this.current = { ...DEFAULT_FAULTS };
    this.set(initial);
  }

  get faults(): SandboxFaults {
    return { ...this.current, only: this.current.only ? [...this.current.only] : undefined };
  }

  set(patch: Partial<SandboxFaults>): void {
    const { expireSessionsNow, ...rest } = patch;
    const next: SandboxFaults = { ...this.current };
    for (const [key, value] of Object.entries(rest) as [keyof SandboxFaults, unknown][]) {
      if (value === undefined) continue;
      (next as unknown as Record<string, unknown>)[key] = value;
    }
    for (const key of ['errorRate', 'timeoutRate', 'lostReplyRate', 'rateLimitRate'] as const) {
      next[key] = clamp01(Number(next[key]) || 0);
    }
    next.latencyMs = Math.max(0, Number(next.latencyMs) || 0);
    next.hangMs = Math.max(0, Number(next.hangMs) || 0);
    next.sessionTtlMs = Math.max(0, Number(next.sessionTtlMs) || 0);
    next.failNextAuth = Math.max(0, Math.floor(Number(next.failNextAuth) || 0));
    next.uploadBytesPerSec = Math.max(0, Number(next.uploadBytesPerSec) || 0);
    this.current = next;
    // A one-shot: it acts now and is never stored, so it cannot fire again later.
    if (expireSessionsNow) this.onExpireSessions();
  }

  reset(): void {
    this.current = { ...DEFAULT_FAULTS };
    this.set(this.initial);
  }

  appliesTo(platform: Platform): boolean {
    const only = this.current.only;
    return !only || only.length === 0 || only.includes(platform);
  }

  latencyFor(platform: Platform): number {
    return this.appliesTo(platform) ? this.current.latencyMs : 0;
  }

  /** Faults that strike before anything is committed. */
  before(platform: Platform, write: boolean): PreFault {
    if (!this.appliesTo(platform)) return null;
    if (this.current.onlyWrites && !write) return null;
    if (this.roll(this.current.timeoutRate)) return { kind: 'timeout' };
    if (this.roll(this.current.errorRate)) return { kind: '5xx', status: this.rng.pick(FIVE_XX) };
    if (this.roll(this.current.rateLimitRate)) return { kind: '429' };
    return null;
  }

  /** Consumes one failNextAuth if armed. */
  takeAuthFailure(platform: Platform): boolean {
    if (!this.appliesTo(platform)) return false;
    const left = this.current.failNextAuth ?? 0;
    if (left <= 0) return false;
    this.current.failNextAuth = left - 1;
    return true;
  }

  /** After a write was committed: should its reply be lost? */
  loseReply(platform: Platform): boolean {
    return this.appliesTo(platform) && this.roll(this.current.lostReplyRate);
  }

  /** The uplink's rate in bytes per second for request bodies; 0 = unlimited. */
  get uploadBytesPerSec(): number {
    return this.current.uploadBytesPerSec ?? 0;
  }

  get hangMs(): number {
    return this.current.hangMs;
  }

  get sessionTtlMs(): number {
    return this.current.sessionTtlMs;
  }

  private roll(rate: number): boolean {
    if (rate <= 0) return false;
    if (rate >= 1) return true;
    return this.rng.float() < rate;
  }
}

function clamp01(n: number): number {
  return Math.min(1, Math.max(0, n));
}
