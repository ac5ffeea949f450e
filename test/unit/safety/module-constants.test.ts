import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../shared/result';
import { createFakeCipher } from '../../support/fake-cipher';

/**
 * The main process's module-level constants (the untrusted-sender refusal, the platform names in
 * error messages, the logger's secret-key pattern, the vault's secure backends and its consent
 * key, the write registry's missing-part words and how long it remembers a success), each pinned
 * by what it makes the code do.
 *
 * Why a file of its own: other tests pin these too, but they import the module at the top of the
 * file, so the constant is built before any test starts. With `ignoreStatic` and per-test
 * coverage, Stryker then credits the constant only to tests that happen to load the module inside
 * a test (the shell tests, which check none of this) and reports its mutants as surviving. Here
 * every test resets the module registry and imports the module inside its own body, so the
 * constant is evaluated during the test that checks it.
 */

const fresh = {
  ipc: () => import('../../../electron/main/ipc'),
  errors: () => import('../../../electron/main/services/errors'),
  log: () => import('../../../electron/main/services/log'),
  vault: () => import('../../../electron/main/services/vault'),
  ports: () => import('../../../electron/main/services/ports'),
  writeRegistry: () => import('../../../electron/main/services/write-registry'),
};

type LogRecord = import('../../../electron/main/services/log').LogRecord;

async function freshLogger() {
  const { createLogger } = await fresh.log();
  const records: LogRecord[] = [];
  return { log: createLogger((r) => records.push(r)), records };
}

describe('ipc.ts: the refusal of a request from an untrusted frame', () => {
  it('answers the exact plain words, and never dispatches', async () => {
    vi.resetModules();
    const { registerIpc } = await fresh.ipc();
    const { log } = await freshLogger();
    const handlers = new Map<string, (e: unknown, input: unknown) => Promise<unknown>>();
    let dispatched = 0;
    registerIpc(
      { handle: (channel: string, fn: never) => void handlers.set(channel, fn) } as never,
      ['loans.list'],
      async () => {
        dispatched += 1;
        return { ok: true, value: {} };
      },
      { webContentsId: () => 7 },
      log,
    );
    const otherWindow = { sender: { id: 8 }, senderFrame: { url: 'app://fielddesk/index.html', parent: null } };
    expect(await handlers.get('loans.list')!(otherWindow, {})).toStrictEqual({
      ok: false,
      error: { kind: 'rejected', message: 'This request did not come from FieldDesk.' },
    });
    expect(dispatched).toBe(0);
  });
});

describe('errors.ts: each platform is named in the plain words', () => {
  it.each([
    ['Credgenics', 'credgenics', 500, 'Credgenics had a problem (error 500). FieldDesk will try again.'],
    ['GLAAS', 'glaas', 409, 'GLAAS already holds a record that clashes with this one.'],
  ] as const)('%s', async (name, platform, status, answered) => {
    vi.resetModules();
    const { errorFromResponse, errorFromException } = await fresh.errors();
    const error = await errorFromResponse(platform, new Response('', { status }));
    expect(error.message).toBe(answered);
    expect(errorFromException(platform, new Error('boom')).message).toBe(
      `Cannot reach ${name}. Check your internet connection; your work is saved on this laptop.`,
    );
  });
});

describe('log.ts: the secret-key pattern (SECRET_KEYS)', () => {
  // aadha?a?r: no, one or two a's before the r. ^(new_?|current_?)?pin$: the whole key only,
  // with or without the prefix, with or without its underscore.
  it.each([
    'aadhr', 'aadhar', 'aadhaar', 'AADHAAR', 'applicant_aadhr_no',
    'pin', 'PIN', 'newpin', 'new_pin', 'newPin', 'currentpin', 'current_pin', 'currentPin',
    'token', 'password', 'secret', 'sessionid', 'authorization', 'cookie', 'pan_number', 'passphrase', 'datakey', 'sendkey',
  ])('%s is hidden', async (key) => {
    vi.resetModules();
    const { log, records } = await freshLogger();
    log.warn('m', { [key]: 'value-5678' });
    expect(records[0]?.data).toStrictEqual({ [key]: '[hidden]' });
  });

  it.each(['aadhaaar', 'spin', 'pinCode', 'pinned', 'new_pins', 'newx_pin', 'currentxpin', 'my_new_pin', 'loanId'])(
    '%s is not a secret name and is kept',
    async (key) => {
      vi.resetModules();
      const { log, records } = await freshLogger();
      log.warn('m', { [key]: 'value-5678' });
      expect(records[0]?.data).toStrictEqual({ [key]: 'value-5678' });
    },
  );
});

describe('vault.ts: which backends are secure, and where the weak-storage consent is kept', () => {
  it.each(['keychain', 'dpapi', 'gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6'])(
    '%s is secure: the secret is persisted without consent',
    async (backend) => {
      vi.resetModules();
      const { createVault } = await fresh.vault();
      const { createMemoryStore } = await fresh.ports();
      const { log } = await freshLogger();
      const store = createMemoryStore();
      const vault = createVault({ cipher: createFakeCipher({ backend }), store, log });
      expect(vault.status()).toStrictEqual({ backend, secure: true, weakStorageAccepted: false, persistent: true, unreadable: false });
      vault.set('credgenics', { token: 'cg-live-token-0123456789abcdef' });
      expect(store.get('vault.credgenics')).toMatchObject({ backend });
    },
  );

  it.each(['basic_text', 'kwallet4', 'unknown'])('%s is weak: nothing is persisted without consent', async (backend) => {
    vi.resetModules();
    const { createVault } = await fresh.vault();
    const { createMemoryStore } = await fresh.ports();
    const { log } = await freshLogger();
    const store = createMemoryStore();
    const vault = createVault({ cipher: createFakeCipher({ backend }), store, log });
    expect(vault.status()).toMatchObject({ secure: false, persistent: false });
    vault.set('credgenics', { token: 'cg-live-token-0123456789abcdef' });
    expect(store.get('vault.credgenics')).toBeUndefined();
  });

  it("the consent is stored under 'vault.weakStorageAccepted', and read back from there", async () => {
    vi.resetModules();
    const { createVault } = await fresh.vault();
    const { createMemoryStore } = await fresh.ports();
    const { log } = await freshLogger();
    const store = createMemoryStore();
    const vault = createVault({ cipher: createFakeCipher({ backend: 'basic_text' }), store, log });
    vault.setWeakStorageAccepted(true);
    expect(store.dump()).toStrictEqual({ 'vault.weakStorageAccepted': true });

    const seeded = createMemoryStore({ 'vault.weakStorageAccepted': true });
    const again = createVault({ cipher: createFakeCipher({ backend: 'basic_text' }), store: seeded, log });
    expect(again.status()).toMatchObject({ secure: false, weakStorageAccepted: true, persistent: true });
    const other = createVault({ cipher: createFakeCipher({ backend: 'basic_text' }), store: createMemoryStore({ '': true }), log });
    expect(other.status()).toMatchObject({ weakStorageAccepted: false, persistent: false });
  });
});

describe('write-registry.ts: the missing-part words and the 24-hour memory', () => {
  type Answer = Result<string>;
  const HOUR = 60 * 60_000;

  it('a part the batch answer left out is answered, to whoever joined it, with the exact words', async () => {
    vi.resetModules();
    const { createWriteRegistry } = await fresh.writeRegistry();
    const registry = createWriteRegistry(() => 1_700_000_000_000);
    let answer!: (value: Result<Map<string, Answer>>) => void;
    const batch = registry.runEach<string>(['line-1', 'line-2'], () => new Promise((resolve) => (answer = resolve)));
    for (let i = 0; i < 20; i += 1) await Promise.resolve();
    const send = vi.fn(async (): Promise<Answer> => ({ ok: true, value: 'sent again' }));
    const joined = registry.run('line-2', send);
    answer({ ok: true, value: new Map([['line-1', { ok: true, value: 'R-1' }]]) });
    await batch;
    expect(await joined).toStrictEqual({
      ok: false,
      error: {
        kind: 'bad-response',
        message: 'The answer did not mention this line; it will be checked before anything is sent again.',
      },
    });
    expect(send).not.toHaveBeenCalled();
  });

  it('a success is remembered for exactly 24 hours: at 24 h it answers from memory, at 24 h + 1 ms it sends again', async () => {
    vi.resetModules();
    const { createWriteRegistry } = await fresh.writeRegistry();
    let t = 1_700_000_000_000;
    const registry = createWriteRegistry(() => t);
    const send = vi.fn(async (): Promise<Answer> => ({ ok: true, value: 'payment 1' }));
    await registry.run('op-1', send);
    t += 1;
    expect(await registry.run('op-1', send)).toStrictEqual({ ok: true, value: 'payment 1' });
    t += HOUR - 1;
    expect(await registry.run('op-1', send)).toStrictEqual({ ok: true, value: 'payment 1' });
    t += 23 * HOUR;
    expect(await registry.run('op-1', send)).toStrictEqual({ ok: true, value: 'payment 1' });
    expect(send).toHaveBeenCalledTimes(1);
    t += 1;
    await registry.run('op-1', send);
    expect(send).toHaveBeenCalledTimes(2);
  });
});
