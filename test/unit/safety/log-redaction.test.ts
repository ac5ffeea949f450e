import { afterEach, describe, expect, it, vi } from 'vitest';
import { consoleSink, createLogger, type LogRecord } from '../../../electron/main/services/log';

/**
 * The logger is the last stop before a log file a lost laptop gives away: secrets by key name, by
 * value, at any depth. Mutation testing found its rules loosely pinned (test/MUTANTS.md).
 */

function logger(secrets: string[] = []) {
  const records: LogRecord[] = [];
  return { log: createLogger((r) => records.push(r), () => secrets), records };
}

describe('the logger hides secrets by key name', () => {
  it.each([
    'token', 'accessToken', 'password', 'clientSecret', 'sessionId', 'Authorization', 'cookie',
    'aadhaar', 'aadhar', 'aadhaar_number', 'pan_number', 'pin', 'PIN', 'newPin', 'new_pin', 'passphrase', 'dataKey', 'sendKey',
  ])('%s → [hidden]', (key) => {
    const { log, records } = logger();
    log.info('m', { [key]: 'value-1234' });
    expect(records[0]?.data).toEqual({ [key]: '[hidden]' });
  });

  it.each(['pinCode', 'spin', 'pincode_area', 'loanId', 'panel'])('%s is an ordinary field and is kept', (key) => {
    const { log, records } = logger();
    log.info('m', { [key]: 'kept' });
    expect(records[0]?.data).toEqual({ [key]: 'kept' });
  });
});

describe('the logger hides known secret values wherever they appear', () => {
  it('in the message, in values, in keys, inside errors and arrays, at every level', async () => {
    const { log, records } = logger(['Zq9mXv2w']);
    log.debug('debug Zq9mXv2w');
    log.info('i', { list: ['a Zq9mXv2w b'], nested: { other: 1, 'Zq9mXv2w': 'x' } });
    log.warn('w', { failure: new TypeError('bad Zq9mXv2w') });
    log.error('e', { n: 5, yes: true, nothing: null });
    expect(records.map((r) => r.level)).toEqual(['debug', 'info', 'warn', 'error']);
    expect(JSON.stringify(records)).not.toContain('Zq9mXv2w');
    expect(records[0]?.message).toBe('debug [hidden]');
    expect(records[1]?.data).toEqual({ list: ['a [hidden] b'], nested: { other: 1, '[hidden]': 'x' } });
    expect(records[2]?.data).toEqual({ failure: 'TypeError: bad [hidden]' });
    expect(records[3]?.data).toEqual({ n: 5, yes: true, nothing: null });
    expect(records[3]).not.toHaveProperty('data.undefined');
  });

  it('a record without data has no data field', () => {
    const { log, records } = logger();
    log.info('plain');
    expect(records[0]).not.toHaveProperty('data');
  });

  it('secrets of 4 characters or more are hidden; shorter ones (and empty ones) would hide ordinary words', () => {
    const { log, records } = logger(['', 'abc', 'abcd']);
    log.info('abc and abcd');
    expect(records[0]?.message).toBe('abc and [hidden]');
  });

  it('stops at depth 6: deeper data is replaced, not walked', () => {
    const { log, records } = logger();
    let deep: unknown = 'bottom';
    for (let i = 0; i < 8; i += 1) deep = { d: deep };
    log.info('m', deep as Record<string, unknown>);
    const text = JSON.stringify(records[0]?.data);
    expect(text).toContain('[deep]');
    expect(text).not.toContain('bottom');
    // Six levels below the top are still shown as they are.
    let six: unknown = 'kept';
    for (let i = 0; i < 6; i += 1) six = { d: six };
    log.info('m', six as Record<string, unknown>);
    expect(JSON.stringify(records[1]?.data)).toContain('kept');
    // Arrays count as levels too.
    let arrays: unknown = 'bottom';
    for (let i = 0; i < 8; i += 1) arrays = [arrays];
    log.info('m', { a: arrays });
    expect(JSON.stringify(records[2]?.data)).toContain('[deep]');
  });

  it('the scrubbed data is an ordinary object the sink may change', () => {
    const { log, records } = logger();
    log.info('m', { a: 1 });
    const data = records[0]!.data!;
    data.a = 2;
    delete data.a;
    expect(data).toEqual({});
  });
});

describe('the console sink', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes errors to stderr and the rest to stdout, one line with the time, level and message', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const out = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    consoleSink({ level: 'error', message: 'broke', at: Date.UTC(2026, 11, 2), data: { a: 1 } });
    consoleSink({ level: 'info', message: 'fine', at: Date.UTC(2026, 11, 2) });
    expect(error).toHaveBeenCalledWith('[2026-12-02T00:00:00.000Z] error broke', { a: 1 });
    expect(out).toHaveBeenCalledWith('[2026-12-02T00:00:00.000Z] info fine', '');
  });
});
