import { createCipheriv, createDecipheriv, createHash, pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { LockKeys, LockStatus, ResetInput, WipeReport } from '../../../shared/contract-lock';
import { PinInput } from '../../../shared/contract-lock';
import { err, ok, type Result } from '../../../shared/result';
import type { Platform, Settings } from '../../../shared/settings';
import { wipeItems } from '../../../shared/wipe-items';
import type { TrainingPort } from './endpoints';
import type { Logger } from './log';
import type { CipherPort, KeyValuePort } from './ports';
import type { Vault } from './vault';

/**
 * The app lock: makes the two store keys and guards the data key with the PIN (issue 13).
 *
 * The data key is wrapped with AES-256-GCM under a key derived from the PIN (PBKDF2-SHA-256),
 * and that whole record is sealed again by safeStorage before it is stored: a copied disk lacks
 * the OS key, a logged-in thief lacks the PIN. The send key is sealed by safeStorage only, like
 * the credentials that would send what it seals, so a forgotten PIN never costs unsent work.
 */

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. Only tests may pass fewer (createAppLock's `iterations`). */
export const LOCK_KDF_ITERATIONS = 600_000;
export const MAX_WRONG_PINS = 10;
/**
 * The credentials are compared on this laptop, so no server locks a guesser out: after this many
 * wrong answers in a row each further try waits, one minute and doubling (at most a day).
 */
export const FREE_CREDENTIAL_TRIES = 5;
const CREDENTIAL_WAIT_MS = 60_000;
const MAX_CREDENTIAL_WAIT_MS = 24 * 60 * 60_000;

export const LOCK_RECORD_KEY = 'appLock';
export const SEND_KEY_KEY = 'storeSendKey';

const pbkdf2Async = promisify(pbkdf2);

type LockState = LockStatus['state'];

/** What the PIN opens: stored inside the safeStorage seal. */
interface LockRecord {
  v: 1;
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  salt: string;
  iv: string;
  /** AES-256-GCM of the data key, auth tag appended. */
  wrapped: string;
  failures: number;
  credentialsRequired: boolean;
  /** Wrong sign-in details in a row at a reset, and when the next try is allowed (epoch ms). */
  credentialFailures?: number;
  credentialWaitUntil?: number;
}

/** On disk: the record sealed by safeStorage (or, with no OS key store at all, marked unsealed). */
interface StoredLock {
  sealed: boolean;
  data: string;
}

export interface AppLock {
  status(): LockStatus;
  /** The first PIN, or a new one while unlocked, which needs the current PIN (counted when wrong). */
  setPin(pin: string, currentPin?: string): Promise<Result<LockKeys>>;
  unlock(pin: string): Promise<Result<LockKeys>>;
  resume(): Result<LockKeys>;
  lock(): LockStatus;
  resetWithCredentials(input: ResetInput): Promise<Result<LockKeys>>;
  /** Refused while locked: only the person who unlocked may remove what the laptop holds. */
  wipe(): Promise<Result<WipeReport>>;
}

export interface AppLockDeps {
  cipher: CipherPort;
  store: KeyValuePort;
  vault: Pick<Vault, 'get' | 'remove'>;
  settings: () => Settings;
  training: TrainingPort;
  log: Logger;
  now?: () => number;
  /** Tests only: the production shell never passes it (LOCK_KDF_ITERATIONS). */
  iterations?: number;
}

const refused = (message: string): Result<never> => err({ kind: 'rejected', message });
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
const sameText = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));

export function createAppLock(deps: AppLockDeps): AppLock {
  const { cipher, store, log } = deps;
  const iterations = deps.iterations ?? LOCK_KDF_ITERATIONS;
  const now = deps.now ?? Date.now;
  /** The reset's throttle when there is no lock record to keep it in (no PIN yet). */
  let looseCredentialFailures = 0;
  let looseCredentialWaitUntil = 0;
  /** Kept after the first unlock of this run, even while locked, so a reset keeps the data. */
  let dataKey: Buffer | undefined;
  let sendKey: Buffer | undefined;
  let record: LockRecord | undefined = readRecord();
  let state: LockState = record ? 'locked' : 'no-pin';
  /** One lock operation at a time: two quick unlocks must not both count one failure. */
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  const canSeal = () => {
    try {
      return cipher.isEncryptionAvailable();
    } catch {
      return false;
    }
  };

  function readRecord(): LockRecord | undefined {
    const stored = store.get(LOCK_RECORD_KEY) as StoredLock | undefined;
    if (!stored || typeof stored.data !== 'string') return undefined;
    try {
      const json = stored.sealed ? cipher.decrypt(Buffer.from(stored.data, 'base64')) : Buffer.from(stored.data, 'base64').toString('utf8');
      const parsed = JSON.parse(json) as LockRecord;
      if (parsed.v !== 1 || typeof parsed.wrapped !== 'string') throw new Error('unknown lock record');
      return parsed;
    } catch {
      // The OS key store changed: the PIN can no longer reach the data key. Only the credentials
      // open the way to a new PIN (and a new data key); unsent work has its own key.
      log.warn('app lock: the lock record could not be read; credentials will be asked for');
      return {
        v: 1,
        kdf: 'PBKDF2-SHA-256',
        iterations,
        salt: '',
        iv: '',
        wrapped: '',
        failures: MAX_WRONG_PINS,
        credentialsRequired: true,
      };
    }
  }

  function writeRecord(next: LockRecord): void {
    record = next;
    const json = JSON.stringify(next);
    if (canSeal()) {
      store.set(LOCK_RECORD_KEY, { sealed: true, data: b64(cipher.encrypt(json)) } satisfies StoredLock);
    } else {
      // No OS key store at all: the PIN still guards the data key, but a copied disk is enough
      // to try PINs offline. Said in the README's threat model.
      log.warn('app lock: no OS key store; the lock record is protected by the PIN only');
      store.set(LOCK_RECORD_KEY, { sealed: false, data: Buffer.from(json, 'utf8').toString('base64') } satisfies StoredLock);
    }
  }

  function loadSendKey(): Buffer {
    if (sendKey) return sendKey;
    const stored = store.get(SEND_KEY_KEY);
    if (typeof stored === 'string') {
      try {
        const key = Buffer.from(cipher.decrypt(Buffer.from(stored, 'base64')), 'base64');
        if (key.length === 32) return (sendKey = key);
      } catch {
        log.warn('app lock: the send key could not be read; a new one is made (items sealed with the old one cannot be sent)');
      }
    }
    const key = randomBytes(32);
    if (canSeal()) store.set(SEND_KEY_KEY, b64(cipher.encrypt(b64(key))));
    else log.warn('app lock: no OS key store; the send key lasts for this session only');
    return (sendKey = key);
  }

  async function kekFor(pin: string, salt: Buffer, rounds: number): Promise<Buffer> {
    return pbkdf2Async(pin.normalize('NFC'), salt, rounds, 32, 'sha256');
  }

  async function wrap(pin: string, key: Buffer, kept: Pick<LockRecord, 'failures' | 'credentialsRequired'>): Promise<LockRecord> {
    const salt = randomBytes(16);
    const iv = randomBytes(12);
    const kek = await kekFor(pin, salt, iterations);
    const gcm = createCipheriv('aes-256-gcm', kek, iv);
    const wrapped = Buffer.concat([gcm.update(key), gcm.final(), gcm.getAuthTag()]);
    return { v: 1, kdf: 'PBKDF2-SHA-256', iterations, salt: b64(salt), iv: b64(iv), wrapped: b64(wrapped), ...kept };
  }

  /** The data key, or undefined when the PIN is wrong (GCM's tag does not verify). */
  async function unwrap(pin: string, from: LockRecord): Promise<Buffer | undefined> {
    if (!from.wrapped) return undefined;
    const sealed = Buffer.from(from.wrapped, 'base64');
    const kek = await kekFor(pin, Buffer.from(from.salt, 'base64'), from.iterations);
    try {
      const gcm = createDecipheriv('aes-256-gcm', kek, Buffer.from(from.iv, 'base64'));
      gcm.setAuthTag(sealed.subarray(sealed.length - 16));
      const key = Buffer.concat([gcm.update(sealed.subarray(0, sealed.length - 16)), gcm.final()]);
      return key.length === 32 ? key : undefined;
    } catch {
      return undefined;
    }
  }

  function keys(dataKept: boolean): LockKeys {
    return { dataKey: b64(dataKey!), sendKey: b64(loadSendKey()), dataKept };
  }

  /**
   * Which credentials prove the person may set a new PIN, and whether that proof may keep the
   * data key:
   * - real credentials saved in the vault: only those count (training's demo ones are public,
   *   so with one platform in training they must not open the other's real data);
   * - none saved, some platform in training: the demo ones count; they keep the data only when
   *   no platform points at a real server (then the cache holds demo loans only);
   * - nothing at all: anyone may set a new PIN, but always with a new data key, so a cache
   *   downloaded before the credentials were removed is never opened this way.
   */
  function proofRule(): { mode: 'real' | 'demo' | 'none'; platforms: Platform[]; mayKeepData: boolean } {
    const settings = deps.settings();
    const all = ['credgenics', 'glaas'] as const;
    const real = all.filter((platform) => deps.vault.get(platform) !== undefined);
    if (real.length > 0) return { mode: 'real', platforms: real, mayKeepData: true };
    const training = all.filter((platform) => settings[platform].environment === 'training');
    if (training.length > 0) {
      const onlyDemo = all.every((platform) => settings[platform].environment === 'training' || settings[platform].environment === undefined);
      return { mode: 'demo', platforms: training, mayKeepData: onlyDemo };
    }
    return { mode: 'none', platforms: [], mayKeepData: false };
  }

  async function credentialsToMatch(mode: 'real' | 'demo'): Promise<{ tokens: string[]; glaas: Array<{ username: string; password: string }> }> {
    if (mode === 'real') {
      const cg = deps.vault.get('credgenics');
      const gl = deps.vault.get('glaas');
      return { tokens: cg ? [cg.token] : [], glaas: gl ? [{ username: gl.username, password: gl.password }] : [] };
    }
    const settings = deps.settings();
    const demo = (await deps.training.endpoints()).training;
    return {
      tokens: settings.credgenics.environment === 'training' ? [demo.credgenicsToken] : [],
      glaas: settings.glaas.environment === 'training' ? [{ username: demo.glaasUsername, password: demo.glaasPassword }] : [],
    };
  }

  /** Every comparison runs (no early exit), so the time taken says nothing about which matched. */
  async function credentialsMatch(input: ResetInput, mode: 'real' | 'demo'): Promise<boolean> {
    const saved = await credentialsToMatch(mode);
    let matched = false;
    if (input.credgenicsToken) {
      for (const token of saved.tokens) matched = sameText(input.credgenicsToken, token) || matched;
    }
    if (input.glaasUsername && input.glaasPassword) {
      for (const pair of saved.glaas) {
        const user = sameText(input.glaasUsername.trim(), pair.username.trim());
        const password = sameText(input.glaasPassword, pair.password);
        matched = (user && password) || matched;
      }
    }
    return matched;
  }

  function noteWrongCredentials(): void {
    const failures = (record ? (record.credentialFailures ?? 0) : looseCredentialFailures) + 1;
    const over = failures - FREE_CREDENTIAL_TRIES;
    const waitUntil = over > 0 ? now() + Math.min(CREDENTIAL_WAIT_MS * 2 ** (over - 1), MAX_CREDENTIAL_WAIT_MS) : 0;
    if (record) writeRecord({ ...record, credentialFailures: failures, credentialWaitUntil: waitUntil });
    else {
      looseCredentialFailures = failures;
      looseCredentialWaitUntil = waitUntil;
    }
  }

  const triesLeft = () => Math.max(0, MAX_WRONG_PINS - (record?.failures ?? 0));

  /**
   * A wrong PIN, at the lock or when changing it: one of the ten tries. The tenth locks the app
   * (a change is asked for while unlocked) and only the sign-in details open it again.
   */
  function wrongPin(from: LockRecord): Result<LockKeys> {
    const failures = from.failures + 1;
    const credentialsRequired = failures >= MAX_WRONG_PINS;
    writeRecord({ ...from, failures, credentialsRequired });
    log.warn('app lock: wrong PIN', { triesLeft: triesLeft() });
    if (credentialsRequired) {
      state = 'locked';
      return refused('Wrong PIN. That was the last try: enter your sign-in details for Credgenics or GLAAS to set a new PIN.');
    }
    const left = triesLeft();
    return refused(`Wrong PIN. ${left} ${left === 1 ? 'try' : 'tries'} left.`);
  }
  const status = (): LockStatus => ({
    state,
    triesLeft: triesLeft(),
    credentialsRequired: record?.credentialsRequired ?? false,
    resetWith: proofRule().platforms,
  });

  return {
    status,

    setPin: (pin, currentPin) =>
      serial(async () => {
        if (!PinInput.safeParse(pin).success) return refused('Use 6 or more digits, or a passphrase of 8 or more characters.');
        if (state === 'locked') return refused('Unlock FieldDesk before changing the PIN.');
        if (state === 'unlocked' && record) {
          // A change: only the person who knows the PIN may replace it.
          if (currentPin === undefined || currentPin === '') return refused('Enter the current PIN to change it.');
          if (!(await unwrap(currentPin, record))) return wrongPin(record);
        }
        // A first PIN makes the data key; a change of PIN wraps the same one again.
        const key = state === 'no-pin' ? (dataKey ?? randomBytes(32)) : dataKey;
        if (!key) return refused('Unlock FieldDesk before changing the PIN.');
        writeRecord(await wrap(pin, key, { failures: 0, credentialsRequired: false }));
        dataKey = key;
        state = 'unlocked';
        log.info('app lock: PIN set');
        return ok(keys(true));
      }),

    unlock: (pin) =>
      serial(async () => {
        if (!record) return refused('No PIN has been set on this laptop yet.');
        if (record.credentialsRequired) {
          return refused('Too many wrong PINs. Enter your sign-in details for Credgenics or GLAAS to set a new PIN.');
        }
        const key = await unwrap(pin, record);
        if (!key) return wrongPin(record);
        if (record.failures !== 0) writeRecord({ ...record, failures: 0 });
        dataKey = key;
        state = 'unlocked';
        log.info('app lock: unlocked');
        return ok(keys(true));
      }),

    resume() {
      if (state !== 'unlocked' || !dataKey) return refused('FieldDesk is locked. Enter your PIN.');
      return ok(keys(true));
    },

    lock() {
      if (state === 'unlocked') {
        state = 'locked';
        log.info('app lock: locked');
      }
      return status();
    },

    resetWithCredentials: (input) =>
      serial(async () => {
        if (!PinInput.safeParse(input.newPin).success) return refused('Use 6 or more digits, or a passphrase of 8 or more characters.');
        const waitUntil = record?.credentialWaitUntil ?? looseCredentialWaitUntil;
        if (now() < waitUntil) {
          const waitMs = waitUntil - now();
          const minutes = Math.ceil(waitMs / 60_000);
          // The wait travels as a number too: the lock screen says it in the agent's language.
          return err({
            kind: 'rejected',
            message: `Too many wrong sign-in details. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
            retryAfterMs: waitMs,
          });
        }
        const rule = proofRule();
        if (rule.mode !== 'none' && !(await credentialsMatch(input, rule.mode))) {
          noteWrongCredentials();
          log.warn('app lock: reset refused, the sign-in details did not match');
          return refused('Those sign-in details do not match the ones saved on this laptop. Check them and try again.');
        }
        const dataKept = dataKey !== undefined && rule.mayKeepData;
        if (!dataKept) dataKey?.fill(0);
        const key = dataKept ? dataKey! : randomBytes(32);
        writeRecord(await wrap(input.newPin, key, { failures: 0, credentialsRequired: false }));
        looseCredentialFailures = 0;
        looseCredentialWaitUntil = 0;
        dataKey = key;
        state = 'unlocked';
        log.info('app lock: PIN reset with the sign-in details', { dataKept });
        return ok(keys(dataKept));
      }),

    wipe: () =>
      serial(async () => {
        if (state === 'locked') return refused('Unlock FieldDesk before signing out.');
        const removed: string[] = [];
        if (store.get(LOCK_RECORD_KEY) !== undefined) removed.push(wipeItems.lock);
        if (store.get(SEND_KEY_KEY) !== undefined) removed.push(wipeItems.sendKey);
        store.delete(LOCK_RECORD_KEY);
        store.delete(SEND_KEY_KEY);
        if (deps.vault.get('credgenics')) removed.push(wipeItems.credgenicsToken);
        if (deps.vault.get('glaas')) removed.push(wipeItems.glaasLogin);
        deps.vault.remove('credgenics');
        deps.vault.remove('glaas');
        removed.push(...forgetPersonalSettings(store));
        dataKey?.fill(0);
        sendKey?.fill(0);
        dataKey = undefined;
        sendKey = undefined;
        record = undefined;
        looseCredentialFailures = 0;
        looseCredentialWaitUntil = 0;
        state = 'no-pin';
        log.info('app lock: laptop wiped', { removed: removed.length });
        return ok({ removed });
      }),
  };
}

/**
 * Settings hold no borrower data; what goes at sign-out is what names the person signed in and
 * their choices about this laptop. Where the platforms are and the language stay, so the next
 * person to sign in starts from the lender's set-up.
 */
function forgetPersonalSettings(store: KeyValuePort): string[] {
  const removed: string[] = [];
  if (store.get('lastCheck.credgenics') !== undefined || store.get('lastCheck.glaas') !== undefined) {
    removed.push(wipeItems.connectionChecks);
  }
  store.delete('lastCheck.credgenics');
  store.delete('lastCheck.glaas');
  if (store.get('vault.weakStorageAccepted') !== undefined) removed.push(wipeItems.weakStorageChoice);
  store.delete('vault.weakStorageAccepted');
  const settings = store.get('settings') as Settings | undefined;
  const collections = settings?.collections;
  if (settings && collections && (collections.agentEmail !== undefined || collections.agentName !== undefined)) {
    const { agentEmail: _email, agentName: _name, ...rest } = collections;
    store.set('settings', { ...settings, collections: rest });
    removed.push(wipeItems.agentIdentity);
  }
  return removed;
}
