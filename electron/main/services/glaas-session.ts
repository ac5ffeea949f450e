import type { Result } from '../../../shared/result';

/** A fresh GLAAS session from a login. */
export interface GlaasLogin {
  sessionId: string;
  username: string;
}

/**
 * The one GLAAS session of the main process. A platform client is made per call (settings may
 * change between calls), so the session, and any login under way, must live here: calls that
 * meet an expired session at the same moment then share ONE login instead of each logging in
 * (and each new login ending the session the others just got).
 */
export interface GlaasSessionHolder {
  get(): string | undefined;
  set(sessionId: string | undefined): void;
  /**
   * A session to replace `stale` (the one a call was refused with, or undefined when there was
   * none). If another call already replaced it, that session is the answer; if a login is under
   * way, this call waits for it; otherwise `login` runs, once, for everyone waiting.
   */
  renew(stale: string | undefined, login: () => Promise<Result<GlaasLogin>>): Promise<Result<GlaasLogin | { sessionId: string }>>;
}

export function createGlaasSessionHolder(): GlaasSessionHolder {
  let current: string | undefined;
  let loginInFlight: Promise<Result<GlaasLogin>> | undefined;
  return {
    get: () => current,
    set(sessionId) {
      current = sessionId;
    },
    renew(stale, login) {
      if (current && current !== stale) return Promise.resolve({ ok: true, value: { sessionId: current } });
      loginInFlight ??= login().finally(() => {
        loginInFlight = undefined;
      });
      return loginInFlight;
    },
  };
}
