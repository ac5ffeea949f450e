import type { LockKeys } from '../../../../shared/contract-lock';

/**
 * The two keys of the encrypted store, in this renderer's memory only (never in storage).
 *
 * - `data` seals the borrower cache; it comes from the main process after the PIN.
 * - `send` seals what must still reach a platform (outbox payloads, KYC files not yet uploaded).
 *
 * Locking the app hides the screens but keeps the keys: the outbox keeps sending while locked,
 * and its handlers update records when the platforms answer. Quitting the app, or signing out,
 * is what forgets them.
 */
export interface StoreKeys {
  data: Uint8Array;
  send: Uint8Array;
}

let keys: StoreKeys | undefined;
let waiting: Array<() => void> = [];

function fromBase64(text: string): Uint8Array {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  if (bytes.length !== 32) throw new Error('A store key must be 32 bytes.');
  return bytes;
}

/** Takes the keys the main process gave (after the PIN, a reset, or a resume). */
export function installKeys(given: Pick<LockKeys, 'dataKey' | 'sendKey'>): void {
  installRawKeys({ data: fromBase64(given.dataKey), send: fromBase64(given.sendKey) });
}

export function installRawKeys(given: StoreKeys): void {
  keys = { data: given.data.slice(), send: given.send.slice() };
  const ready = waiting;
  waiting = [];
  for (const resolve of ready) resolve();
}

export function hasKeys(): boolean {
  return keys !== undefined;
}

/** Resolves once the keys are here (the sync engine waits for it at a cold start). */
export function keysReady(): Promise<void> {
  if (keys) return Promise.resolve();
  return new Promise((resolve) => waiting.push(resolve));
}

/** The keys, or a clear error: reading the store before unlock is a programming mistake. */
export function currentKeys(): StoreKeys {
  if (!keys) throw new Error('The store is locked: no key yet (unlock first).');
  return keys;
}

let plaintextForTests = false;

/**
 * Test-only: records are written in clear, so the disk test can prove its search finds what is
 * there (the control). Only the browser harness can turn it on (main.tsx checks that the main
 * process is the harness, never the Electron shell).
 */
export function setPlaintextForTests(on: boolean): void {
  plaintextForTests = on;
}

export function isPlaintextForTests(): boolean {
  return plaintextForTests;
}

/** Sign-out: the keys leave memory (the bytes are overwritten, not just dropped). */
export function forgetKeys(): void {
  if (keys) {
    keys.data.fill(0);
    keys.send.fill(0);
  }
  keys = undefined;
}
