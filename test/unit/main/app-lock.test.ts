import { describe, expect, it } from 'vitest';
import { createAppLock, LOCK_KDF_ITERATIONS, LOCK_RECORD_KEY, SEND_KEY_KEY, type AppLock } from '../../../electron/main/services/app-lock';
import { createLogger, type LogRecord } from '../../../electron/main/services/log';
import { createMemoryStore, type KeyValuePort } from '../../../electron/main/services/ports';
import { createVault, type Vault } from '../../../electron/main/services/vault';
import type { TrainingPort } from '../../../electron/main/services/endpoints';
import type { Settings } from '../../../shared/settings';
import { createFakeCipher } from '../../support/fake-cipher';

const PIN = '482913';
const OTHER_PIN = '777111';
const TOKEN = 'cg-live-token-0123456789abcdef';
const GLAAS = { username: 'agent7', password: 'S3cret-Passw0rd!' };
const DEMO = { credgenicsToken: 'demo-cg-token-1234', glaasUsername: 'demo-user', glaasPassword: 'demo-pass-9876' };
const ITERATIONS = 1_000;

const training: TrainingPort = {
  endpoints: async () => ({
    credgenicsBaseUrl: 'http://127.0.0.1:1/recovery',
    credgenicsRootUrl: 'http://127.0.0.1:1',
    glaasAuthUrl: 'http://127.0.0.1:2',
    glaasApiUrl: 'http://127.0.0.1:3',
    training: DEMO,
  }),
};

/** One laptop: a store and an OS key that outlive each "run" (a new service over them). */
function laptop(settings: Partial<Settings> = {}, clock = { now: 1_700_000_000_000 }) {
  const store = createMemoryStore({ settings: { credgenics: {}, glaas: {}, ...settings } });
  const cipher = createFakeCipher();
  const logs: LogRecord[] = [];
  let vault: Vault = createVault({ cipher, store, log: createLogger(() => undefined) });
  const start = (s: KeyValuePort = store): AppLock => {
    vault = createVault({ cipher, store: s, log: createLogger(() => undefined) });
    return createAppLock({
      cipher,
      store: s,
      vault,
      settings: () => (s.get('settings') as Settings) ?? { credgenics: {}, glaas: {} },
      training,
      log: createLogger((r) => logs.push(r)),
      iterations: ITERATIONS,
      now: () => clock.now,
    });
  };
  return { store, cipher, logs, start, vault: () => vault, clock };
}

async function keysOf(result: Awaited<ReturnType<AppLock['unlock']>>) {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('app lock', () => {
  it('production derives the PIN key with at least 600,000 PBKDF2 rounds', () => {
    expect(LOCK_KDF_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  it('starts with no PIN; setting one gives two different random 256-bit keys and unlocks', async () => {
    const l = laptop();
    const lock = l.start();
    expect(lock.status()).toMatchObject({ state: 'no-pin', triesLeft: 10, credentialsRequired: false });
    const keys = await keysOf(await lock.setPin(PIN));
    expect(Buffer.from(keys.dataKey, 'base64')).toHaveLength(32);
    expect(Buffer.from(keys.sendKey, 'base64')).toHaveLength(32);
    expect(keys.dataKey).not.toBe(keys.sendKey);
    expect(keys.dataKept).toBe(true);
    expect(lock.status().state).toBe('unlocked');
  });

  it('after a restart it is locked; the right PIN gives back the same keys', async () => {
    const l = laptop();
    const first = await keysOf(await l.start().setPin(PIN));
    const again = l.start();
    expect(again.status().state).toBe('locked');
    expect(again.resume().ok).toBe(false);
    expect(await keysOf(await again.unlock(PIN))).toEqual(first);
  });

  it('a wrong PIN counts down, and the count survives a restart; the right PIN resets it', async () => {
    const l = laptop();
    await l.start().setPin(PIN);
    const lock = l.start();
    const wrong = await lock.unlock(OTHER_PIN);
    expect(wrong).toEqual({ ok: false, error: { kind: 'rejected', message: 'Wrong PIN. 9 tries left.' } });
    await lock.unlock('000000');
    await lock.unlock('000001');
    const restarted = l.start();
    expect(restarted.status().triesLeft).toBe(7);
    const fourth = await restarted.unlock('000002');
    expect(!fourth.ok && fourth.error.message).toBe('Wrong PIN. 6 tries left.');
    await keysOf(await restarted.unlock(PIN));
    expect(restarted.status().triesLeft).toBe(10);
    expect(l.start().status().triesLeft).toBe(10);
  });

  it('ten wrong PINs ask for the credentials: even the right PIN is refused then, also after a restart', async () => {
    const l = laptop();
    await l.start().setPin(PIN);
    const lock = l.start();
    for (let i = 0; i < 9; i += 1) await lock.unlock(`10000${i}`);
    expect(lock.status()).toMatchObject({ triesLeft: 1, credentialsRequired: false });
    const last = await lock.unlock('999999');
    expect(!last.ok && last.error.message).toMatch(/last try.*sign-in details/);
    expect(lock.status()).toMatchObject({ triesLeft: 0, credentialsRequired: true, state: 'locked' });
    expect((await lock.unlock(PIN)).ok).toBe(false);
    const restarted = l.start();
    expect(restarted.status().credentialsRequired).toBe(true);
    expect((await restarted.unlock(PIN)).ok).toBe(false);
  });

  it('setPin is refused while locked; while unlocked it re-wraps the same data key', async () => {
    const l = laptop();
    const first = await keysOf(await l.start().setPin(PIN));
    const lock = l.start();
    expect((await lock.setPin(OTHER_PIN)).ok).toBe(false);
    await lock.unlock(PIN);
    const changed = await keysOf(await lock.setPin(OTHER_PIN, PIN));
    expect(changed).toEqual(first);
    const restarted = l.start();
    expect((await restarted.unlock(PIN)).ok).toBe(false);
    expect(await keysOf(await restarted.unlock(OTHER_PIN))).toEqual(first);
  });

  it('a change of PIN needs the current PIN; a wrong one is one of the ten tries, and the tenth locks the app', async () => {
    const l = laptop();
    const first = await keysOf(await l.start().setPin(PIN));
    const lock = l.start();
    await lock.unlock(PIN);

    // Without the current PIN, or with a wrong one, nothing changes.
    const without = await lock.setPin(OTHER_PIN);
    expect(without).toEqual({ ok: false, error: { kind: 'rejected', message: 'Enter the current PIN to change it.' } });
    expect(lock.status().triesLeft).toBe(10);
    const wrong = await lock.setPin(OTHER_PIN, '000000');
    expect(wrong).toEqual({ ok: false, error: { kind: 'rejected', message: 'Wrong PIN. 9 tries left.' } });
    expect(lock.status()).toMatchObject({ state: 'unlocked', triesLeft: 9 });
    // The old PIN still opens it after a restart, and the count of wrong tries was kept.
    const restarted = l.start();
    expect(restarted.status().triesLeft).toBe(9);
    expect(await keysOf(await restarted.unlock(PIN))).toEqual(first);
    // The right current PIN changes it and puts the tries back to ten.
    expect(await keysOf(await restarted.setPin(OTHER_PIN, PIN))).toEqual(first);
    expect(restarted.status().triesLeft).toBe(10);

    // Ten wrong current PINs: the app locks and only the sign-in details open it.
    for (let i = 0; i < 9; i += 1) expect((await restarted.setPin('24680135', '000000')).ok).toBe(false);
    expect(restarted.status()).toMatchObject({ state: 'unlocked', triesLeft: 1 });
    const last = await restarted.setPin('24680135', '000000');
    expect(last.ok).toBe(false);
    expect(restarted.status()).toMatchObject({ state: 'locked', triesLeft: 0, credentialsRequired: true });
    expect((await restarted.unlock(OTHER_PIN)).ok).toBe(false);
    expect(restarted.resume().ok).toBe(false);
  });

  it('setPin checks the PIN rules again (the main process trusts no renderer)', async () => {
    const lock = laptop().start();
    expect((await lock.setPin('12345')).ok).toBe(false);
    expect((await lock.setPin('abc')).ok).toBe(false);
    expect((await lock.setPin('1234567a')).ok).toBe(true);
  });

  it('lock() keeps the data key in memory but resume answers only while unlocked', async () => {
    const l = laptop();
    const lock = l.start();
    const keys = await keysOf(await lock.setPin(PIN));
    expect(await keysOf(lock.resume())).toEqual(keys);
    expect(lock.lock().state).toBe('locked');
    expect(lock.resume()).toMatchObject({ ok: false, error: { kind: 'rejected' } });
    expect(await keysOf(await lock.unlock(PIN))).toEqual(keys);
  });

  it('the stored record is unreadable without the OS key, and the OS key with a wrong PIN does not open it', async () => {
    const l = laptop();
    const keys = await keysOf(await l.start().setPin(PIN));
    const dataKeyBytes = Buffer.from(keys.dataKey, 'base64');
    const onDisk = JSON.stringify(l.store.dump());
    expect(onDisk).not.toContain(keys.dataKey);
    expect(onDisk).not.toContain(keys.sendKey);
    expect(onDisk).not.toContain('PBKDF2');
    // Another OS account (another safeStorage key): the record does not even decrypt.
    const stored = l.store.get(LOCK_RECORD_KEY) as { sealed: boolean; data: string };
    expect(stored.sealed).toBe(true);
    expect(() => createFakeCipher().decrypt(Buffer.from(stored.data, 'base64'))).toThrow();
    expect(() => createFakeCipher().decrypt(Buffer.from(l.store.get(SEND_KEY_KEY) as string, 'base64'))).toThrow();
    // The right OS key opens the seal, but inside is only the PIN-wrapped key.
    const record = JSON.parse(l.cipher.decrypt(Buffer.from(stored.data, 'base64')));
    expect(record).toMatchObject({ v: 1, kdf: 'PBKDF2-SHA-256', iterations: ITERATIONS, failures: 0 });
    expect(Buffer.from(record.salt, 'base64')).toHaveLength(16);
    expect(JSON.stringify(record)).not.toContain(keys.dataKey);
    expect(Buffer.from(record.wrapped, 'base64').includes(dataKeyBytes)).toBe(false);
    expect((await l.start().unlock(OTHER_PIN)).ok).toBe(false);
  });

  it('the send key never changes with a new PIN or a reset', async () => {
    const l = laptop();
    const lock = l.start();
    const first = await keysOf(await lock.setPin(PIN));
    await lock.setPin(OTHER_PIN);
    const cold = l.start();
    const reset = await keysOf(await cold.resetWithCredentials({ newPin: '246802' }));
    expect(reset.sendKey).toBe(first.sendKey);
  });

  describe('reset with the platform credentials', () => {
    async function withSavedCredentials() {
      const l = laptop({ credgenics: { environment: 'uat' }, glaas: { environment: 'production' } });
      l.start();
      l.vault().set('credgenics', { token: TOKEN });
      l.vault().set('glaas', GLAAS);
      const keys = await keysOf(await l.start().setPin(PIN));
      return { l, keys };
    }

    it('the right Credgenics token, in the same run: a new PIN, the same data key (dataKept)', async () => {
      const { l, keys } = await withSavedCredentials();
      const lock = l.start();
      await keysOf(await lock.unlock(PIN));
      lock.lock();
      for (let i = 0; i < 10; i += 1) await lock.unlock('000000');
      expect(lock.status()).toMatchObject({ credentialsRequired: true, resetWith: ['credgenics', 'glaas'] });
      const reset = await keysOf(await lock.resetWithCredentials({ credgenicsToken: TOKEN, newPin: '246802' }));
      expect(reset).toEqual({ ...keys, dataKept: true });
      expect(lock.status()).toMatchObject({ state: 'unlocked', triesLeft: 10, credentialsRequired: false });
      expect(await keysOf(await l.start().unlock('246802'))).toEqual(keys);
    });

    it('the right GLAAS username and password at a cold start: a new data key (dataKept false), send key kept', async () => {
      const { l, keys } = await withSavedCredentials();
      const cold = l.start();
      const reset = await keysOf(await cold.resetWithCredentials({ glaasUsername: GLAAS.username, glaasPassword: GLAAS.password, newPin: '246802' }));
      expect(reset.dataKept).toBe(false);
      expect(reset.dataKey).not.toBe(keys.dataKey);
      expect(reset.sendKey).toBe(keys.sendKey);
      expect(await keysOf(await l.start().unlock('246802'))).toEqual({ ...reset, dataKept: true });
    });

    it('wrong credentials are refused with one message that does not say which field was wrong', async () => {
      const { l } = await withSavedCredentials();
      const lock = l.start();
      const answers = await Promise.all([
        lock.resetWithCredentials({ credgenicsToken: 'cg-wrong', newPin: '246802' }),
        lock.resetWithCredentials({ glaasUsername: GLAAS.username, glaasPassword: 'wrong-password', newPin: '246802' }),
        lock.resetWithCredentials({ glaasUsername: 'someone', glaasPassword: GLAAS.password, newPin: '246802' }),
        lock.resetWithCredentials({ newPin: '246802' }),
      ]);
      const messages = new Set(answers.map((a) => (!a.ok ? a.error.message : 'ok')));
      expect([...messages]).toEqual(['Those sign-in details do not match the ones saved on this laptop. Check them and try again.']);
      expect(lock.status().state).toBe('locked');
      expect(await keysOf(await lock.unlock(PIN))).toMatchObject({ dataKept: true });
    });

    it('after 5 wrong sign-in details in a row each try waits, doubling, also across a restart', async () => {
      const { l } = await withSavedCredentials();
      const lock = l.start();
      for (let i = 0; i < 6; i += 1) {
        const wrong = await lock.resetWithCredentials({ credgenicsToken: `guess-${i}`, newPin: '246802' });
        expect(!wrong.ok && wrong.error.message).toMatch(/do not match/);
      }
      // Even the right token waits now, and a restart does not clear the wait.
      const waiting = await l.start().resetWithCredentials({ credgenicsToken: TOKEN, newPin: '246802' });
      expect(!waiting.ok && waiting.error.message).toBe('Too many wrong sign-in details. Try again in 1 minute.');
      // The wait also travels as a number, so the lock screen can say it in Hindi.
      expect(!waiting.ok && waiting.error.retryAfterMs).toBe(60_000);
      l.clock.now += 61_000;
      const seventh = await lock.resetWithCredentials({ credgenicsToken: 'guess-7', newPin: '246802' });
      expect(!seventh.ok && seventh.error.message).toMatch(/do not match/);
      const doubled = await lock.resetWithCredentials({ credgenicsToken: TOKEN, newPin: '246802' });
      expect(!doubled.ok && doubled.error.message).toBe('Too many wrong sign-in details. Try again in 2 minutes.');
      expect(!doubled.ok && doubled.error.retryAfterMs).toBe(120_000);
      l.clock.now += 121_000;
      expect((await lock.resetWithCredentials({ credgenicsToken: TOKEN, newPin: '246802' })).ok).toBe(true);
      // A success starts the count again.
      for (let i = 0; i < 5; i += 1) await lock.resetWithCredentials({ credgenicsToken: `guess-${i}`, newPin: '246802' });
      const fresh = await lock.resetWithCredentials({ credgenicsToken: TOKEN, newPin: '246802' });
      expect(fresh.ok).toBe(true);
    });

    it('in training the demo credentials count as the saved ones', async () => {
      const l = laptop({ credgenics: { environment: 'training' }, glaas: { environment: 'training' } });
      await l.start().setPin(PIN);
      const lock = l.start();
      expect(lock.status().resetWith).toEqual(['credgenics', 'glaas']);
      expect((await lock.resetWithCredentials({ credgenicsToken: 'anything', newPin: '246802' })).ok).toBe(false);
      await lock.unlock(PIN);
      lock.lock();
      const reset = await lock.resetWithCredentials({ glaasUsername: DEMO.glaasUsername, glaasPassword: DEMO.glaasPassword, newPin: '246802' });
      expect(reset).toMatchObject({ ok: true, value: { dataKept: true } });
    });

    it('with no credentials saved anywhere, a reset is allowed but never keeps the data key, even in the same run', async () => {
      const l = laptop({ credgenics: { environment: 'uat' } });
      await l.start().setPin(PIN);
      const lock = l.start();
      expect(lock.status().resetWith).toEqual([]);
      const first = await keysOf(await lock.unlock(PIN));
      lock.lock();
      // The token was removed after everything was sent: the cache may still hold real borrowers.
      const reset = await keysOf(await lock.resetWithCredentials({ newPin: '246802' }));
      expect(reset.dataKept).toBe(false);
      expect(reset.dataKey).not.toBe(first.dataKey);
      expect(reset.sendKey).toBe(first.sendKey);
    });

    it('with real credentials saved, training\'s public demo ones for the other platform do not count', async () => {
      const l = laptop({ credgenics: { environment: 'uat' }, glaas: { environment: 'training' } });
      l.start();
      l.vault().set('credgenics', { token: TOKEN });
      const lock = l.start();
      await lock.setPin(PIN);
      lock.lock();
      expect(lock.status().resetWith).toEqual(['credgenics']);
      const demo = await lock.resetWithCredentials({ glaasUsername: DEMO.glaasUsername, glaasPassword: DEMO.glaasPassword, newPin: '246802' });
      expect(demo.ok).toBe(false);
      expect(await keysOf(await lock.resetWithCredentials({ credgenicsToken: TOKEN, newPin: '246802' }))).toMatchObject({ dataKept: true });
    });

    it('demo credentials keep the data only when no platform points at a real server', async () => {
      const l = laptop({ credgenics: { environment: 'production' }, glaas: { environment: 'training' } });
      const lock = l.start();
      const first = await keysOf(await lock.setPin(PIN));
      lock.lock();
      expect(lock.status().resetWith).toEqual(['glaas']);
      const reset = await keysOf(
        await lock.resetWithCredentials({ glaasUsername: DEMO.glaasUsername, glaasPassword: DEMO.glaasPassword, newPin: '246802' }),
      );
      expect(reset.dataKept).toBe(false);
      expect(reset.dataKey).not.toBe(first.dataKey);
    });
  });

  it('wipe removes the lock, both keys, the credentials, the checks and the agent\'s own settings; keeps language and addresses', async () => {
    const l = laptop({
      credgenics: { environment: 'uat' },
      glaas: { environment: 'production' },
      language: 'hi',
      collections: { agentEmail: 'agent@example.com', agentName: 'Ravi', lenderName: 'Lender Ltd' },
    });
    l.start();
    l.vault().set('credgenics', { token: TOKEN });
    l.vault().set('glaas', GLAAS);
    l.store.set('lastCheck.credgenics', { at: 1, ok: true });
    l.store.set('vault.weakStorageAccepted', true);
    const lock = l.start();
    const keys = await keysOf(await lock.setPin(PIN));
    lock.lock();
    const refusedWhileLocked = await lock.wipe();
    expect(!refusedWhileLocked.ok && refusedWhileLocked.error.message).toBe('Unlock FieldDesk before signing out.');
    expect(l.store.get(LOCK_RECORD_KEY)).toBeDefined();
    await keysOf(await lock.unlock(PIN));
    const wiped = await lock.wipe();
    if (!wiped.ok) throw new Error(wiped.error.message);
    const report = wiped.value;
    expect(report.removed).toEqual([
      'the PIN and the key that opens the saved borrower data',
      'the key for work waiting to be sent',
      'the saved Credgenics token',
      'the saved GLAAS username and password',
      'the results of the last connection checks',
      'your choice about weaker storage of sign-in details',
      'your name and email for receipts and payments',
    ]);
    expect(lock.status()).toMatchObject({ state: 'no-pin', resetWith: [] });
    expect(lock.resume().ok).toBe(false);
    const left = l.store.dump();
    expect(Object.keys(left)).toEqual(['settings']);
    expect(left.settings).toEqual({
      credgenics: { environment: 'uat' },
      glaas: { environment: 'production' },
      language: 'hi',
      collections: { lenderName: 'Lender Ltd' },
    });
    expect(JSON.stringify(left)).not.toContain(TOKEN);
    // A new PIN after the wipe makes new keys: nothing of the old ones survives.
    const fresh = await keysOf(await lock.setPin(PIN));
    expect(fresh.dataKey).not.toBe(keys.dataKey);
    expect(fresh.sendKey).not.toBe(keys.sendKey);
  });

  it('no PIN, key or credential reaches the log', async () => {
    const l = laptop({ credgenics: { environment: 'uat' } });
    l.start();
    l.vault().set('credgenics', { token: TOKEN });
    const lock = l.start();
    const keys = await keysOf(await lock.setPin(PIN));
    lock.lock();
    await lock.unlock(OTHER_PIN);
    await lock.unlock(PIN);
    await lock.resetWithCredentials({ credgenicsToken: 'cg-wrong-guess', newPin: '246802' });
    await lock.resetWithCredentials({ credgenicsToken: TOKEN, newPin: '864200' });
    await lock.wipe();
    const logged = JSON.stringify(l.logs);
    expect(l.logs.length).toBeGreaterThan(4);
    for (const secret of [PIN, OTHER_PIN, '246802', '864200', TOKEN, 'cg-wrong-guess', keys.dataKey, keys.sendKey]) {
      expect(logged).not.toContain(secret);
    }
  });
});
