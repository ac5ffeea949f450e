import { describe, expect, it } from 'vitest';
import { createLogger, type LogRecord } from '../../electron/main/services/log';

describe('logger', () => {
  it('hides known secrets anywhere in a record, and secret-named keys always', () => {
    const records: LogRecord[] = [];
    const log = createLogger((r) => records.push(r), () => ['tok-ABCDEF-123', 'pw-xyz-789']);
    log.info('calling with tok-ABCDEF-123', {
      nested: { deeper: ['pw-xyz-789 in a list'] },
      sessionId: 'abc-session',
      authenticationtoken: 'anything',
      applicant_aadhar_number: '234123412346',
      failure: new Error('401 for token tok-ABCDEF-123'),
    });
    const text = JSON.stringify(records);
    expect(text).not.toContain('tok-ABCDEF-123');
    expect(text).not.toContain('pw-xyz-789');
    expect(text).not.toContain('abc-session');
    expect(text).not.toContain('234123412346');
    expect(records[0]?.message).toBe('calling with [hidden]');
    expect(records[0]?.data?.sessionId).toBe('[hidden]');
  });
});
