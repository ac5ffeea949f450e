/** Why the laptop locked FieldDesk: it went to sleep, or its screen was locked. */
export type SystemLockReason = 'suspend' | 'lock-screen';

/**
 * The laptop's own lock events, handed to whoever is waiting (the renderer asks with
 * lock.waitForSystemLock and asks again after each answer). Imports nothing from 'electron':
 * the shell calls notify() from powerMonitor.
 */
export interface SystemLockSignal {
  notify(reason: SystemLockReason): void;
  /** Resolves at the next notify(); every waiter present then is answered once. */
  next(): Promise<{ reason: SystemLockReason }>;
}

/**
 * Each renderer reload leaves its question unanswered; past this many, the oldest are dropped
 * (a live page's question is always among the newest: it asks again after every answer).
 */
const MAX_WAITERS = 16;

export function createSystemLockSignal(): SystemLockSignal {
  let waiters: Array<(event: { reason: SystemLockReason }) => void> = [];
  return {
    notify(reason) {
      const answered = waiters;
      waiters = [];
      for (const resolve of answered) resolve({ reason });
    },
    next: () =>
      new Promise((resolve) => {
        waiters.push(resolve);
        if (waiters.length > MAX_WAITERS) waiters.shift();
      }),
  };
}
