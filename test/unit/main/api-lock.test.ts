import { describe, expect, it } from 'vitest';
import { createHarnessMain, HARNESS_PIN } from '../../support/harness-main';

const fakeSandbox = {
  credgenicsBaseUrl: 'http://127.0.0.1:9/credgenics/recovery',
  credgenicsRootUrl: 'http://127.0.0.1:9/credgenics',
  glaasAuthUrl: 'http://127.0.0.1:9/glaas/auth',
  glaasApiUrl: 'http://127.0.0.1:9/glaas/api',
  training: { credgenicsToken: 'training-token', glaasUsername: 'training-user', glaasPassword: 'training-pass' },
};

type Answer = { ok: boolean; value?: any; error?: { kind: string; message: string; details?: Record<string, string> } };

describe('lock.* channels through the dispatcher', () => {
  it('a first PIN: status, setPin, resume; lock; unlock', async () => {
    const main = createHarnessMain({ sandbox: fakeSandbox, lock: 'no-pin' });
    const call = (channel: string, input: unknown = {}) => main.invoke(channel, input) as Promise<Answer>;
    expect((await call('lock.status')).value).toEqual({ state: 'no-pin', triesLeft: 10, credentialsRequired: false, resetWith: [] });
    expect((await call('lock.resume')).ok).toBe(false);
    const set = await call('lock.setPin', { pin: '24680135' });
    expect(set).toMatchObject({ ok: true, value: { dataKept: true } });
    expect((await call('lock.resume')).value).toEqual(set.value);
    expect((await call('lock.lock')).value).toMatchObject({ state: 'locked' });
    expect((await call('lock.resume')).error?.kind).toBe('rejected');
    expect((await call('lock.unlock', { pin: '11111111' })).error?.message).toBe('Wrong PIN. 9 tries left.');
    expect((await call('lock.unlock', { pin: '24680135' })).value).toEqual(set.value);
  });

  it('zod refuses short PINs, digit-only passphrases under 6 and garbage before the service sees them', async () => {
    const main = createHarnessMain({ sandbox: fakeSandbox, lock: 'no-pin' });
    for (const input of [{ pin: '12345' }, { pin: 'abcdefg' }, { pin: 123456 }, { pin: '1'.repeat(129) }, { pin: '123456', extra: 1 }, {}, null, 'pin']) {
      const answer = (await main.invoke('lock.setPin', input)) as Answer;
      expect(answer, JSON.stringify(input)).toMatchObject({ ok: false, error: { kind: 'rejected' } });
    }
    for (const input of [{ newPin: '1' }, { newPin: '123456', credgenicsToken: 5 }, { newPin: '123456', admin: true }]) {
      expect(((await main.invoke('lock.resetWithCredentials', input)) as Answer).error?.kind).toBe('rejected');
    }
    expect(((await main.invoke('lock.status', {})) as Answer).value.state).toBe('no-pin');
  });

  it('the harness starts unlocked with its preset PIN; a system lock locks and answers the waiting renderer', async () => {
    const main = createHarnessMain({ sandbox: fakeSandbox });
    expect(((await main.invoke('lock.status', {})) as Answer).value.state).toBe('unlocked');
    const waiting = main.invoke('lock.waitForSystemLock', {}) as Promise<Answer>;
    await new Promise((r) => setTimeout(r, 10));
    main.systemLock('lock-screen');
    expect(await waiting).toEqual({ ok: true, value: { reason: 'lock-screen' } });
    expect(((await main.invoke('lock.status', {})) as Answer).value.state).toBe('locked');
    expect(((await main.invoke('lock.unlock', { pin: HARNESS_PIN })) as Answer).ok).toBe(true);
  });

  it('reset with credentials and wipe; no PIN or credential in any log line', async () => {
    const main = createHarnessMain({ sandbox: fakeSandbox, lock: 'locked' });
    await main.invoke('settings.update', { credgenics: { environment: 'training' } });
    expect(((await main.invoke('lock.status', {})) as Answer).value.resetWith).toEqual(['credgenics']);
    const wrong = (await main.invoke('lock.resetWithCredentials', { credgenicsToken: 'guess-token', newPin: '97531864' })) as Answer;
    expect(wrong.error?.kind).toBe('rejected');
    const reset = (await main.invoke('lock.resetWithCredentials', { credgenicsToken: 'training-token', newPin: '97531864' })) as Answer;
    expect(reset).toMatchObject({ ok: true, value: { dataKept: true } });
    const wipe = (await main.invoke('lock.wipe', {})) as Answer;
    expect(wipe.value.removed).toContain('the PIN and the key that opens the saved borrower data');
    expect(((await main.invoke('lock.status', {})) as Answer).value.state).toBe('no-pin');
    const logged = JSON.stringify(main.logs);
    for (const secret of [HARNESS_PIN, '97531864', 'guess-token', 'training-token', reset.value.dataKey]) expect(logged).not.toContain(secret);
  });
});

describe('the logger and lock inputs', () => {
  it('hides pin and newPin fields whatever a caller passes', async () => {
    const { createLogger } = await import('../../../electron/main/services/log');
    const lines: unknown[] = [];
    const log = createLogger((r) => lines.push(r));
    log.info('oops', { pin: '24680135', newPin: '97531864', input: { newPin: '11223344' }, mapping: 'kept', shipping: 'kept' });
    const text = JSON.stringify(lines);
    for (const pin of ['24680135', '97531864', '11223344']) expect(text).not.toContain(pin);
    expect(text).toContain('"mapping":"kept"');
    expect(text).toContain('"shipping":"kept"');
  });
});
