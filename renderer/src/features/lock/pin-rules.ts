import type { MessageKey } from '../../i18n';

/**
 * The PIN rules of shared/contract-lock.ts (PinInput), checked here first so the agent reads a
 * plain reason before anything is sent; the main process checks them again.
 */
export type PinProblem = 'empty' | 'shortDigits' | 'shortPassphrase' | 'tooLong' | 'different';

export const MAX_PIN_LENGTH = 128;

export function pinProblem(pin: string): PinProblem | undefined {
  if (pin.length === 0) return 'empty';
  if (pin.length > MAX_PIN_LENGTH) return 'tooLong';
  if (/^\d+$/.test(pin)) return pin.length >= 6 ? undefined : 'shortDigits';
  return pin.length >= 8 ? undefined : 'shortPassphrase';
}

/** A new PIN is typed twice: a typo in a PIN nobody can see would lock the agent out. */
export function newPinProblem(pin: string, again: string): PinProblem | undefined {
  return pinProblem(pin) ?? (pin === again ? undefined : 'different');
}

export const pinProblemMessage: Record<PinProblem, MessageKey> = {
  empty: 'lock.pin.empty',
  shortDigits: 'lock.pin.shortDigits',
  shortPassphrase: 'lock.pin.shortPassphrase',
  tooLong: 'lock.pin.tooLong',
  different: 'lock.pin.different',
};
