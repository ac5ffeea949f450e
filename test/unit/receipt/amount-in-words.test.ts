import { describe, expect, it } from 'vitest';
import { amountInWords } from '../../../renderer/src/features/collections/receipt/amount-in-words';

describe('amount in words (Indian system)', () => {
  it('says lakh, rupees and paise', () => {
    expect(amountInWords(123456.5)).toBe(
      'One Lakh Twenty Three Thousand Four Hundred Fifty Six Rupees And Fifty Paise Only',
    );
  });

  it('says crore', () => {
    expect(amountInWords(10_000_000)).toBe('One Crore Rupees Only');
    expect(amountInWords(25_00_00_000)).toBe('Twenty Five Crore Rupees Only');
  });

  it('says whole rupees without paise', () => {
    expect(amountInWords(12345)).toBe('Twelve Thousand Three Hundred Forty Five Rupees Only');
    expect(amountInWords(500)).toBe('Five Hundred Rupees Only');
  });

  it('says one rupee and one paisa in the singular', () => {
    expect(amountInWords(1)).toBe('One Rupee Only');
    expect(amountInWords(1.01)).toBe('One Rupee And One Paisa Only');
  });

  it('says paise alone without "Zero Rupees"', () => {
    expect(amountInWords(0.5)).toBe('Fifty Paise Only');
  });

  it('says a large amount in crore and lakh, with paise', () => {
    expect(amountInWords(999_999_999.99)).toBe(
      'Ninety Nine Crore Ninety Nine Lakh Ninety Nine Thousand Nine Hundred Ninety Nine Rupees And Ninety Nine Paise Only',
    );
  });

  it('rounds float noise to whole paise', () => {
    expect(amountInWords(2.2 + 0.1)).toBe('Two Rupees And Thirty Paise Only');
    expect(amountInWords(12345.5)).toBe('Twelve Thousand Three Hundred Forty Five Rupees And Fifty Paise Only');
    expect(amountInWords(4.349999)).toBe('Four Rupees And Thirty Five Paise Only');
  });

  it('has no words for zero, negative or non-finite amounts', () => {
    for (const bad of [0, -5, Number.NaN, Number.POSITIVE_INFINITY, 0.004]) expect(amountInWords(bad)).toBeUndefined();
  });
});

describe('in Hindi', () => {
  it('writes rupees and paise in Hindi, ending with मात्र as receipts do', () => {
    expect(amountInWords(12345.5, 'hi')).toBe('बारह हज़ार तीन सौ पैंतालीस रुपये और पचास पैसे मात्र');
    expect(amountInWords(10_000_000, 'hi')).toBe('एक करोड़ रुपये मात्र');
    expect(amountInWords(0, 'hi')).toBeUndefined();
  });
});
