import { describe, expect, it } from 'vitest';
import { formatAadhaar, formatPan, maskAadhaar, maskPan } from '../../../renderer/src/ui/mask';

describe('maskAadhaar', () => {
  it('keeps only the last 4 digits, grouped as on the card', () => {
    expect(maskAadhaar('235498671293')).toBe('XXXX XXXX 1293');
    expect(maskAadhaar('2354 9867 1293')).toBe('XXXX XXXX 1293');
    expect(maskAadhaar('2354-9867-1293')).toBe('XXXX XXXX 1293');
  });

  it('never shows more than 4 characters of a malformed value', () => {
    expect(maskAadhaar('23549867129')).toBe('XXXXXXX7129');
    expect(maskAadhaar('1234')).toBe('XXXX');
    expect(maskAadhaar('12')).toBe('XX');
  });
});

describe('maskPan', () => {
  it('hides the 5 letters and keeps the digits and the check letter', () => {
    expect(maskPan('ADJIY3516D')).toBe('XXXXX3516D');
    expect(maskPan('ADJIY-3516-D')).toBe('XXXXX3516D');
    expect(maskPan('adjiy3516d')).toBe('XXXXX3516D');
  });

  it('keeps only the last 4 characters of something that is not a PAN', () => {
    expect(maskPan('ADJIY35160')).toBe('XXXXXX5160');
    expect(maskPan('ABC')).toBe('XXX');
  });
});

describe('revealed forms', () => {
  it('groups an Aadhaar and normalises a PAN', () => {
    expect(formatAadhaar('235498671293')).toBe('2354 9867 1293');
    expect(formatPan('ADJIY-3516-D')).toBe('ADJIY3516D');
  });
});
