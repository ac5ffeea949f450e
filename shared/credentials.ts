import { z } from 'zod';
import { CredgenicsEnvironment, ConnectionCheck, GlaasEnvironment } from './settings';

/**
 * What the renderer may know about credentials: whether they are set, never what they are.
 */
export const StorageStatus = z.object({
  /** safeStorage's backend: 'keychain', 'dpapi', 'gnome_libsecret', 'kwallet5', 'basic_text', 'unavailable' ... */
  backend: z.string().max(40),
  /** True when an OS key store protects the secrets. */
  secure: z.boolean(),
  /** The user chose to keep secrets on disk although no OS key store protects them. */
  weakStorageAccepted: z.boolean(),
  /** Secrets survive a restart (secure store, or weak storage accepted). Otherwise session only. */
  persistent: z.boolean(),
  /** Stored secrets could not be read (key store changed or locked): enter them again. */
  unreadable: z.boolean(),
});
export type StorageStatus = z.infer<typeof StorageStatus>;

export const PlatformCredentialStatus = z.object({
  configured: z.boolean(),
  /** A secret is saved, but for other addresses than the ones set now: it must be entered again. */
  hostChanged: z.boolean().optional(),
  environment: z.string().max(20).optional(),
  lastCheck: ConnectionCheck.optional(),
});
export type PlatformCredentialStatus = z.infer<typeof PlatformCredentialStatus>;

export const CredentialsStatus = z.object({
  storage: StorageStatus,
  credgenics: PlatformCredentialStatus,
  glaas: PlatformCredentialStatus,
});
export type CredentialsStatus = z.infer<typeof CredentialsStatus>;

/** Secrets are strings of sane length with no control characters (they go into HTTP headers). */
const SecretText = (label: string, max: number) =>
  z
    .string()
    .min(1, `Enter the ${label}`)
    .max(max, `The ${label} is too long`)
    .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), `The ${label} contains characters that cannot be sent`);

export const CredgenicsSecretInput = z.strictObject({
  token: SecretText('auth token', 4096),
});
export type CredgenicsSecret = z.infer<typeof CredgenicsSecretInput>;

export const GlaasSecretInput = z.strictObject({
  username: SecretText('username', 200),
  password: SecretText('password', 500),
});
export type GlaasSecret = z.infer<typeof GlaasSecretInput>;

export const environmentOf = {
  credgenics: CredgenicsEnvironment,
  glaas: GlaasEnvironment,
};
