import { describe, expect, it } from 'vitest';
import { modeWords, statusWords } from '../../../renderer/src/features/repayments/line-words';

describe('deposit lists in words', () => {
  it('says cash was posted to GLAAS as the mapped mode, instead of calling it CHEQUE', () => {
    expect(modeWords({ source: 'deposit', collectedAs: 'cash', paymentMode: 'CHEQUE' })).toBe('Cash (posted to GLAAS as CHEQUE)');
    expect(modeWords({ source: 'deposit', collectedAs: 'bank-transfer', paymentMode: 'NACH' })).toBe('Bank transfer (posted to GLAAS as NACH)');
    // Nothing was mapped: the method alone.
    expect(modeWords({ source: 'deposit', collectedAs: 'cheque', paymentMode: 'CHEQUE' })).toBe('Cheque');
    expect(modeWords({ source: 'deposit', collectedAs: 'upi', paymentMode: 'UPI' })).toBe('UPI or online');
  });

  it('reads the method of a line saved before it was kept, from the deposit comment', () => {
    expect(modeWords({ source: 'deposit', comment: 'FieldDesk deposit of cash; receipts FD-1', paymentMode: 'CHEQUE' })).toBe(
      'Cash (posted to GLAAS as CHEQUE)',
    );
  });

  it('a branch grid row says the GLAAS mode in words', () => {
    expect(modeWords({ source: 'grid', paymentMode: 'NACH' })).toBe('NACH (bank mandate)');
    expect(modeWords({ source: 'grid', paymentMode: 'CHEQUE', comment: 'FieldDesk deposit of cash; x' })).toBe('Cheque');
  });

  it('says statuses in words, never the raw enum', () => {
    expect(statusWords('READY_FOR_PAYMENT')).toBe('Received by GLAAS, waiting to be applied');
    expect(statusWords('ACCEPTED')).toBe('Accepted by GLAAS');
    expect(statusWords('BOUNCED')).toBe('Refused by GLAAS (bounced)');
    expect(statusWords('ON_HOLD')).toBe('GLAAS says: on hold');
  });
});
