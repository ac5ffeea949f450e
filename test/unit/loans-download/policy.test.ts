import { describe, expect, it } from 'vitest';
import { isStale, needsRefresh, staleFirst, STALE_AFTER_MS, type FreshnessRef } from '../../../renderer/src/features/loans/download/policy';
import { backoffMs, nextWaitMs } from '../../../renderer/src/features/loans/download/retry';

const NOW = Date.UTC(2026, 10, 21, 12);
const HOUR = 3_600_000;

describe('staleness', () => {
  it('is stale when never downloaded or older than 24 h', () => {
    expect(isStale({}, NOW)).toBe(true);
    expect(isStale({ fetchedAt: NOW - STALE_AFTER_MS }, NOW)).toBe(false);
    expect(isStale({ fetchedAt: NOW - STALE_AFTER_MS - 1 }, NOW)).toBe(true);
    expect(isStale({ fetchedAt: NOW - HOUR }, NOW)).toBe(false);
  });

  it('treats data "from the future" (the clock went back) as stale', () => {
    expect(isStale({ fetchedAt: NOW + HOUR }, NOW)).toBe(true);
  });

  it('a stale-only run also takes failed loans and fresh data whose refresh failed', () => {
    expect(needsRefresh({ loanId: 'a', fetchState: 'failed' }, NOW)).toBe(true);
    expect(needsRefresh({ loanId: 'a', fetchState: 'downloaded', fetchedAt: NOW - HOUR }, NOW)).toBe(false);
    const failure = { kind: 'server' as const, message: 'x' };
    expect(needsRefresh({ loanId: 'a', fetchState: 'downloaded', fetchedAt: NOW - HOUR, failure }, NOW)).toBe(true);
  });
});

describe('staleFirst', () => {
  it('puts never-downloaded and failed loans first, then the oldest data', () => {
    const loans: FreshnessRef[] = [
      { loanId: 'fresh', fetchState: 'downloaded', fetchedAt: NOW - HOUR },
      { loanId: 'old', fetchState: 'downloaded', fetchedAt: NOW - 50 * HOUR },
      { loanId: 'pending-b', fetchState: 'pending' },
      { loanId: 'refresh-failed', fetchState: 'downloaded', fetchedAt: NOW - 2 * HOUR, failure: { kind: 'rejected', message: 'x' } },
      { loanId: 'older', fetchState: 'downloaded', fetchedAt: NOW - 90 * HOUR },
      { loanId: 'failed', fetchState: 'failed', failure: { kind: 'rejected', message: 'x' } },
      { loanId: 'pending-a', fetchState: 'pending' },
      { loanId: 'skewed', fetchState: 'downloaded', fetchedAt: NOW + HOUR },
    ];
    expect(staleFirst(loans, NOW).map((l) => l.loanId)).toEqual([
      'failed',
      'pending-a',
      'pending-b',
      'refresh-failed',
      'skewed',
      'older',
      'old',
      'fresh',
    ]);
    expect(loans[0]!.loanId).toBe('fresh'); // the input is not reordered
  });
});

describe('backoff', () => {
  const policy = { attempts: 4, baseMs: 500, capMs: 8000 };

  it('is full jitter under an exponential ceiling with a cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffMs(n, policy, () => 0.999999))).toEqual([499, 999, 1999, 3999, 7999, 7999]);
    expect(backoffMs(3, policy, () => 0)).toBe(0);
  });

  it('stops after the allowed tries, never retries sooner than Retry-After, and leaves long pauses to the next run', () => {
    const server = { kind: 'server' as const, message: 'busy' };
    expect(nextWaitMs(server, 4, policy, () => 0.5)).toBeUndefined();
    expect(nextWaitMs({ ...server, retryAfterMs: 3000 }, 1, policy, () => 0.5)).toBe(3000);
    expect(nextWaitMs({ ...server, retryAfterMs: 60_000 }, 1, policy, () => 0.5)).toBeUndefined();
  });
});
