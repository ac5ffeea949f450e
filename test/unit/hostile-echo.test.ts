import type { ServerResponse } from 'node:http';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainApi, type MainApi } from '../../electron/main/api';
import { consoleSink, createLogger, type LogRecord } from '../../electron/main/services/log';
import { createMemoryStore } from '../../electron/main/services/ports';
import { createFakeCipher } from '../support/fake-cipher';
import { startRecordingServer, type RecordedRequest, type RecordingServer } from '../support/recording-server';

/**
 * Issue 12, item 3: a hostile host that echoes the token, the GLAAS password and the session id
 * back in every place it can (header names and values, body keys and values, every error shape,
 * at every offset around the 500-character cut, JSON-escaped, URL-encoded, base64). No form of
 * any secret may reach an answer to the renderer, a log record, a console line or the settings file.
 */
const TOKEN = 'cgTok-7Q2mX9pL4vR8nK3wZ6yB1cD5';
const PASSWORD = 'Pa"ss\\wo rd/Ünï+&=?#x9';
const SESSION = 'sess-4f1e2d3c-b0a9-8877-6655-44332211ffee';
const SECRETS = [TOKEN, PASSWORD, SESSION];

/** Each secret as a server could write it, computed here independently of the redactor. */
function echoForms(secret: string): string[] {
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
  return [
    secret,
    JSON.stringify(secret).slice(1, -1),
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
    b64(secret),
    b64(`x${secret}yz`), // the secret at byte offset 1 of a longer encoded text
    b64(`xy${secret}z`), // ... and at offset 2
  ];
}

/** What a leak looks like in an output: the secret or its prefix (a half-hidden cut), in any form. */
function leakIn(text: string): string | undefined {
  for (const secret of SECRETS) {
    const probes = [
      secret.slice(0, 10),
      JSON.stringify(secret).slice(1, 11),
      encodeURIComponent(secret).slice(0, 12),
      Buffer.from(secret).toString('base64').slice(0, 12),
      Buffer.from(`x${secret}yz`).toString('base64').slice(4, 16),
      Buffer.from(`xy${secret}z`).toString('base64').slice(4, 16),
    ];
    for (const probe of probes) if (text.includes(probe)) return `${probe} (of ${secret.slice(0, 4)}…)`;
  }
  return undefined;
}

const SHAPES = ['message', 'output', 'errors', 'glaas', 'plain', 'loose-ok', 'mismatch', 'server', 'header'] as const;
type Shape = (typeof SHAPES)[number];
let mode: { shape: Shape; offset: number; form: string } = { shape: 'message', offset: 480, form: TOKEN };

function hostileReply(req: RecordedRequest, res: ServerResponse): void {
  if (req.url.endsWith('/public/auth/login')) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ sessionId: SESSION, username: 'agent7' }));
    return;
  }
  const { shape, offset, form } = mode;
  const at = 'p'.repeat(offset) + form + ' and more words after it';
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-echo': encodeURIComponent(form) };
  // A header NAME carrying the token (a header name can hold the token's characters).
  headers[`x-${TOKEN}`] = '1';
  const bodies: Record<Shape, [number, unknown]> = {
    message: [400, { message: at }],
    output: [404, { message: 'No loan', output: at }],
    errors: [422, { message: 'Invalid', output: { errors: { [form]: at, nested: { [at]: form }, list: [at, form] } } }],
    glaas: [400, { errorMessage: { status: 'Rejected', message: [at, form] } }],
    plain: [400, form.slice(0, 190)],
    'loose-ok': [200, { loan_details: { loan_id: 'L1' }, [form]: at, echo: { [at]: [form, at] }, total: 12 }],
    mismatch: [200, { loan_details: { [form]: 42, loan_id: { [at]: form } }, schedule: { [form]: at } }],
    server: [503, { error: at, message: [at, form] }],
    header: [429, { message: form }],
  };
  const [status, body] = bodies[shape];
  if (shape === 'header') headers['retry-after'] = form;
  res.writeHead(status, headers);
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

describe('a hostile host echoing secrets everywhere', () => {
  let server: RecordingServer;
  let api: MainApi;
  const logs: LogRecord[] = [];
  const consoleLines: string[] = [];
  const store = createMemoryStore();

  beforeEach(async () => {
    server = await startRecordingServer(hostileReply);
    for (const method of ['log', 'warn', 'error', 'info', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        consoleLines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
      });
    }
    let ref: MainApi | undefined;
    const log = createLogger((r) => {
      logs.push(r);
      consoleSink(r); // what the Electron shell prints
    }, () => ref?.vault.knownSecrets() ?? []);
    api = createMainApi({
      store,
      cipher: createFakeCipher({ backend: 'gnome_libsecret' }),
      fetch: globalThis.fetch,
      log,
      appInfo: { version: 'test', platform: 'linux', shell: 'harness' },
      training: { endpoints: async () => { throw new Error('no training here'); } },
    });
    ref = api;
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await server.close();
  });

  it('no form of the token, password or session reaches an answer, a log, the console or the settings file', async () => {
    const answers: string[] = [];
    const call = async (channel: string, input: unknown) => answers.push(JSON.stringify(await api.dispatch(channel, input)));
    await call('settings.update', {
      credgenics: { environment: 'custom', customBaseUrl: `${server.url}/recovery` },
      glaas: { environment: 'custom', customAuthUrl: server.url, customApiUrl: `${server.url}/api` },
    });
    await call('credentials.setCredgenics', { token: TOKEN });
    await call('credentials.setGlaas', { username: 'agent7', password: PASSWORD });

    let exchanges = 0;
    const both = async () => {
      await call('credgenics.getLoan', { loanId: 'L1' });
      await call('glaas.repaymentSchedule', { loanId: 7 });
      exchanges += 2;
    };
    // The cut: each secret placed at every position from 480 to 520 in every message shape
    // (the server's words are cut at 500), through one platform or the other in turn.
    for (const secret of SECRETS) {
      for (const shape of ['message', 'output', 'errors', 'glaas', 'server'] as const) {
        for (let offset = 480; offset <= 520; offset += 1) {
          mode = { shape, offset, form: secret };
          if (offset % 2 === 0) await call('credgenics.getLoan', { loanId: 'L1' });
          else await call('glaas.repaymentSchedule', { loanId: 7 });
          exchanges += 1;
        }
      }
    }
    // The forms: every encoding of every secret in every place, on both platforms.
    for (const secret of SECRETS) {
      for (const form of echoForms(secret)) {
        for (const shape of SHAPES) {
          for (const offset of [0, 497]) {
            mode = { shape, offset, form };
            await both();
          }
        }
      }
    }
    await call('connection.test', { platform: 'credgenics' });
    await call('connection.test', { platform: 'glaas' });
    await call('credentials.status', {});
    await call('settings.get', {});

    // The server really did receive the secrets and echo them (the test is not vacuous).
    expect(server.requests.some((r) => r.headers.authenticationtoken === TOKEN)).toBe(true);
    expect(server.requests.some((r) => r.body.includes(JSON.stringify(PASSWORD)))).toBe(true);
    expect(server.requests.some((r) => r.headers.sessionid === SESSION)).toBe(true);
    expect(answers.some((a) => a.includes('[hidden]'))).toBe(true);
    expect(exchanges).toBeGreaterThan(1000);

    for (const [where, texts] of [
      ['answers', answers],
      ['logs', logs.map((l) => JSON.stringify(l))],
      ['console', consoleLines],
      ['settings file', [JSON.stringify(store.dump())]],
    ] as const) {
      const leaks = texts.map(leakIn).filter(Boolean);
      expect(leaks, `${where}: ${leaks.slice(0, 3).join(', ')}`).toEqual([]);
    }
    // The last check keeps the verdict and the time, nothing the server said.
    expect(store.get('lastCheck.credgenics')).toEqual({ at: expect.any(Number), ok: false });
  }, 120_000);
});

describe('the settings file keeps no server words', () => {
  it('a last check saved by an older build loses its message when read', async () => {
    const { createSettingsService } = await import('../../electron/main/services/settings');
    const { silentLogger } = await import('../../electron/main/services/log');
    const store = createMemoryStore({ 'lastCheck.glaas': { at: 5, ok: false, message: `The server said: ${PASSWORD}` } });
    const settings = createSettingsService({ store, log: silentLogger });
    expect(settings.lastCheck('glaas')).toEqual({ at: 5, ok: false });
    expect(JSON.stringify(store.dump())).not.toContain('server said');
    settings.recordCheck('credgenics', { at: 6, ok: false, message: TOKEN });
    expect(store.get('lastCheck.credgenics')).toEqual({ at: 6, ok: false });
  });
});
