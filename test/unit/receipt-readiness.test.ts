import { describe, expect, it } from 'vitest';
import { receiptReadiness } from '../../renderer/src/features/settings/receipt-readiness';

describe('what a receipt message still needs', () => {
  const full = { eventName: 'Payment receipt', inboundBotId: 'bot-1', sendTo: 'applicant' };
  it('is off when no part of the message is typed, whatever the Credgenics settings', () => {
    expect(receiptReadiness({}, { role: 'agent', companyId: 'c1' })).toEqual({ state: 'off' });
    expect(receiptReadiness({ eventName: '  ' }, {})).toEqual({ state: 'off' });
  });
  it('names the role and company id when only they are missing (the trigger needs the role header)', () => {
    expect(receiptReadiness(full, {})).toEqual({ state: 'missing', missing: ['role', 'companyId'] });
    expect(receiptReadiness(full, { companyId: 'c1' })).toEqual({ state: 'missing', missing: ['role'] });
  });
  it('names a missing part of the message itself', () => {
    expect(receiptReadiness({ eventName: 'Payment receipt' }, { role: 'agent', companyId: 'c1' })).toEqual({
      state: 'missing',
      missing: ['inboundBotId', 'sendTo'],
    });
  });
  it('is on with everything', () => {
    expect(receiptReadiness(full, { role: 'agent', companyId: 'c1' })).toEqual({ state: 'on', event: 'Payment receipt' });
  });
});
