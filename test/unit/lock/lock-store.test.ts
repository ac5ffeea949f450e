import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LockKeys, LockStatus } from '../../../shared/contract-lock';

/**
 * The lock's order of things: keys installed before anything may read IndexedDB, the unreadable
 * cache removed before the services start, the screens hidden before the main process answers.
 */
const calls: string[] = [];
const answers: Record<string, unknown> = {};
vi.mock('../../../renderer/src/api', () => ({
  api: {
    lock: new Proxy(
      {},
      {
        get: (_t, method: string) => async (input?: unknown) => {
          calls.push(`lock.${method}`);
          const answer = answers[method];
          return typeof answer === 'function' ? (answer as (i: unknown) => unknown)(input) : answer;
        },
      },
    ),
  },
}));
vi.mock('../../../renderer/src/db/schema', () => ({ db: () => ({}) }));
vi.mock('../../../renderer/src/db/crypto/open-store', () => ({
  openStoreWith: async (keys: LockKeys) => {
    const { installKeys } = await import('../../../renderer/src/db/crypto/keyring');
    installKeys(keys);
    calls.push(keys.dataKept ? 'openStore' : 'openStore+removeUnreadable');
    return { removedUnreadable: keys.dataKept ? 0 : 7, sealedLegacy: 0 };
  },
}));

const key = (n: number) => btoa(String.fromCharCode(...new Uint8Array(32).fill(n)));
const keys = (dataKept = true): LockKeys => ({ dataKey: key(1), sendKey: key(2), dataKept });
const status = (over: Partial<LockStatus> = {}): LockStatus => ({
  state: 'locked',
  triesLeft: 10,
  credentialsRequired: false,
  resetWith: ['credgenics'],
  ...over,
});
const ok = (value: unknown) => ({ ok: true, value });

async function fresh() {
  vi.resetModules();
  calls.length = 0;
  for (const k of Object.keys(answers)) delete answers[k];
  const store = await import('../../../renderer/src/features/lock/lock-store');
  const keyring = await import('../../../renderer/src/db/crypto/keyring');
  return { ...store, keyring };
}

describe('lock flow', () => {
  beforeEach(() => {
    vi.stubGlobal('window', globalThis);
  });

  it('resumes an unlocked session: keys first, then the screens', async () => {
    const s = await fresh();
    answers.status = ok(status({ state: 'unlocked' }));
    answers.resume = ok(keys());
    await s.startLock();
    expect(calls).toEqual(['lock.status', 'lock.resume', 'openStore']);
    expect(s.keyring.hasKeys()).toBe(true);
    expect(s.useLockStore.getState()).toMatchObject({ phase: { name: 'unlocked' }, servicesReady: true });
  });

  it('starts locked with no keys and nothing allowed to read the store', async () => {
    const s = await fresh();
    answers.status = ok(status());
    await s.startLock();
    expect(s.keyring.hasKeys()).toBe(false);
    expect(s.useLockStore.getState()).toMatchObject({ phase: { name: 'locked' }, servicesReady: false });
  });

  it('asks for a first PIN on a new laptop', async () => {
    const s = await fresh();
    answers.status = ok(status({ state: 'no-pin' }));
    await s.startLock();
    expect(s.useLockStore.getState().phase.name).toBe('set-pin');
    answers.setPin = ok(keys());
    expect(await s.setFirstPin('135790')).toEqual({ ok: true });
    expect(s.useLockStore.getState()).toMatchObject({ phase: { name: 'unlocked' }, servicesReady: true });
  });

  it('counts wrong PINs down and sends the tenth to the reset screen', async () => {
    const s = await fresh();
    answers.status = ok(status());
    await s.startLock();
    answers.unlock = { ok: false, error: { kind: 'auth', message: 'Wrong PIN.' } };
    answers.status = ok(status({ triesLeft: 3 }));
    const wrong = await s.unlockWithPin('000000');
    expect(wrong).toMatchObject({ ok: false, wrongPin: true, status: { triesLeft: 3 } });
    expect(s.useLockStore.getState().phase.name).toBe('locked');

    answers.status = ok(status({ triesLeft: 0, credentialsRequired: true, resetWith: ['credgenics', 'glaas'] }));
    await s.unlockWithPin('000000');
    expect(s.useLockStore.getState().phase.name).toBe('reset');
    // Ten wrong PINs: "back to the PIN" is no way out.
    s.backToLock();
    expect(s.useLockStore.getState().phase.name).toBe('reset');
    expect(s.keyring.hasKeys()).toBe(false);
  });

  it('removes the unreadable cache after a cold-start reset before the services start', async () => {
    const s = await fresh();
    answers.status = ok(status({ credentialsRequired: true, triesLeft: 0 }));
    await s.startLock();
    expect(s.useLockStore.getState().phase.name).toBe('reset');
    let readyWhenRemoving: boolean | undefined;
    answers.resetWithCredentials = () => ok(keys(false));
    const unsubscribe = s.useLockStore.subscribe((state) => {
      if (readyWhenRemoving === undefined && calls.includes('openStore+removeUnreadable')) readyWhenRemoving = state.servicesReady;
    });
    expect(await s.resetWithCredentials({ credgenicsToken: 'training', newPin: '246801' })).toEqual({ ok: true });
    unsubscribe();
    expect(calls).toContain('openStore+removeUnreadable');
    // The first state change after the removal is the services being allowed to start.
    expect(readyWhenRemoving).toBe(true);
    expect(s.useLockStore.getState()).toMatchObject({ phase: { name: 'reset-done', removed: 7 }, servicesReady: true });
    s.enterApp();
    expect(s.useLockStore.getState().phase.name).toBe('unlocked');
  });

  it('keeps the cache after a reset while the data key was in memory', async () => {
    const s = await fresh();
    answers.status = ok(status({ state: 'unlocked' }));
    answers.resume = ok(keys());
    await s.startLock();
    answers.lock = ok(status());
    await s.lockNow();
    s.showReset();
    answers.resetWithCredentials = ok(keys(true));
    await s.resetWithCredentials({ glaasUsername: 'agent', glaasPassword: 'pw', newPin: '246801' });
    // Opened at the resume and again at the reset, never removing anything.
    expect(calls.filter((c) => c.startsWith('openStore'))).toEqual(['openStore', 'openStore']);
    expect(s.useLockStore.getState().phase.name).toBe('unlocked');
  });

  it('hides the screens before the main process has answered a lock, and keeps the keys', async () => {
    const s = await fresh();
    answers.status = ok(status({ state: 'unlocked' }));
    answers.resume = ok(keys());
    await s.startLock();
    let release!: () => void;
    answers.lock = () => new Promise((resolve) => (release = () => resolve(ok(status()))));
    const locking = s.lockNow();
    expect(s.useLockStore.getState().phase.name).toBe('locked');
    release();
    await locking;
    // The outbox keeps sending behind the lock: its key stays in memory.
    expect(s.keyring.hasKeys()).toBe(true);
    expect(s.useLockStore.getState().servicesReady).toBe(true);
  });
});
