/**
 * One sender at a time, across windows and reloads. The browser's Web Locks API releases a lock
 * when its page goes away, so a crashed or reloaded page never leaves the outbox locked.
 */
export interface LockPort {
  /** Runs `fn` holding the lock, or answers `ran: false` at once if someone else holds it. */
  tryRun<T>(name: string, fn: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }>;
}

interface LockManagerLike {
  request<T>(name: string, options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<T>): Promise<T>;
}

export function webLocks(locks: LockManagerLike): LockPort {
  return {
    tryRun: (name, fn) =>
      locks.request(name, { ifAvailable: true }, async (lock) => (lock ? { ran: true as const, value: await fn() } : { ran: false as const })),
  };
}

/** For Node (tests, benchmarks), where there is one engine per process. */
export function memoryLocks(): LockPort {
  const held = new Set<string>();
  return {
    async tryRun(name, fn) {
      if (held.has(name)) return { ran: false };
      held.add(name);
      try {
        return { ran: true, value: await fn() };
      } finally {
        held.delete(name);
      }
    },
  };
}
