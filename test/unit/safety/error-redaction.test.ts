import { describe, expect, it } from 'vitest';
import { errorFromResponse, redact } from '../../../electron/main/services/errors';

/**
 * Safety invariant: no token or password reaches the renderer, a log or the screen through an
 * error. The error builder itself hides every known secret in what the server said, in every
 * shape both vendors answer errors in, and in per-field details: not only the logger.
 */

const TOKEN = 'cg-token-9f8e7d6c5b4a';
const PASSWORD = 'Glaas@Pass#2026';
const secrets = [TOKEN, PASSWORD];

const answer = (status: number, body: unknown) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function expectClean(value: unknown): void {
  const text = JSON.stringify(value);
  expect(text).not.toContain(TOKEN);
  expect(text).not.toContain(PASSWORD);
}

describe('the error builder hides secrets in server messages and details', () => {
  const shapes: Array<[string, number, unknown]> = [
    ['Credgenics {message}', 401, { message: `Invalid authenticationtoken ${TOKEN}` }],
    ['Credgenics {output: string}', 400, { message: 'Bad request', output: `token=${TOKEN} is not valid` }],
    ['GLAAS {errorMessage: {message: [...]}}', 401, { errorMessage: { status: 'Rejected', message: [`wrong password ${PASSWORD}`, 'try again'] } }],
    ['a plain string body', 500, JSON.stringify(`upstream said ${TOKEN}`)],
    ['a short plain-text body', 502, `proxy: bad auth ${PASSWORD}`],
    ['{error}', 403, { error: `forbidden for ${TOKEN}` }],
    ['{message: [...]}', 422, { message: [`${PASSWORD} is not allowed`, 'second'] }],
  ];
  for (const [shape, status, body] of shapes) {
    it(`in ${shape}`, async () => {
      const error = await errorFromResponse('credgenics', answer(status, body), secrets);
      expect(error.serverMessage).toContain('[hidden]');
      expectClean(error);
    });
  }

  it('in per-field details (Credgenics {output: {errors}}), nested ones too', async () => {
    const body = {
      message: 'Validation failed',
      output: { errors: { authenticationtoken: `${TOKEN} expired`, co_applicant: { 0: { note: `password ${PASSWORD}` } } } },
    };
    const error = await errorFromResponse('credgenics', answer(400, body), secrets);
    expect(error.details?.authenticationtoken).toBe('[hidden] expired');
    expect(error.details?.['co_applicant.0.note']).toBe('password [hidden]');
    expectClean(error);
  });

  it('every occurrence, not only the first', async () => {
    const error = await errorFromResponse('glaas', answer(400, { message: `${TOKEN} and again ${TOKEN}` }), secrets);
    expect(error.serverMessage).toBe('[hidden] and again [hidden]');
  });

  it('keeps the server words that are not secrets (the agent needs them)', async () => {
    const error = await errorFromResponse('credgenics', answer(400, { message: 'Amount is more than the dues' }), secrets);
    expect(error.serverMessage).toBe('Amount is more than the dues');
  });

  it('redact() replaces each secret and leaves other text alone', () => {
    expect(redact(`a ${TOKEN} b ${PASSWORD} c`, secrets)).toBe('a [hidden] b [hidden] c');
    expect(redact('nothing here', secrets)).toBe('nothing here');
  });
});
