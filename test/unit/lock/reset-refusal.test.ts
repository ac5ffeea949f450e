import { afterEach, describe, expect, it, vi } from 'vitest';
import { refusalText } from '../../../renderer/src/features/lock/reset-refusal';
import { setLanguage } from '../../../renderer/src/i18n';

describe('reset refusal words', () => {
  it('says the sign-in details do not match', () => {
    expect(refusalText({ kind: 'rejected', message: 'Those sign-in details do not match the ones saved on this laptop.' })).toBe(
      'These sign-in details do not match the ones saved on this laptop. Check them and try again.',
    );
  });

  afterEach(() => {
    speak('en');
    vi.unstubAllGlobals();
  });

  /** setLanguage marks the page's language and remembers it; a bare stand-in for both here. */
  function speak(language: 'en' | 'hi'): void {
    vi.stubGlobal('document', { documentElement: { lang: 'en' } });
    vi.stubGlobal('localStorage', { setItem: () => undefined });
    setLanguage(language);
  }

  it('says how long to wait, from retryAfterMs', () => {
    expect(refusalText({ kind: 'rejected', message: 'x', retryAfterMs: 4 * 60_000 })).toBe(
      'Too many wrong sign-in details. Try again in 4 minutes.',
    );
    expect(refusalText({ kind: 'rejected', message: 'x', retryAfterMs: 20_000 })).toBe('Too many wrong sign-in details. Try again in 1 minute.');
  });

  it('says the wait in Hindi from the number, whatever language the main process wrote its message in', () => {
    speak('hi');
    const text = refusalText({ kind: 'rejected', message: 'Too many wrong sign-in details. Try again in 8 minutes.', retryAfterMs: 8 * 60_000 });
    expect(text).toBe('साइन-इन जानकारी कई बार गलत डाली गई। 8 मिनट बाद फिर से कोशिश करें।');
  });

  it('does not read a wait out of English words: without retryAfterMs it is a plain refusal', () => {
    expect(refusalText({ kind: 'rejected', message: 'Too many wrong sign-in details. Try again in 8 minutes.' })).toBe(
      'These sign-in details do not match the ones saved on this laptop. Check them and try again.',
    );
  });
});
