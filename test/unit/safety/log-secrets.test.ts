import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * The logger's own rules for secrets: every spelling its key pattern names, and which secret values
 * it hides. The redactor is a spy that calls the real redact.ts, so the log lines are the real
 * ones and a logger made without a secrets source can be seen to hand it no default list.
 */

vi.mock('../../../electron/main/services/redact', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/main/services/redact')>();
  return { ...real, redactText: vi.fn(real.redactText) };
});

const { createLogger } = await import('../../../electron/main/services/log');
const { redactText } = await import('../../../electron/main/services/redact');
type LogRecord = import('../../../electron/main/services/log').LogRecord;

function logger(secrets?: () => readonly string[]) {
  const records: LogRecord[] = [];
  return { log: createLogger((r) => records.push(r), secrets), records };
}
const secretsHanded = () => vi.mocked(redactText).mock.calls.map((call) => call[1]);

afterEach(() => vi.clearAllMocks());

describe('each alternative of the secret-key pattern (log.ts SECRET_KEYS) hides its value', () => {
  it.each([
    // aadha?a?r: the three spellings it allows, alone, inside a longer name, in capitals
    'aadhr', 'aadhar', 'aadhaar', 'applicant_aadhr', 'co_applicant_aadhaar_no', 'AADHAR',
    // ^(new_?|current_?)?pin$: pin, newpin, new_pin, currentPin (Change PIN), the whole name only
    'pin', 'newpin', 'new_pin', 'NEW_PIN', 'currentPin', 'current_pin',
    'token', 'password', 'secret', 'sessionid', 'authorization', 'cookie', 'pan_number', 'passphrase', 'datakey', 'sendkey',
  ])('%s', (key) => {
    const { log, records } = logger();
    log.warn('m', { [key]: 'value-5678' });
    expect(records[0]?.data).toStrictEqual({ [key]: '[hidden]' });
  });

  it.each(['pinned', 'spin', 'pin_hint_shown', 'new_pins', 'loanId'])(
    '%s is not a secret name and is kept',
    (key) => {
      const { log, records } = logger();
      log.warn('m', { [key]: 'value-5678' });
      expect(records[0]?.data).toStrictEqual({ [key]: 'value-5678' });
    },
  );
});

describe('which secret values the logger hides', () => {
  it('none when made without a secrets source: the redactor is handed an empty list every time', () => {
    const { log, records } = logger();
    log.info('synced loan L-1001 for Ravi', { note: 'plain words' });
    expect(records[0]).toMatchObject({ message: 'synced loan L-1001 for Ravi', data: { note: 'plain words' } });
    expect(secretsHanded().length).toBeGreaterThan(0);
    for (const secrets of secretsHanded()) expect(secrets).toEqual([]);
  });

  it('only secrets of 4 characters or more are hidden: an empty one and a short one ("a", "abc") do not blank ordinary words', () => {
    const { log, records } = logger(() => ['', 'a', 'abc', 'abcd', 'Zq9mXv2w']);
    log.info('a cat, abcd, Zq9mXv2w', { note: 'abc a' });
    expect(records[0]).toMatchObject({ message: 'a cat, [hidden], [hidden]', data: { note: 'abc a' } });
  });

  it('a secret the vault does not hold (undefined, a stored credential without its token) is skipped, not a crash', () => {
    const { log, records } = logger(() => [undefined as unknown as string, 'Zq9mXv2w']);
    log.error('failed with Zq9mXv2w', { why: 'Zq9mXv2w' });
    expect(records[0]).toMatchObject({ message: 'failed with [hidden]', data: { why: '[hidden]' } });
  });
});
