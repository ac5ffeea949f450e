import type { CredgenicsSecret, GlaasSecret, StorageStatus } from '../../../shared/credentials';
import type { Platform } from '../../../shared/settings';
import type { Logger } from './log';
import type { CipherPort, KeyValuePort } from './ports';

/**
 * The credentials vault. Secrets are encrypted with Electron's safeStorage and kept in
 * electron-store; they leave the main process only inside HTTP headers.
 *
 * Like Signal Desktop, we do not trust every safeStorage backend equally: on Linux without a
 * key ring safeStorage falls back to 'basic_text', which encrypts with a hard-coded key. There
 * the vault keeps secrets in memory for this session only, unless the user has accepted weaker
 * storage. (electron-store's own `encryptionKey` is obfuscation, so we never rely on it.)
 */
export interface SecretsByPlatform {
  credgenics: CredgenicsSecret;
  glaas: GlaasSecret;
}

export interface Vault {
  status(): StorageStatus;
  isConfigured(platform: Platform): boolean;
  get<P extends Platform>(platform: P): SecretsByPlatform[P] | undefined;
  /**
   * @param origins where the secret was entered to be sent (scheme://host:port). A secret is
   * used only while the platform's addresses stay within these; see services/origins.ts.
   */
  set<P extends Platform>(platform: P, secret: SecretsByPlatform[P], origins?: readonly string[]): void;
  /** The origins the platform's secret was entered for; undefined when none were recorded. */
  boundOrigins(platform: Platform): readonly string[] | undefined;
  /**
   * Binds a secret saved before secrets had origins to the addresses in use now (the ones it
   * has been sent to all along). A secret that already has origins is left alone.
   */
  adoptUnbound(platform: Platform, origins: readonly string[] | undefined): void;
  remove(platform: Platform): void;
  /** The user's choice about weak (basic_text) storage. Turning it off wipes stored secrets. */
  setWeakStorageAccepted(accept: boolean): void;
  /** Every secret known right now, for the log and error redactors. */
  knownSecrets(): string[];
  /** A secret that is not stored but must be hidden too (a GLAAS session id); the last few are kept. */
  noteTransient(secret: string): void;
}

const SECURE_BACKENDS = new Set(['keychain', 'dpapi', 'gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6']);
const keyFor = (platform: Platform) => `vault.${platform}`;
const WEAK_KEY = 'vault.weakStorageAccepted';

/** What is encrypted: the secret and where it may go (so the origins cannot be edited on disk). */
interface SealedSecret {
  secret: SecretsByPlatform[Platform];
  origins: string[];
}

interface StoredSecret {
  /** Base64 of safeStorage's cipher text. */
  data: string;
  /** The backend that encrypted it: if it changes, decryption will fail and we say so. */
  backend: string;
}

export function createVault(deps: { cipher: CipherPort; store: KeyValuePort; log: Logger }): Vault {
  const { cipher, store, log } = deps;
  const session = new Map<Platform, SecretsByPlatform[Platform]>();
  const origins = new Map<Platform, string[]>();
  const transient: string[] = [];
  let unreadable = false;

  const backend = (): string => {
    try {
      return cipher.isEncryptionAvailable() ? cipher.backend() : 'unavailable';
    } catch {
      return 'unavailable';
    }
  };
  const secure = () => SECURE_BACKENDS.has(backend());
  const weakAccepted = () => store.get(WEAK_KEY) === true;
  const canPersist = () => secure() || (weakAccepted() && backend() !== 'unavailable');

  function readStored(platform: Platform): SealedSecret | undefined {
    const stored = store.get(keyFor(platform)) as StoredSecret | undefined;
    if (!stored || typeof stored.data !== 'string') return undefined;
    try {
      const plain = JSON.parse(cipher.decrypt(Buffer.from(stored.data, 'base64'))) as unknown;
      // Builds before host binding sealed the bare secret: it has no origins yet.
      if (plain && typeof plain === 'object' && 'secret' in plain) return plain as SealedSecret;
      return { secret: plain as SecretsByPlatform[Platform], origins: [] };
    } catch {
      // The key ring changed or is locked. Keep the cipher text (the key ring may come back) but
      // tell the user to enter the secret again rather than failing every call.
      unreadable = true;
      log.warn('vault: stored credentials could not be decrypted', { platform, backend: stored.backend });
      return undefined;
    }
  }

  function loadOnce(): void {
    for (const platform of ['credgenics', 'glaas'] as const) {
      if (session.has(platform)) continue;
      const sealed = canPersist() ? readStored(platform) : undefined;
      if (sealed) {
        session.set(platform, sealed.secret);
        origins.set(platform, sealed.origins);
      }
    }
  }
  loadOnce();

  function persist(platform: Platform, secret: SecretsByPlatform[Platform]): void {
    if (!canPersist()) return;
    const sealed: SealedSecret = { secret, origins: origins.get(platform) ?? [] };
    const data = Buffer.from(cipher.encrypt(JSON.stringify(sealed))).toString('base64');
    store.set(keyFor(platform), { data, backend: backend() } satisfies StoredSecret);
  }

  return {
    status: () => ({
      backend: backend(),
      secure: secure(),
      weakStorageAccepted: weakAccepted(),
      persistent: canPersist(),
      unreadable,
    }),
    isConfigured: (platform) => session.has(platform),
    get: (platform) => session.get(platform) as SecretsByPlatform[typeof platform] | undefined,
    set(platform, secret, where = []) {
      session.set(platform, secret);
      origins.set(platform, [...where]);
      persist(platform, secret);
      unreadable = false;
      log.info('vault: credentials saved', { platform, persistent: canPersist() });
    },
    boundOrigins(platform) {
      const bound = origins.get(platform);
      return bound && bound.length > 0 ? bound : undefined;
    },
    adoptUnbound(platform, where) {
      const secret = session.get(platform);
      if (!secret || !where || where.length === 0 || (origins.get(platform)?.length ?? 0) > 0) return;
      origins.set(platform, [...where]);
      persist(platform, secret);
      log.info('vault: saved credentials bound to the addresses in use', { platform, origins: where });
    },
    remove(platform) {
      session.delete(platform);
      origins.delete(platform);
      store.delete(keyFor(platform));
      log.info('vault: credentials removed', { platform });
    },
    setWeakStorageAccepted(accept) {
      store.set(WEAK_KEY, accept);
      if (accept) {
        for (const [platform, secret] of session) persist(platform, secret);
      } else if (!secure()) {
        // Withdrawn consent means nothing weakly protected stays on disk.
        for (const platform of ['credgenics', 'glaas'] as const) store.delete(keyFor(platform));
      }
      log.info('vault: weak storage choice changed', { accepted: accept });
    },
    knownSecrets() {
      const out: string[] = [];
      const cg = session.get('credgenics') as CredgenicsSecret | undefined;
      const gl = session.get('glaas') as GlaasSecret | undefined;
      if (cg) out.push(cg.token);
      if (gl) out.push(gl.password);
      return [...out, ...transient];
    },
    noteTransient(secret) {
      if (!secret || transient.includes(secret)) return;
      transient.push(secret);
      if (transient.length > 8) transient.shift();
    },
  };
}
