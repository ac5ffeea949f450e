import { describe, expect, it } from 'vitest';
import {
  errorFromException,
  errorFromResponse,
  extractServerWords,
  parseRetryAfter,
} from '../../../electron/main/services/errors';

/**
 * The exact shape of an ApiError: which fields are there and which are left out. The renderer
 * reads `'serverMessage' in error` and `error.details` to decide what to show, so a field set to
 * undefined is not the same as a field left out. Found loose by mutation testing (test/MUTANTS.md).
 */

const answer = (status: number, body: BodyInit | null = '', headers: Record<string, string> = {}) =>
  new Response(body, { status, headers });

/** A body that breaks off while it is read (the connection dropped mid-answer). */
function brokenBody(): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"message": "half'));
      controller.error(new Error('socket hang up'));
    },
  });
}

describe('fields of an error built from an HTTP answer', () => {
  it('an empty answer gives kind, status and message only: no serverMessage, details or retryAfterMs keys', async () => {
    const error = await errorFromResponse('credgenics', answer(500));
    expect(Object.keys(error).sort()).toEqual(['kind', 'message', 'status']);
  });

  it('a body that breaks off while being read is treated as empty, not as words', async () => {
    const error = await errorFromResponse('glaas', answer(502, brokenBody()));
    expect(error).toStrictEqual({ kind: 'server', status: 502, message: 'GLAAS had a problem (error 502). FieldDesk will try again.' });
  });

  it('a JSON body with nothing but blank words leaves serverMessage unset', async () => {
    const error = await errorFromResponse('credgenics', answer(400, JSON.stringify({ message: '   ' })));
    expect(error).not.toHaveProperty('serverMessage');
    expect(error).not.toHaveProperty('details');
  });

  it('field details are attached only when the server named fields', async () => {
    const withFields = await errorFromResponse(
      'credgenics',
      answer(422, JSON.stringify({ message: 'Data Validation Failed', output: { errors: { amount: 'must be positive' } } })),
    );
    expect(withFields.details).toStrictEqual({ amount: 'must be positive' });
    const without = await errorFromResponse('credgenics', answer(422, JSON.stringify({ message: 'Data Validation Failed' })));
    expect(without).not.toHaveProperty('details');
  });

  it('retryAfterMs is set from a usable Retry-After and left out otherwise', async () => {
    expect((await errorFromResponse('glaas', answer(429, '', { 'retry-after': '3' }))).retryAfterMs).toBe(3000);
    expect(await errorFromResponse('glaas', answer(429, '', { 'retry-after': 'later' }))).not.toHaveProperty('retryAfterMs');
    expect(await errorFromResponse('glaas', answer(429))).not.toHaveProperty('retryAfterMs');
  });
});

describe("what extractServerWords returns, key by key", () => {
  it('no body and no text: no words at all', () => {
    expect(extractServerWords(undefined)).toStrictEqual({});
  });

  it('an object or list with no words gives an empty result, not an empty serverMessage', () => {
    expect(extractServerWords({})).toStrictEqual({});
    expect(extractServerWords([])).toStrictEqual({});
    expect(extractServerWords({ message: '' })).toStrictEqual({});
  });

  it('words without named fields carry no details key', () => {
    expect(extractServerWords({ message: 'Loan is closed' })).toStrictEqual({ serverMessage: 'Loan is closed' });
  });

  it('blank parts are dropped before joining, and each part is trimmed', () => {
    expect(extractServerWords({ message: '  ', output: '  Amount too high  ' })).toStrictEqual({ serverMessage: 'Amount too high' });
    expect(extractServerWords({ message: ' Invalid dob ', error: 'Invalid dob' })).toStrictEqual({ serverMessage: 'Invalid dob' });
  });
});

describe('Retry-After', () => {
  it('a number of seconds, 0 included, is a wait in milliseconds', () => {
    expect(parseRetryAfter('0')).toBe(0);
    expect(parseRetryAfter('0.4')).toBe(400);
    expect(parseRetryAfter('120')).toBe(120_000);
  });

  // Date.parse is lenient: it reads "-1" and "--1" as 1 January 2001, "1.2.3" as 2 January 2003
  // and "1 2" as 2 January 2001, so each of these would otherwise become a wait of 0.
  it.each(['-1', '-0.5', 'Infinity', '-Infinity', '1e999', '1.2.3', '--1', '1 2'])(
    'a negative, infinite or malformed number (%s) gives no wait at all, and is never read as a date',
    (header) => {
      expect(parseRetryAfter(header, Date.UTC(2026, 11, 2))).toBeUndefined();
    },
  );

  it('an HTTP date still gives the time left until then', () => {
    const now = Date.UTC(2026, 11, 2, 10, 0, 0);
    expect(parseRetryAfter('Wed, 02 Dec 2026 10:01:00 GMT', now)).toBe(60_000);
  });
});

describe('a failure with no answer: which words and which kind', () => {
  const fetchFailed = (cause: unknown) => Object.assign(new TypeError('fetch failed'), { cause });

  it.each([
    ['The operation timed out.'],
    ['Request time out'],
    ['The request timeout was reached'],
    ['TIMEOUT'],
  ])('an AbortError saying "%s" is a timeout', (message) => {
    expect(errorFromException('glaas', { name: 'AbortError', message })).toStrictEqual({
      kind: 'timeout',
      message: 'GLAAS did not answer in time. If this was a payment, FieldDesk will check whether it arrived before sending it again.',
    });
  });

  it('another error whose words say "timed out" is not a timeout: a connect timeout sent nothing', () => {
    const error = errorFromException('credgenics', new TypeError('connect timed out'));
    expect(error).toStrictEqual({
      kind: 'offline',
      message: 'Cannot reach Credgenics. Check your internet connection; your work is saved on this laptop.',
    });
  });

  it.each(['ENOTFOUND', 'EAI_AGAIN'])('%s means the server name was not found, for each platform', (code) => {
    expect(errorFromException('credgenics', fetchFailed({ code }))).toStrictEqual({
      kind: 'offline',
      message: 'Cannot find the Credgenics server. Check the address in Settings and your internet connection.',
    });
    expect(errorFromException('glaas', fetchFailed({ code }))).toStrictEqual({
      kind: 'offline',
      message: 'Cannot find the GLAAS server. Check the address in Settings and your internet connection.',
    });
  });

  it('a reset names the platform', () => {
    expect(errorFromException('glaas', fetchFailed({ code: 'ECONNRESET' }))).toStrictEqual({
      kind: 'timeout',
      message: 'The connection to GLAAS broke before it answered. FieldDesk will check what arrived before sending again.',
    });
  });

  it.each([null, undefined, 0, '', 'fetch failed', 42])('a thrown %j (not an object) is a plain "cannot reach", never a crash', (failure) => {
    expect(errorFromException('glaas', failure)).toStrictEqual({
      kind: 'offline',
      message: 'Cannot reach GLAAS. Check your internet connection; your work is saved on this laptop.',
    });
  });

  it('the cause chain is read through objects and Errors only: a list or a function found on the way ends it', () => {
    const listWithCode = Object.assign(['x'], { code: 'ENOTFOUND' });
    const fnWithCode = Object.assign(() => undefined, { code: 'ENOTFOUND' });
    for (const odd of [listWithCode, fnWithCode]) {
      expect(errorFromException('glaas', fetchFailed(odd)).message).toMatch(/^Cannot reach GLAAS\./);
      expect(errorFromException('glaas', odd).message).toMatch(/^Cannot reach GLAAS\./);
    }
    const listWithCause = Object.assign(['x'], { cause: { code: 'ECONNRESET' } });
    expect(errorFromException('glaas', fetchFailed(listWithCause)).kind).toBe('offline');
  });
});
