import { describe, expect, it } from 'vitest';
import { createIdleTimer, type IdleClock } from '../../../renderer/src/features/lock/idle-timer';

/** A clock the test moves by hand; timers fire in order as time passes them. */
function manualClock() {
  let now = 1_000_000;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const clock: IdleClock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (id) => void timers.delete(id as number),
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].fn();
    }
    now = end;
  };
  /** The OS held every timer back (the laptop slept): time jumps, nothing fires until later. */
  const jump = (ms: number) => {
    now += ms;
  };
  return { clock, advance, jump, pending: () => timers.size };
}

const MINUTE = 60_000;

describe('idle timer', () => {
  it('fires once after the idle time with no activity', () => {
    const { clock, advance } = manualClock();
    let fired = 0;
    createIdleTimer({ idleMs: 5 * MINUTE, clock, onIdle: () => fired++ });
    advance(5 * MINUTE - 1);
    expect(fired).toBe(0);
    advance(1);
    expect(fired).toBe(1);
    advance(60 * MINUTE);
    expect(fired).toBe(1);
  });

  it('starts again from each activity', () => {
    const { clock, advance } = manualClock();
    let fired = 0;
    const timer = createIdleTimer({ idleMs: 5 * MINUTE, clock, onIdle: () => fired++ });
    advance(4 * MINUTE);
    timer.activity();
    advance(4 * MINUTE);
    timer.activity();
    advance(4 * MINUTE + 59_000);
    expect(fired).toBe(0);
    advance(1_000);
    expect(fired).toBe(1);
  });

  it('keeps one timer however many activities come', () => {
    const { clock, advance, pending } = manualClock();
    const timer = createIdleTimer({ idleMs: MINUTE, clock, onIdle: () => undefined });
    for (let i = 0; i < 500; i++) {
      timer.activity();
      advance(10);
    }
    expect(pending()).toBe(1);
  });

  it('locks at once when a delayed timer finally runs after the idle time', () => {
    const { clock, advance, jump } = manualClock();
    let fired = 0;
    createIdleTimer({ idleMs: 5 * MINUTE, clock, onIdle: () => fired++ });
    jump(30 * MINUTE);
    expect(fired).toBe(0);
    advance(0);
    expect(fired).toBe(1);
  });

  it('takes a new idle time counted from the last activity', () => {
    const { clock, advance } = manualClock();
    let fired = 0;
    const timer = createIdleTimer({ idleMs: 10 * MINUTE, clock, onIdle: () => fired++ });
    advance(3 * MINUTE);
    timer.setIdleMs(2 * MINUTE);
    expect(fired).toBe(0);
    advance(0);
    expect(fired).toBe(1);

    const second = manualClock();
    let again = 0;
    const longer = createIdleTimer({ idleMs: MINUTE, clock: second.clock, onIdle: () => again++ });
    second.advance(30_000);
    longer.setIdleMs(5 * MINUTE);
    second.advance(4 * MINUTE + 29_000);
    expect(again).toBe(0);
    second.advance(1_000);
    expect(again).toBe(1);
  });

  it('never fires once stopped', () => {
    const { clock, advance, pending } = manualClock();
    let fired = 0;
    const timer = createIdleTimer({ idleMs: MINUTE, clock, onIdle: () => fired++ });
    timer.stop();
    advance(10 * MINUTE);
    expect(fired).toBe(0);
    expect(pending()).toBe(0);
  });
});
