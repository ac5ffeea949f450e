import { create } from 'zustand';
import type { LockKeys, LockStatus, ResetInput } from '../../../../shared/contract-lock';
import type { ApiError, Result } from '../../../../shared/result';
import { api } from '../../api';
import { installKeys } from '../../db/crypto/keyring';
import { openStoreWith } from '../../db/crypto/open-store';
import { storeExistedBefore } from '../../db/store-presence';
import { db } from '../../db/schema';
import { t } from '../../i18n';

/**
 * Where the app stands with its lock. The screens show only in `unlocked`; the background
 * services (sync, refreshes) run from the first time the keys arrive, locked or not.
 */
export type LockPhase =
  | { name: 'starting' }
  | { name: 'start-failed'; error: ApiError }
  | { name: 'set-pin' }
  | { name: 'locked' }
  | { name: 'reset' }
  | { name: 'reset-done'; removed: number }
  | { name: 'unlocked' };

interface LockState {
  phase: LockPhase;
  status?: LockStatus;
  /** The keys are installed and anything unreadable is gone: IndexedDB may be read from now on. */
  servicesReady: boolean;
}

export const useLockStore = create<LockState>(() => ({ phase: { name: 'starting' }, servicesReady: false }));

const setPhase = (phase: LockPhase) => useLockStore.setState({ phase });

/** What a PIN or reset attempt came to, for the screen that asked. */
export type Attempt =
  | { ok: true }
  | { ok: false; wrongPin: true; status: LockStatus; error: ApiError }
  | { ok: false; wrongPin: false; error: ApiError };

async function refreshStatus(): Promise<LockStatus | undefined> {
  const status = await api.lock.status();
  if (!status.ok) return undefined;
  useLockStore.setState({ status: status.value });
  return status.value;
}

/**
 * Keys from the main process, and the store opened with them (what a lost data key sealed is
 * removed, an older build's clear records sealed) before the services may start reading.
 */
async function accept(keys: LockKeys): Promise<Accepted> {
  const opened = await openStoreWith(keys, db(), storeExistedBefore());
  useLockStore.setState({ servicesReady: true });
  return { dataKept: keys.dataKept, removed: opened.removedUnreadable };
}

interface Accepted {
  dataKept: boolean;
  removed: number;
}

let starting: Promise<void> | undefined;

/** At start: resume an unlocked session, or show the lock or the first PIN screen. Runs once. */
export function startLock(): Promise<void> {
  starting ??= begin();
  return starting;
}

async function begin(): Promise<void> {
  // Both asked at once (one round trip less at start): a resume while locked is only refused.
  const [status, resumed] = await Promise.all([api.lock.status(), api.lock.resume()]);
  if (!status.ok) return setPhase({ name: 'start-failed', error: status.error });
  useLockStore.setState({ status: status.value });
  if (status.value.state === 'no-pin') return setPhase({ name: 'set-pin' });
  if (status.value.state === 'locked') return setPhase(status.value.credentialsRequired ? { name: 'reset' } : { name: 'locked' });
  // The main process locked in between (sleep at the wrong moment): the PIN opens it.
  if (!resumed.ok) return setPhase({ name: 'locked' });
  await accept(resumed.value);
  setPhase({ name: 'unlocked' });
}

/** "Try again" after the main process could not answer at start. */
export function retryStart(): Promise<void> {
  starting = undefined;
  setPhase({ name: 'starting' });
  return startLock();
}

/** Hides every screen at once, then tells the main process (which forgets nothing it needs to send). */
export async function lockNow(): Promise<void> {
  const { phase } = useLockStore.getState();
  if (phase.name !== 'unlocked') return;
  setPhase({ name: 'locked' });
  const status = await api.lock.lock();
  if (status.ok) useLockStore.setState({ status: status.value });
}

/** Wrong PINs (and wrong credentials) come back as these kinds; anything else is a real failure. */
const isRefusal = (error: ApiError) => error.kind === 'auth' || error.kind === 'rejected';

async function settle(result: Result<LockKeys>, after: (accepted: Accepted) => void): Promise<Attempt> {
  if (result.ok) {
    let accepted: Accepted;
    try {
      accepted = await accept(result.value);
    } catch {
      // The PIN was right but the unreadable cache could not be cleared: say so, keep the lock.
      return { ok: false, wrongPin: false, error: { kind: 'rejected', message: t('lock.removeFailed') } };
    }
    after(accepted);
    return { ok: true };
  }
  const status = await refreshStatus();
  if (isRefusal(result.error) && status) return { ok: false, wrongPin: true, status, error: result.error };
  return { ok: false, wrongPin: false, error: result.error };
}

export async function unlockWithPin(pin: string): Promise<Attempt> {
  const attempt = await settle(await api.lock.unlock({ pin }), () => setPhase({ name: 'unlocked' }));
  if (!attempt.ok && attempt.wrongPin && attempt.status.credentialsRequired) setPhase({ name: 'reset' });
  return attempt;
}

/** The first PIN on this laptop; the first-run set-up follows as before. */
export async function setFirstPin(pin: string): Promise<Attempt> {
  return settle(await api.lock.setPin({ pin }), () => setPhase({ name: 'unlocked' }));
}

/**
 * A new PIN while unlocked (Settings): the keys stay the same, only their wrapping changes. The
 * current PIN is asked for, and a wrong one is one of the ten tries; the tenth locks the app.
 */
export async function changePin(currentPin: string, pin: string): Promise<Result<unknown>> {
  // Fresh: after an unlock the tries are back at ten, which the status read at start does not know.
  const before = (await refreshStatus())?.triesLeft;
  const result = await api.lock.setPin({ pin, currentPin });
  if (result.ok) {
    installKeys(result.value);
    return result;
  }
  const status = await refreshStatus();
  if (status?.state === 'locked') {
    setPhase(status.credentialsRequired ? { name: 'reset' } : { name: 'locked' });
    return result;
  }
  if (status && before !== undefined && status.triesLeft < before) {
    const left = status.triesLeft;
    return { ok: false, error: { kind: 'rejected', message: left === 1 ? t('lock.locked.wrongOne') : t('lock.locked.wrong', { count: left }) } };
  }
  return result;
}

export async function resetWithCredentials(input: ResetInput): Promise<Attempt> {
  return settle(await api.lock.resetWithCredentials(input), ({ dataKept, removed }) =>
    setPhase(dataKept ? { name: 'unlocked' } : { name: 'reset-done', removed }),
  );
}

export function showReset(): void {
  void refreshStatus();
  setPhase({ name: 'reset' });
}

/** Back from the reset screen, unless ten wrong PINs made it the only way. */
export function backToLock(): void {
  if (!useLockStore.getState().status?.credentialsRequired) setPhase({ name: 'locked' });
}

export function enterApp(): void {
  setPhase({ name: 'unlocked' });
}
