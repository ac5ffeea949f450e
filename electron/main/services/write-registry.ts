import type { ApiError, Result } from '../../../shared/result';

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
  /**
   * A batch write of several keyed parts (GLAAS repayment lines, keyed by uid). Waits for any
   * part still in flight from an earlier request, answers parts that already succeeded from
   * memory, and sends only the rest, in one request. `send` answers each sent part's own result
   * (a batch can accept one line and refuse another); only the accepted parts are remembered.
   */
  runEach<T>(
    keys: readonly string[],
    send: (keys: string[]) => Promise<Result<Map<string, Result<T>>>>,
  ): Promise<Result<Map<string, Result<T>>>>;
  /** Resolves once no write with this key is in flight; tells whether one succeeded. */
  settle(key: string): Promise<{ succeeded: boolean }>;
}

/** A batch answer that left one of the sent parts out: unclear, so the outbox checks it. */
const missingPart: ApiError = {
  kind: 'bad-response',
  message: 'The answer did not mention this line; it will be checked before anything is sent again.',
};

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
    async runEach<T>(keys: readonly string[], send: (keys: string[]) => Promise<Result<Map<string, Result<T>>>>) {
      const unique = [...new Set(keys)];
      // Parts of an earlier request still out (e.g. sent by the page before a reload): wait.
      await Promise.all(unique.map((key) => inFlight.get(key)?.catch(() => undefined)));
      const answers = new Map<string, Result<T>>();
      const toSend: string[] = [];
      for (const key of unique) {
        const done = remembered(key);
        if (done) answers.set(key, done as Result<T>);
        else toSend.push(key);
      }
      if (toSend.length === 0) return { ok: true, value: answers } as Result<Map<string, Result<T>>>;
      const request = send(toSend);
      for (const key of toSend) {
        const part = request
          .then((result): Result<unknown> => {
            if (!result.ok) return result;
            const own = result.value.get(key);
            if (own?.ok) remember(key, own);
            return own ?? { ok: false, error: missingPart };
          })
          .finally(() => {
            if (inFlight.get(key) === part) inFlight.delete(key);
          });
        inFlight.set(key, part);
      }
      const result = await request;
      if (!result.ok) return result;
      for (const [key, value] of result.value) answers.set(key, value);
      return { ok: true, value: answers };
    },
    async settle(key) {
      const running = inFlight.get(key);
      if (running) await running.catch(() => undefined);
      return { succeeded: remembered(key) !== undefined };
    },
  };
}
