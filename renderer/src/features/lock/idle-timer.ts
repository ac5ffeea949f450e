/**
 * Calls `onIdle` once, after `idleMs` with no activity. Activity only notes the time (mouse moves
 * come by the hundred); the single timer, when it fires, checks how long it has really been and
 * waits again for the rest. Time is read from the clock, not counted in ticks, so a timer the
 * OS delayed (sleep, a busy CPU) still locks on time, never early.
 */
export interface IdleClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface IdleTimer {
  /** The agent did something: the idle time starts again. */
  activity(): void;
  /** A new idle time from settings; counted from the last activity. */
  setIdleMs(ms: number): void;
  stop(): void;
}

export function createIdleTimer(options: { idleMs: number; clock: IdleClock; onIdle: () => void }): IdleTimer {
  const { clock, onIdle } = options;
  let idleMs = options.idleMs;
  let lastActivity = clock.now();
  let handle: unknown;
  let done = false;

  const schedule = (ms: number) => {
    if (handle !== undefined) clock.clearTimeout(handle);
    handle = clock.setTimeout(check, Math.max(0, ms));
  };
  function check() {
    handle = undefined;
    if (done) return;
    const quiet = clock.now() - lastActivity;
    if (quiet >= idleMs) {
      done = true;
      onIdle();
    } else {
      schedule(idleMs - quiet);
    }
  }
  schedule(idleMs);

  return {
    activity() {
      if (!done) lastActivity = clock.now();
    },
    setIdleMs(ms) {
      if (done) return;
      idleMs = ms;
      schedule(idleMs - (clock.now() - lastActivity));
    },
    stop() {
      done = true;
      if (handle !== undefined) clock.clearTimeout(handle);
      handle = undefined;
    },
  };
}

/** The browser's clock, looked up at each call (a test's fake clock replaces these). */
export const browserClock: IdleClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => window.setTimeout(fn, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
};
