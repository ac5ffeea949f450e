import { describe, expect, it } from 'vitest';
import {
  errorFromException,
  errorFromResponse,
  extractServerWords,
  kindForStatus,
  parseRetryAfter,
} from '../../../electron/main/services/errors';

/**
 * What an agent reads when a platform fails, and what the engine decides from it (the kind),
 * pinned status by status and cause by cause: the main part's mutation run found the words and
 * most branches loose (test/MUTANTS.md).
 */

const answer = (status: number, body = '', headers: Record<string, string> = {}) => new Response(body, { status, headers });

describe('each HTTP status becomes one kind and one plain sentence naming the platform', () => {
  it.each([
    ['credgenics', 401, 'auth', 'Credgenics did not accept the auth token. Check the token in Settings.'],
    ['glaas', 401, 'auth', 'GLAAS did not accept the username or password. Check them in Settings.'],
    ['glaas', 403, 'auth', 'GLAAS says this account is not allowed to do that.'],
    ['credgenics', 409, 'conflict', 'Credgenics already holds a record that clashes with this one.'],
    ['glaas', 429, 'server', 'GLAAS is busy and asked us to wait. FieldDesk will try again.'],
    ['credgenics', 500, 'server', 'Credgenics had a problem (error 500). FieldDesk will try again.'],
    ['glaas', 503, 'server', 'GLAAS had a problem (error 503). FieldDesk will try again.'],
    ['credgenics', 408, 'timeout', 'Credgenics did not answer in time.'],
    ['glaas', 404, 'rejected', 'GLAAS could not find it (error 404).'],
    ['credgenics', 400, 'rejected', 'Credgenics refused the request (error 400).'],
    ['credgenics', 422, 'rejected', 'Credgenics refused the request (error 422).'],
    ['credgenics', 499, 'rejected', 'Credgenics refused the request (error 499).'],
  ] as const)('%s %i → %s', async (platform, status, kind, message) => {
    const error = await errorFromResponse(platform, answer(status));
    expect(error).toEqual({ kind, status, message });
    expect(kindForStatus(status)).toBe(kind);
  });
});

describe('a failure with no answer at all', () => {
  it.each([
    [{ name: 'TimeoutError', message: 'x' }, 'timeout', 'Credgenics did not answer in time. If this was a payment, FieldDesk will check whether it arrived before sending it again.'],
    [{ name: 'AbortError', message: 'The operation timed out.' }, 'timeout', undefined],
    [{ name: 'AbortError', message: 'Request time out' }, 'timeout', undefined],
    [Object.assign(new TypeError('fetch failed'), { cause: { cause: { code: 'UND_ERR_HEADERS_TIMEOUT' } } }), 'timeout', undefined],
    [Object.assign(new TypeError('fetch failed'), { cause: { code: 'UND_ERR_BODY_TIMEOUT' } }), 'timeout', undefined],
    [Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } }), 'timeout', 'The connection to Credgenics broke before it answered. FieldDesk will check what arrived before sending again.'],
    [Object.assign(new TypeError('fetch failed'), { cause: { code: 'UND_ERR_SOCKET' } }), 'timeout', undefined],
    [Object.assign(new TypeError('fetch failed'), { cause: { code: 'EPIPE' } }), 'timeout', undefined],
    [Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } }), 'offline', 'Cannot find the Credgenics server. Check the address in Settings and your internet connection.'],
    [Object.assign(new TypeError('fetch failed'), { cause: { code: 'EAI_AGAIN' } }), 'offline', undefined],
    [Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }), 'offline', 'Cannot reach Credgenics. Check your internet connection; your work is saved on this laptop.'],
    [{ name: 'AbortError', message: 'aborted by the user' }, 'offline', undefined],
    ['a string', 'offline', undefined],
  ] as const)('%j → %s', (failure, kind, message) => {
    const error = errorFromException('credgenics', failure);
    expect(error.kind).toBe(kind);
    if (message) expect(error.message).toBe(message);
  });

  it('a cause chain is followed 5 levels deep, no further', () => {
    const chain = (depth: number) => {
      let failure: Record<string, unknown> = { code: 'ENOTFOUND' };
      for (let i = 0; i < depth; i += 1) failure = { cause: failure };
      return failure;
    };
    expect(errorFromException('glaas', chain(4)).message).toMatch(/^Cannot find the GLAAS server/);
    expect(errorFromException('glaas', chain(5)).message).toMatch(/^Cannot reach GLAAS/);
  });
});

describe("the server's own words", () => {
  it('short plain text is passed on; HTML and long text are not', () => {
    expect(extractServerWords(undefined, '  Gateway says no  ')).toEqual({ serverMessage: 'Gateway says no' });
    expect(extractServerWords(undefined, 'x'.repeat(200))).toEqual({ serverMessage: 'x'.repeat(200) });
    expect(extractServerWords(undefined, 'x'.repeat(201))).toEqual({});
    expect(extractServerWords(undefined, '<html>bad gateway</html>')).toEqual({});
    expect(extractServerWords(undefined, '   ')).toEqual({});
    expect(extractServerWords(7)).toEqual({});
  });

  it('a string body is cut at 500 characters with an ellipsis; repeated parts are said once', () => {
    expect(extractServerWords('y'.repeat(500))).toEqual({ serverMessage: 'y'.repeat(500) });
    expect(extractServerWords('y'.repeat(501))).toEqual({ serverMessage: `${'y'.repeat(500)}…` });
    expect(extractServerWords({ message: 'Invalid', output: ['Invalid', ' amount ', ''] }).serverMessage).toBe('Invalid; amount');
  });

  it('an answer that carries a secret hides it in the words, the field names and the reasons', async () => {
    const body = JSON.stringify({ message: 'bad tok-ABCDEF123', output: { errors: { 'tok-ABCDEF123': 'tok-ABCDEF123 is wrong' } } });
    const error = await errorFromResponse('credgenics', answer(400, body), ['tok-ABCDEF123']);
    expect(JSON.stringify(error)).not.toContain('tok-ABCDEF123');
    expect(error.serverMessage).toContain('[hidden]');
  });

  it('Retry-After in seconds or as a date becomes milliseconds to wait', async () => {
    expect((await errorFromResponse('glaas', answer(429, '', { 'retry-after': '2.5' }))).retryAfterMs).toBe(2500);
    expect(parseRetryAfter('0')).toBe(0);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
    const now = Date.UTC(2026, 11, 2, 10, 0, 0);
    expect(parseRetryAfter('Wed, 02 Dec 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 02 Dec 2026 09:00:00 GMT', now)).toBe(0);
    expect((await errorFromResponse('glaas', answer(500))).retryAfterMs).toBeUndefined();
  });
});
