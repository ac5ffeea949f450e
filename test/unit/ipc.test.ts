import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import { channelNames } from '../../shared/channels';
import { buildBridge } from '../../shared/bridge';
import { isTrustedSender, registerIpc } from '../../electron/main/ipc';
import { createLogger, type LogRecord } from '../../electron/main/services/log';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { byteChannels } from '../../shared/contract';
import { screenInput } from '../../electron/main/input-gate';
import { createHarnessMain } from '../support/harness-main';
import { hostileInputs } from '../support/hostile-inputs';
import { arraysWithoutMax, hasCustom } from '../support/zod-walk';

const fakeSandbox = {
  credgenicsBaseUrl: 'http://127.0.0.1:9/credgenics/recovery',
  credgenicsRootUrl: 'http://127.0.0.1:9/credgenics',
  glaasAuthUrl: 'http://127.0.0.1:9/glaas/auth',
  glaasApiUrl: 'http://127.0.0.1:9/glaas/api',
  training: { credgenicsToken: 'training-token', glaasUsername: 'training', glaasPassword: 'training' },
};

/** Inputs a hostile or buggy renderer could send. */
function garbageInputs(): unknown[] {
  const deep: Record<string, unknown> = {};
  let cursor = deep;
  for (let i = 0; i < 2000; i += 1) cursor = (cursor.next = {}) as Record<string, unknown>;
  return [
    undefined,
    null,
    0,
    -1,
    Number.NaN,
    true,
    'settings',
    'x'.repeat(5_000_000),
    [],
    [{}],
    { extra: 'field' },
    JSON.parse('{"__proto__": {"polluted": "yes"}}'),
    JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
    JSON.parse('{"platform": "credgenics", "__proto__": {"admin": true}}'),
    { loanId: '../../etc', fields: ['everything'] },
    { loanId: 'L 1' },
    { requestFlowId: 1, files: [{ name: 'a.exe', type: 'application/x-msdownload', bytes: 'AAAA' }] },
    { details: Array.from({ length: 101 }, () => ({})) },
    { uids: [] },
    { platform: 42 },
    { platform: 'credgenics'.repeat(1000) },
    { token: 12345 },
    { token: 'a\u0000b' },
    { token: 'x'.repeat(100_000) },
    { username: 'u', password: 'p', role: 'admin' },
    { credgenics: { environment: 'mars' } },
    { credgenics: { customBaseUrl: 'javascript:alert(1)' } },
    { credgenics: { customBaseUrl: 'https://user:pass@evil.example' } },
    { glaas: { paths: { loanRepayment: 'DELETE /everything' } } },
    { glaas: { partnerId: '../../evil' } },
    { accept: 'yes' },
    deep,
  ];
}

describe('contract and channel list', () => {
  it('the preload channel list is exactly the contract', () => {
    expect([...channelNames].sort()).toEqual(Object.keys(contract).sort());
  });

  it('builds window.fielddesk as one frozen slice per feature', () => {
    const calls: Array<[string, unknown]> = [];
    const surface = buildBridge(channelNames, async (c, i) => void calls.push([c, i]));
    expect(Object.isFrozen(surface)).toBe(true);
    expect(Object.isFrozen(surface.settings)).toBe(true);
    void surface.settings!.get!();
    void surface.connection!.test!({ platform: 'glaas' });
    expect(calls).toEqual([
      ['settings.get', {}],
      ['connection.test', { platform: 'glaas' }],
    ]);
  });
});

describe('dispatcher under garbage', () => {
  it('answers every channel with `rejected` for every garbage input, and keeps working', async () => {
    const main = createHarnessMain({ sandbox: fakeSandbox });
    for (const channel of Object.keys(contract)) {
      for (const input of garbageInputs()) {
        const answer = (await main.invoke(channel, input)) as { ok: boolean; error?: { kind: string } };
        // Channels without input accept {} and undefined is turned into {} by the bridge only, so
        // a bare undefined here is refused like everything else.
        if (answer.ok) throw new Error(`${channel} accepted ${JSON.stringify(input)?.slice(0, 80)}`);
        expect(answer.error?.kind, channel).toBe('rejected');
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    // Still alive: a valid request works.
    const ok = (await main.invoke('settings.get', {})) as { ok: boolean };
    expect(ok.ok).toBe(true);
  });

  it('refuses unknown and inherited channel names', async () => {
    const main = createHarnessMain({ sandbox: fakeSandbox });
    for (const channel of ['nope', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 42, null, {}]) {
      const answer = (await main.invoke(channel, {})) as { ok: boolean; error?: { kind: string } };
      expect(answer).toMatchObject({ ok: false, error: { kind: 'rejected' } });
    }
  });

  it('reports where the input was wrong but never echoes the values', async () => {
    const main = createHarnessMain({ sandbox: fakeSandbox });
    const answer = (await main.invoke('credentials.setGlaas', {
      username: 'agent',
      password: 'p\u0000-hunter2-secret',
    })) as { ok: false; error: { details: Record<string, string> } };
    expect(Object.keys(answer.error.details)).toEqual(['password']);
    expect(JSON.stringify(answer)).not.toContain('hunter2');
  });
});

/** A real garbage collection, so heap figures are what is kept, not what is waiting to be freed. */
function collect(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

describe('the gate before zod (issue 12, item 4)', () => {
  it('every hostile input on every channel is refused as `rejected`, nothing throws, the heap does not grow', async () => {
    const main = createHarnessMain({ sandbox: fakeSandbox });
    const channels = Object.keys(contract);
    let refusals = 0;
    collect();
    const heapBefore = process.memoryUsage().heapUsed;
    for (const hostile of hostileInputs) {
      const input = hostile.make();
      for (const channel of channels) {
        // invoke() would reject if dispatch threw: a throw fails the test here.
        const answer = (await main.api.dispatch(channel, input)) as { ok: boolean; error?: { kind: string } };
        if (answer.ok) throw new Error(`${channel} accepted: ${hostile.name}`);
        expect(answer.error?.kind, `${channel}: ${hostile.name}`).toBe('rejected');
        refusals += 1;
      }
    }
    collect();
    const grown = process.memoryUsage().heapUsed - heapBefore;
    expect(refusals).toBe(hostileInputs.length * channels.length);
    // Bounded: nothing of the inputs (tens of MB each) is kept by the main process.
    expect(grown).toBeLessThan(20 * 1024 * 1024);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(((await main.api.dispatch('settings.get', {})) as { ok: boolean }).ok).toBe(true);
  }, 120_000);

  it('refuses before zod: a byte array where an object is expected never reaches the schema', () => {
    const verdict = screenInput(new Uint8Array(10 * 1024 * 1024), { allowBytes: true });
    expect(verdict).toEqual({ ok: false, reason: expect.stringContaining('binary') });
    expect(screenInput({ bytes: new Uint8Array(8) }, { allowBytes: true })).toEqual({ ok: true });
    expect(screenInput({ bytes: new Uint8Array(8) }, { allowBytes: false }).ok).toBe(false);
    expect(screenInput({ details: new Array(10_001).fill(1) }, { allowBytes: false }).ok).toBe(false);
    expect(screenInput({ details: new Array(100).fill({ a: 1 }) }, { allowBytes: false })).toEqual({ ok: true });
  });

  it('real requests still pass the gate: bytes where the contract declares them', async () => {
    const main = createHarnessMain({ sandbox: fakeSandbox });
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);
    // files are not configured in this harness: past the gate and zod, the handler answers.
    expect(await main.api.dispatch('files.openPdf', { suggestedName: 'loan.pdf', bytes: pdf })).toMatchObject({
      ok: false,
      error: { kind: 'not-configured' },
    });
    const patch = { applicant_address: [{ applicant_address_type: 'Home', applicant_address_text: '12, MG Road', applicant_city: 'Pune' }] };
    const answer = (await main.api.dispatch('credgenics.updateLoan', { loanId: 'L1', patch, opKey: 'op-00000009' })) as { error?: { kind: string } };
    expect(answer.error?.kind).not.toBe('rejected');
  });

  it('every array in the contract has a maximum length', () => {
    const missing = Object.entries(contract).flatMap(([channel, spec]) => [
      ...arraysWithoutMax(spec.input, `${channel} in`),
      ...arraysWithoutMax(spec.output, `${channel} out`),
    ]);
    expect(missing).toEqual([]);
  });

  it('the channels allowed to carry bytes are exactly those whose contract declares them', () => {
    const declared = Object.entries(contract).filter(([, spec]) => hasCustom(spec.input)).map(([name]) => name);
    expect([...byteChannels].sort()).toEqual(declared.sort());
  });
});

describe('IPC registration and sender checks', () => {
  const trusted = { webContentsId: () => 7 };
  const event = (over: Partial<{ id: number; url: string; parent: unknown; frame: boolean }> = {}) => ({
    sender: { id: over.id ?? 7 },
    senderFrame: over.frame === false ? null : { url: over.url ?? 'app://fielddesk/index.html', parent: over.parent ?? null },
  });

  it('trusts only the main frame of our own window showing our own page', () => {
    expect(isTrustedSender(event(), trusted)).toBe(true);
    expect(isTrustedSender(event({ id: 8 }), trusted)).toBe(false);
    expect(isTrustedSender(event({ parent: {} }), trusted)).toBe(false);
    expect(isTrustedSender(event({ url: 'https://evil.example/' }), trusted)).toBe(false);
    expect(isTrustedSender(event({ frame: false }), trusted)).toBe(false);
    expect(isTrustedSender(event(), { webContentsId: () => undefined })).toBe(false);
  });

  it('registers every contract channel, refuses untrusted frames before parsing anything', async () => {
    const handlers = new Map<string, (e: unknown, input: unknown) => Promise<unknown>>();
    const records: LogRecord[] = [];
    let dispatched = 0;
    registerIpc(
      { handle: (channel: string, fn: never) => void handlers.set(channel, fn) } as never,
      channelNames,
      async () => {
        dispatched += 1;
        return { ok: true, value: {} };
      },
      trusted,
      createLogger((r) => records.push(r)),
    );
    expect([...handlers.keys()].sort()).toEqual([...channelNames].sort());
    const handler = handlers.get('settings.get')!;
    expect(await handler(event({ url: 'https://evil.example/' }), {})).toMatchObject({ ok: false, error: { kind: 'rejected' } });
    expect(dispatched).toBe(0);
    expect(await handler(event(), {})).toEqual({ ok: true, value: {} });
    expect(dispatched).toBe(1);
    expect(records.some((r) => r.message.includes('untrusted'))).toBe(true);
  });
});
