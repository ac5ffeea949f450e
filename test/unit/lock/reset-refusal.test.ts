import { describe, expect, it } from 'vitest';
import { refusalText } from '../../../renderer/src/features/lock/reset-refusal';

describe('reset refusal words', () => {
  it('says the sign-in details do not match', () => {
    expect(refusalText({ kind: 'rejected', message: 'Those sign-in details do not match the ones saved on this laptop.' })).toBe(
      'These sign-in details do not match the ones saved on this laptop. Check them and try again.',
    );
  });

  it('says how long to wait, from retryAfterMs or from the main process’s words', () => {
    expect(refusalText({ kind: 'rejected', message: 'x', retryAfterMs: 4 * 60_000 })).toBe(
      'Too many wrong sign-in details. Try again in 4 minutes.',
    );
    expect(refusalText({ kind: 'rejected', message: 'x', retryAfterMs: 20_000 })).toBe('Too many wrong sign-in details. Try again in 1 minute.');
    expect(refusalText({ kind: 'rejected', message: 'Too many wrong sign-in details. Try again in 8 minutes.' })).toBe(
      'Too many wrong sign-in details. Try again in 8 minutes.',
    );
  });
});
