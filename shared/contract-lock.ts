import { z } from 'zod';
import { NoInput } from './contract-core';

/**
 * The app lock and the keys of the encrypted store (issue 13).
 *
 * Two keys, both random 256-bit AES-GCM keys made in the main process:
 * - the **data key** seals the borrower cache (loans, snapshots, visits, deposits, repayments,
 *   audit). It is wrapped by a key derived from the PIN (PBKDF2-SHA-256, 600,000 rounds) and the
 *   wrapped key is stored through safeStorage: neither the disk alone nor the OS account alone
 *   opens it.
 * - the **send key** seals what must still reach a platform (outbox payloads, KYC files waiting
 *   to upload). It is stored through safeStorage only, like the platform credentials that would
 *   send those items, so a forgotten PIN never costs unsent work.
 *
 * The lock state lives in the main process: a renderer reload while unlocked resumes without the
 * PIN; after a lock (idle, Ctrl+L, sleep, screen lock) only the PIN or the credentials open it.
 */

/** A PIN of 6+ digits, or a passphrase of 8+ characters. Checked again in the main process. */
export const PinInput = z
  .string()
  .min(6)
  .max(128)
  .refine((pin) => /^\d{6,}$/.test(pin) || (pin.length >= 8 && !/^\d+$/.test(pin)), {
    message: 'Use 6 or more digits, or a passphrase of 8 or more characters.',
  });

const Base64Key = z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'a 32-byte key in base64');

export const LockKeys = z.object({
  dataKey: Base64Key,
  sendKey: Base64Key,
  /**
   * False only after a reset at a cold start: the old data key was never in memory, so the
   * borrower cache sealed with it cannot be opened and the renderer removes it (unsent work,
   * sealed with the send key, is kept).
   */
  dataKept: z.boolean(),
});
export type LockKeys = z.infer<typeof LockKeys>;

export const LockStatus = z.object({
  state: z.enum(['no-pin', 'locked', 'unlocked']),
  /** Wrong PINs left before the credentials are asked for (10 in all). */
  triesLeft: z.number().int().min(0),
  /** Ten wrong PINs: only the platform credentials open the way to a new PIN. */
  credentialsRequired: z.boolean(),
  /** Which platforms' credentials a reset can check (those saved, or training's demo ones). */
  resetWith: z.array(z.enum(['credgenics', 'glaas'])).max(2),
});
export type LockStatus = z.infer<typeof LockStatus>;

export const ResetInput = z.strictObject({
  /** The Credgenics token as saved in Settings. */
  credgenicsToken: z.string().max(2000).optional(),
  glaasUsername: z.string().max(200).optional(),
  glaasPassword: z.string().max(200).optional(),
  newPin: PinInput,
});
export type ResetInput = z.infer<typeof ResetInput>;

export const SystemLockEvent = z.object({ reason: z.enum(['suspend', 'lock-screen']) });

export const WipeReport = z.object({
  /** Plain-English names of what was removed, e.g. "saved Credgenics token". */
  removed: z.array(z.string().max(200)).max(50),
});
export type WipeReport = z.infer<typeof WipeReport>;

export const lockChannels = {
  'lock.status': { input: NoInput, output: LockStatus },
  /**
   * First run (no PIN yet) or a change of PIN while unlocked. A change needs the current PIN:
   * an unlocked laptop left on a table must not let someone else make the PIN theirs. A wrong
   * one counts as a wrong PIN (any length, so it is counted rather than refused unread).
   */
  'lock.setPin': { input: z.strictObject({ pin: PinInput, currentPin: z.string().max(128).optional() }), output: LockKeys },
  'lock.unlock': { input: z.strictObject({ pin: z.string().max(128) }), output: LockKeys },
  /** The keys again after a renderer reload, only while the main process is unlocked. */
  'lock.resume': { input: NoInput, output: LockKeys },
  'lock.lock': { input: NoInput, output: LockStatus },
  'lock.resetWithCredentials': { input: ResetInput, output: LockKeys },
  /** Resolves at the next sleep or screen lock (the renderer asks again after each). */
  'lock.waitForSystemLock': { input: NoInput, output: SystemLockEvent },
  /** Sign-out's last step: the lock record, both keys, the credentials, borrower settings. */
  'lock.wipe': { input: NoInput, output: WipeReport },
} as const;
