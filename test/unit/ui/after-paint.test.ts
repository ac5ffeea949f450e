import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../../renderer/src/ui/after-paint';

/** Issue 14: start-up reads wait until the first screen has painted, once, and can be cancelled. */

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function fakeFrames() {
  const frames: Array<() => void> = [];
  vi.stubGlobal('requestAnimationFrame', (fn: () => void) => frames.push(fn));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => (frames[id - 1] = () => undefined));
  return { paint: () => frames.splice(0).forEach((fn) => fn()) };
}

describe('afterNextPaint', () => {
  it('runs in the task after the next frame, not before it', () => {
    vi.useFakeTimers();
    const { paint } = fakeFrames();
    const run = vi.fn();
    afterNextPaint(run);
    vi.advanceTimersByTime(50);
    expect(run).not.toHaveBeenCalled();
    paint();
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('in a hidden window (no frames) it runs after the fallback, once', () => {
    vi.useFakeTimers();
    const { paint } = fakeFrames();
    const run = vi.fn();
    afterNextPaint(run, 100);
    vi.advanceTimersByTime(99);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    paint();
    vi.advanceTimersByTime(1_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('cancelled before it ran (the app unmounted), it never runs', () => {
    vi.useFakeTimers();
    const { paint } = fakeFrames();
    const run = vi.fn();
    const cancel = afterNextPaint(run);
    paint();
    cancel();
    vi.advanceTimersByTime(1_000);
    expect(run).not.toHaveBeenCalled();
  });
});
