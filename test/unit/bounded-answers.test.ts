import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../electron/main/services/ports';
import { createHarnessMain } from '../support/harness-main';
import { startRecordingServer, type RecordingServer } from '../support/recording-server';

/**
 * Issue 12, item 5: the main process never reads more of an answer than it accepts. A 50 MB
 * answer is refused as `bad-response` in plain words, and nothing saved is touched.
 */
const fakeSandbox = {
  credgenicsBaseUrl: 'http://127.0.0.1:9/credgenics/recovery',
  credgenicsRootUrl: 'http://127.0.0.1:9/credgenics',
  glaasAuthUrl: 'http://127.0.0.1:9/glaas/auth',
  glaasApiUrl: 'http://127.0.0.1:9/glaas/api',
  training: { credgenicsToken: 'training-token', glaasUsername: 'training', glaasPassword: 'training' },
};
const MB = 1024 * 1024;
let server: RecordingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Streams `size` bytes of a JSON string, with or without announcing the length first. */
async function hugeServer(size: number, options: { announce: boolean; status?: number }) {
  return startRecordingServer((_req, res) => {
    res.writeHead(options.status ?? 200, {
      'content-type': 'application/json',
      ...(options.announce ? { 'content-length': String(size) } : {}),
    });
    const chunk = Buffer.alloc(MB, 'a');
    let sent = 0;
    res.write('{"output":"');
    const pump = () => {
      while (sent < size - 20) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end('"}');
    };
    res.on('error', () => undefined);
    pump();
  });
}

async function mainAgainst(url: string, extra: Record<string, unknown> = {}) {
  const store = createMemoryStore();
  const main = createHarnessMain({ sandbox: fakeSandbox, store });
  await main.invoke('settings.update', { credgenics: { environment: 'custom', customBaseUrl: `${url}/recovery` }, ...extra });
  await main.invoke('credentials.setCredgenics', { token: 'cg-token-0123456789' });
  return { main, store };
}

describe('answers larger than the cap', () => {
  for (const announce of [true, false]) {
    it(`a 50 MB platform answer is refused as bad-response (${announce ? 'with' : 'without'} Content-Length)`, async () => {
      server = await hugeServer(50 * MB, { announce });
      const { main, store } = await mainAgainst(server.url);
      const before = JSON.stringify(store.dump());
      const answer = await main.invoke('credgenics.getLoan', { loanId: 'L1' });
      expect(answer).toMatchObject({
        ok: false,
        error: { kind: 'bad-response', message: expect.stringMatching(/larger than FieldDesk accepts \(over 8 MB\).*Nothing was changed/) },
      });
      expect(JSON.stringify(store.dump())).toBe(before);
    });
  }

  it('the cap is a setting', async () => {
    server = await hugeServer(3 * MB, { announce: false });
    const { main } = await mainAgainst(server.url, { network: { maxAnswerMb: 2 } });
    expect(await main.invoke('credgenics.getLoan', { loanId: 'L1' })).toMatchObject({
      ok: false,
      error: { kind: 'bad-response', message: expect.stringContaining('over 2 MB') },
    });
    await main.invoke('settings.update', { network: { maxAnswerMb: 4 } });
    const read = await main.invoke('credgenics.getLoan', { loanId: 'L1' });
    expect(read).not.toMatchObject({ error: { message: expect.stringContaining('larger than') } });
  });

  it('a huge error body is not read either: the status still says what happened', async () => {
    server = await hugeServer(50 * MB, { announce: false, status: 500 });
    const { main } = await mainAgainst(server.url);
    expect(await main.invoke('credgenics.getLoan', { loanId: 'L1' })).toMatchObject({
      ok: false,
      error: { kind: 'server', status: 500 },
    });
  });
});
