import 'fake-indexeddb/auto';
import { createAppLock, LOCK_KDF_ITERATIONS } from '../../electron/main/services/app-lock';
import { silentLogger } from '../../electron/main/services/log';
import { createMemoryStore } from '../../electron/main/services/ports';
import { FieldDeskDb } from '../../renderer/src/db/schema';
import { openStoreWith } from '../../renderer/src/db/crypto/open-store';
import { createFakeCipher } from '../support/fake-cipher';
import { summarize, type BenchResult } from './stats';

/**
 * Budget (issue 13): unlock < 1.5 s. What the agent waits for after typing the PIN: the main
 * process derives the key (PBKDF2-SHA-256, the production 600,000 rounds), opens the wrapped data
 * key, and the renderer installs the keys and opens the store. The safeStorage call is a fake
 * here (the OS key store answers in microseconds).
 */
export async function benchUnlock(runs = 5): Promise<BenchResult[]> {
  const appLock = createAppLock({
    cipher: createFakeCipher({ backend: 'gnome_libsecret' }),
    store: createMemoryStore(),
    vault: { get: () => undefined, remove: () => undefined },
    settings: () => ({ credgenics: {}, glaas: {} }),
    training: { endpoints: async () => { throw new Error('not used'); } },
    log: silentLogger,
  });
  const pin = '482913';
  const made = await appLock.setPin(pin);
  if (!made.ok) throw new Error(made.error.message);
  const db = new FieldDeskDb(`bench-unlock-${process.pid}-${Date.now()}`);
  const derive: number[] = [];
  const whole: number[] = [];
  for (let i = 0; i < runs; i++) {
    appLock.lock();
    const started = performance.now();
    const keys = await appLock.unlock(pin);
    const derived = performance.now();
    if (!keys.ok) throw new Error(keys.error.message);
    await openStoreWith(keys.value, db);
    derive.push(derived - started);
    whole.push(performance.now() - started);
  }
  await db.delete();
  return [
    summarize(`  of which: the PIN's key (PBKDF2-SHA-256, ${LOCK_KDF_ITERATIONS.toLocaleString('en-IN')} rounds)`, derive, 'ms'),
    summarize('unlock: PIN to an open store', whole, 'ms', 1500, 1500),
  ];
}
