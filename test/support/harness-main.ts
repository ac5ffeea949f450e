import { createMainApi, type MainApi } from '../../electron/main/api';
import type { Sandbox } from '../../electron/sandbox';
import { createLogger, type LogRecord } from '../../electron/main/services/log';
import { createMemoryStore, type FilesPort, type KeyValuePort } from '../../electron/main/services/ports';
import type { SystemLockReason } from '../../electron/main/services/system-lock';
import { createFakeCipher } from './fake-cipher';

/** The PIN every harness starts with (unless `lock: 'no-pin'`), for specs that unlock. */
export const HARNESS_PIN = '135790';
/** Enough PBKDF2 rounds to exercise the code, few enough that 50 browser tests stay quick. */
const HARNESS_KDF_ITERATIONS = 1_000;

/**
 * The real main-process API, running in the test process against the sandbox, with everything
 * it logs and everything it answers recorded so tests can search them for secrets.
 */
export interface HarnessMain {
  api: MainApi;
  logs: LogRecord[];
  /** Every answer sent towards the renderer, as JSON text. */
  answers: string[];
  /** Every secret the renderer handed over (tokens, passwords), for leak checks. */
  secretsSeen: Set<string>;
  invoke(channel: unknown, input: unknown): Promise<unknown>;
  /** Plays the laptop going to sleep or its screen locking, as the Electron shell reports it. */
  systemLock(reason: SystemLockReason): void;
  /** Settles once the preset lock state is in place (invoke waits for it by itself). */
  ready: Promise<void>;
}

export function createHarnessMain(options: {
  sandbox: Pick<Sandbox, 'credgenicsBaseUrl' | 'credgenicsRootUrl' | 'glaasAuthUrl' | 'glaasApiUrl' | 'training'>;
  store?: KeyValuePort;
  backend?: string;
  /** Where saved receipts and reports go; without it the files channels answer not-configured. */
  files?: FilesPort;
  /** Replaces the network, e.g. to play "no connection" without stopping the sandbox. */
  fetch?: typeof globalThis.fetch;
  /**
   * Where the app lock starts. 'unlocked' (default): HARNESS_PIN is set and the main process is
   * unlocked, so a renderer that asks for its keys gets them at once, as after an unlock.
   */
  lock?: 'unlocked' | 'locked' | 'no-pin';
  /** PBKDF2 rounds for the PIN (production uses LOCK_KDF_ITERATIONS). */
  kdfIterations?: number;
}): HarnessMain {
  const logs: LogRecord[] = [];
  const answers: string[] = [];
  // Training credentials are public demo values (npm run sandbox prints them); only what a user
  // types in counts as a secret here.
  const secretsSeen = new Set<string>();
  let api: MainApi | undefined;
  const log = createLogger((r) => logs.push(r), () => api?.vault.knownSecrets() ?? []);
  api = createMainApi({
    store: options.store ?? createMemoryStore(),
    cipher: createFakeCipher({ backend: options.backend ?? 'gnome_libsecret' }),
    fetch: options.fetch ?? globalThis.fetch,
    log,
    appInfo: { version: '0.0.0-test', platform: process.platform, shell: 'harness' },
    training: { endpoints: async () => options.sandbox },
    files: options.files,
    lockKdfIterations: options.kdfIterations ?? HARNESS_KDF_ITERATIONS,
  });
  const main = api;
  const lockState = options.lock ?? 'unlocked';
  const ready = (async () => {
    if (lockState === 'no-pin') return;
    // A store from an earlier harness (a restart) already has the PIN: open it as the agent would.
    if (main.appLock.status().state === 'locked') {
      if (lockState === 'unlocked') await main.appLock.unlock(HARNESS_PIN);
      return;
    }
    const set = await main.appLock.setPin(HARNESS_PIN);
    if (!set.ok) throw new Error(`harness: could not preset the PIN: ${set.error.message}`);
    if (lockState === 'locked') main.appLock.lock();
  })();
  return {
    api: main,
    logs,
    answers,
    secretsSeen,
    ready,
    systemLock(reason) {
      main.appLock.lock();
      main.systemLock.notify(reason);
    },
    async invoke(channel, input) {
      await ready;
      if (input && typeof input === 'object') {
        const { token, password } = input as { token?: unknown; password?: unknown };
        if (channel === 'credentials.setCredgenics' && typeof token === 'string' && token.length >= 4) secretsSeen.add(token);
        if (channel === 'credentials.setGlaas' && typeof password === 'string' && password.length >= 4) secretsSeen.add(password);
      }
      const answer = await main.dispatch(channel, input);
      answers.push(JSON.stringify(answer));
      return answer;
    },
  };
}
