import { describe, expect, it } from 'vitest';
import { namesMatch, ocrFieldLabel, ocrHolderName } from '../../../renderer/src/features/kyc/ocr-fields';

describe('OCR fields in words', () => {
  it('names the keys GLAAS sends in words, and makes an unknown key readable', () => {
    expect(ocrFieldLabel('acc_no')).toBe('Account number');
    expect(ocrFieldLabel('bank_name')).toBe('Bank');
    expect(ocrFieldLabel('ifsc')).toBe('IFSC');
    expect(ocrFieldLabel('dob')).toBe('Date of birth');
    expect(ocrFieldLabel('mother_maiden_name')).toBe('Mother maiden name');
    for (const key of ['acc_no', 'bank_id', 'bank_logo', 'pan', 'name']) expect(ocrFieldLabel(key)).not.toContain('_');
  });
});

describe('the OCR name against the borrower’s', () => {
  it('finds the holder’s name among the fields', () => {
    expect(ocrHolderName([{ key: 'acc_no', value: '1' }, { key: 'name', value: ' DEEPAK RATHORE ' }])).toBe('DEEPAK RATHORE');
    expect(ocrHolderName([{ key: 'bank_name', value: 'Canara Bank' }])).toBeUndefined();
  });

  it('matches the same person written differently, and flags a different person', () => {
    expect(namesMatch('DEEPAK RATHORE', 'Deepak Rathore')).toBe(true);
    expect(namesMatch('RATHORE DEEPAK', 'Deepak Rathore')).toBe(true);
    expect(namesMatch('Deepak Kumar Rathore', 'Deepak Rathore')).toBe(true);
    expect(namesMatch('Deepak K. Rathore', 'Deepak Rathore')).toBe(true);
    expect(namesMatch('DEEPAK RATHORE', 'Bhavani Raju')).toBe(false);
    expect(namesMatch('Deepak Sharma', 'Deepak Rathore')).toBe(false);
    expect(namesMatch('Deepak', 'Deepak Rathore')).toBe(false);
  });
});
