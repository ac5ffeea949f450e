import type { Result } from '../../../shared/result';

/**
 * Remembers the platform writes the renderer's outbox asked for, by the outbox item's id.
 *
 * Why it exists: a request to Credgenics runs in the main process, and it keeps running when
 * the page reloads or crashes. The outbox then wakes up, finds its item half-sent, and looks the
 * payment up on the server, possibly before the old request has even reached it. Without this
 * registry the lookup would find nothing and the payment would be sent a second time.
 *
 * So: a write with a key that is still in flight is joined, not sent again; a write that
 * succeeded answers the same success again (for a day, or until the app restarts) without
 * touching the network; and `settle` lets a lookup wait until no write for the key is running.
 * Failures are not remembered: the outbox decides about them (and must be free to resend a
 * payload the user corrected).
 */
export interface WriteRegistry {
  run<T>(key: string | undefined, send: () => Promise<Result<T>>): Promise<Result<T>>;
  /** Resolves once no write with this key is in flight; tells whether one succeeded. */
  settle(key: string): Promise<{ succeeded: boolean }>;
}

const REMEMBER_MS = 24 * 60 * 60_000;
const MAX_REMEMBERED = 20_000;

export function createWriteRegistry(now: () => number = Date.now): WriteRegistry {
  const inFlight = new Map<string, Promise<Result<unknown>>>();
  // Insertion-ordered, so the oldest entries are the first to go when the map is full.
  const succeeded = new Map<string, { at: number; result: Result<unknown> }>();

  function remembered(key: string): Result<unknown> | undefined {
    const hit = succeeded.get(key);
    if (!hit) return undefined;
    if (now() - hit.at > REMEMBER_MS) {
      succeeded.delete(key);
      return undefined;
    }
    return hit.result;
  }

  function remember(key: string, result: Result<unknown>): void {
    succeeded.set(key, { at: now(), result });
    while (succeeded.size > MAX_REMEMBERED) {
      const oldest = succeeded.keys().next().value;
      if (oldest === undefined) break;
      succeeded.delete(oldest);
    }
  }

  return {
    run<T>(key: string | undefined, send: () => Promise<Result<T>>): Promise<Result<T>> {
      if (key === undefined) return send();
      const done = remembered(key);
      if (done) return Promise.resolve(done as Result<T>);
      const running = inFlight.get(key);
      if (running) return running as Promise<Result<T>>;
      const started = send().then(
        (result) => {
          if (result.ok) remember(key, result);
          return result;
        },
      ).finally(() => inFlight.delete(key));
      inFlight.set(key, started as Promise<Result<unknown>>);
      return started;
    },
    async settle(key) {
      const running = inFlight.get(key);
      if (running) await running.catch(() => undefined);
      return { succeeded: remembered(key) !== undefined };
    },
  };
}
