import { describe, expect, it } from 'vitest';
import { createSystemLockSignal } from '../../../electron/main/services/system-lock';

describe('the system lock signal', () => {
  it('answers every waiter once, with the reason, and later waiters only at the next event', async () => {
    const signal = createSystemLockSignal();
    const seen: string[] = [];
    const a = signal.next().then((e) => seen.push(`a:${e.reason}`));
    const b = signal.next().then((e) => seen.push(`b:${e.reason}`));
    signal.notify('suspend');
    await Promise.all([a, b]);
    const c = signal.next().then((e) => seen.push(`c:${e.reason}`));
    signal.notify('lock-screen');
    signal.notify('suspend');
    await c;
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(['a:suspend', 'b:suspend', 'c:lock-screen']);
  });

  it('keeps only the newest questions when reloaded pages leave theirs unanswered', async () => {
    const signal = createSystemLockSignal();
    const answered: number[] = [];
    for (let i = 0; i < 40; i += 1) void signal.next().then(() => answered.push(i));
    signal.notify('suspend');
    await new Promise((r) => setTimeout(r, 0));
    expect(answered).toEqual(Array.from({ length: 16 }, (_, k) => 24 + k));
  });
});
