import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * Which secrets the error builder hides when it is given none, or some: read through spies that
 * call the real redactor, so the answers are the real ones and the test sees the whole list the
 * redactor is handed. A default list of "secrets" would blank those words in every server answer
 * of a caller that knows none (errors.ts's `secrets = []`).
 */

vi.mock('../../../electron/main/services/redact', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/main/services/redact')>();
  return { ...real, redactText: vi.fn(real.redactText), redactDeep: vi.fn(real.redactDeep) };
});

const { errorFromResponse } = await import('../../../electron/main/services/errors');
const { redactText, redactDeep } = await import('../../../electron/main/services/redact');

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });

afterEach(() => vi.clearAllMocks());

describe('which secrets the error builder hides', () => {
  it('none when the caller gives none: the redactor is handed an empty list every time', async () => {
    const error = await errorFromResponse('glaas', json(400, { message: 'Invalid dob', output: { errors: { dob: 'bad' } } }));
    expect(error.serverMessage).toBe('Invalid dob; dob: bad');
    expect(error.details).toStrictEqual({ dob: 'bad' });
    const handed = [...vi.mocked(redactText).mock.calls, ...vi.mocked(redactDeep).mock.calls].map((call) => call[1]);
    expect(handed.length).toBeGreaterThan(0);
    for (const secrets of handed) expect(secrets).toEqual([]);
  });

  it('exactly the ones the caller gives, and the answer shows none of them', async () => {
    const error = await errorFromResponse('credgenics', json(401, { message: 'bad token tok-ABCDEF123' }), ['tok-ABCDEF123']);
    expect(error.serverMessage).toBe('bad token [hidden]');
    const handed = vi.mocked(redactText).mock.calls.map((call) => call[1]);
    expect(handed.length).toBeGreaterThan(0);
    for (const secrets of handed) expect(secrets).toEqual(['tok-ABCDEF123']);
  });
});
