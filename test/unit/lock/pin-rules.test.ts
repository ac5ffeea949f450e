import { describe, expect, it } from 'vitest';
import { PinInput } from '../../../shared/contract-lock';
import { newPinProblem, pinProblem } from '../../../renderer/src/features/lock/pin-rules';

describe('PIN rules', () => {
  it('takes 6+ digits or a passphrase of 8+ characters', () => {
    expect(pinProblem('135790')).toBeUndefined();
    expect(pinProblem('1357902468')).toBeUndefined();
    expect(pinProblem('monsoon-42')).toBeUndefined();
    expect(pinProblem('चाय पानी आठ')).toBeUndefined();
  });

  it('names what is wrong', () => {
    expect(pinProblem('')).toBe('empty');
    expect(pinProblem('12345')).toBe('shortDigits');
    expect(pinProblem('abc1234')).toBe('shortPassphrase');
    expect(pinProblem('1'.repeat(129))).toBe('tooLong');
  });

  it('asks for the same PIN twice', () => {
    expect(newPinProblem('135790', '135790')).toBeUndefined();
    expect(newPinProblem('135790', '135709')).toBe('different');
    // The PIN itself is judged first: "too short" helps more than "not the same".
    expect(newPinProblem('123', '456')).toBe('shortDigits');
  });

  it('agrees with the contract the main process checks', () => {
    const samples = ['', '1', '12345', '123456', '1234567', 'abcdefg', 'abcdefgh', 'abc 1234', '12345678a', ' 123456', '1'.repeat(128), '1'.repeat(129), 'पासवर्ड१२३४'];
    for (const pin of samples) {
      expect(pinProblem(pin) === undefined, JSON.stringify(pin)).toBe(PinInput.safeParse(pin).success);
    }
  });
});
