import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../electron/main/services/ports';
import { secretOrigins } from '../../electron/main/services/origins';
import { fetchOnlyTo } from '../../electron/main/services/origin-guard';
import { createVault } from '../../electron/main/services/vault';
import { silentLogger } from '../../electron/main/services/log';
import { HttpUrl, type Settings } from '../../shared/settings';
import { createFakeCipher } from '../support/fake-cipher';
import { createHarnessMain } from '../support/harness-main';
import { startRecordingServer, type RecordingServer } from '../support/recording-server';

/**
 * Issue 12, item 1: a secret belongs to the host(s) it was entered for. Pointing a platform at
 * another address (a mistake, or a compromised renderer) must not carry the token or password there.
 */
const TOKEN = 'cg-token-0123456789-abcdefghij';
const PASSWORD = 'Gl@as-P4ss-"quoted"-\\back';
const fakeSandbox = {
  credgenicsBaseUrl: 'http://127.0.0.1:9/credgenics/recovery',
  credgenicsRootUrl: 'http://127.0.0.1:9/credgenics',
  glaasAuthUrl: 'http://127.0.0.1:9/glaas/auth',
  glaasApiUrl: 'http://127.0.0.1:9/glaas/api',
  training: { credgenicsToken: 'training-token', glaasUsername: 'training', glaasPassword: 'training' },
};

const servers: RecordingServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function server() {
  const s = await startRecordingServer();
  servers.push(s);
  return s;
}
const leaked = (s: RecordingServer) =>
  s.requests.some((r) => 'authenticationtoken' in r.headers || r.body.includes(PASSWORD) || JSON.stringify(r).includes(TOKEN));

describe('credentials belong to a host', () => {
  it('changing the Credgenics custom URL after the token is saved: the new host gets no token, the screen asks again', async () => {
    const [home, attacker] = [await server(), await server()];
    const main = createHarnessMain({ sandbox: fakeSandbox });
    await main.invoke('settings.update', { credgenics: { environment: 'custom', customBaseUrl: `${home.url}/recovery` } });
    await main.invoke('credentials.setCredgenics', { token: TOKEN });
    await main.invoke('credgenics.getLoan', { loanId: 'L1' });
    expect(home.requests[0]?.headers.authenticationtoken).toBe(TOKEN); // the host it was entered for

    await main.invoke('settings.update', { credgenics: { customBaseUrl: `${attacker.url}/recovery` } });
    const answer = await main.invoke('credgenics.getLoan', { loanId: 'L1' });
    expect(answer).toMatchObject({ ok: false, error: { kind: 'not-configured', message: expect.stringContaining('Enter the token again') } });
    await main.invoke('credgenics.triggerCommunication', {
      request: { event_name: 'e', loan_id: 'L1', allocation_month: '2024-07-01' },
      opKey: 'op-1',
    });
    await main.invoke('connection.test', { platform: 'credgenics' });
    expect(attacker.requests).toHaveLength(0);
    expect(leaked(attacker)).toBe(false);

    const status = (await main.invoke('credentials.status', {})) as { value: { credgenics: { configured: boolean; hostChanged?: boolean } } };
    expect(status.value.credgenics).toMatchObject({ configured: false, hostChanged: true });

    // Entered again for the new address: it is used there, and the old host is not bound any more.
    await main.invoke('credentials.setCredgenics', { token: TOKEN });
    await main.invoke('credgenics.getLoan', { loanId: 'L1' });
    expect(attacker.requests.at(-1)?.headers.authenticationtoken).toBe(TOKEN);
    const again = (await main.invoke('credentials.status', {})) as { value: { credgenics: { configured: boolean; hostChanged?: boolean } } };
    expect(again.value.credgenics).toEqual(expect.objectContaining({ configured: true }));
    expect(again.value.credgenics.hostChanged).toBeUndefined();
  });

  it('changing the Credgenics root URL (where the communication trigger goes) also needs the token again', async () => {
    const [home, attacker] = [await server(), await server()];
    const main = createHarnessMain({ sandbox: fakeSandbox });
    await main.invoke('settings.update', { credgenics: { environment: 'custom', customBaseUrl: `${home.url}/recovery` } });
    await main.invoke('credentials.setCredgenics', { token: TOKEN });
    await main.invoke('settings.update', { credgenics: { customRootUrl: attacker.url } });
    await main.invoke('credgenics.triggerCommunication', {
      request: { event_name: 'e', loan_id: 'L1', allocation_month: '2024-07-01' },
      opKey: 'op-2',
    });
    await main.invoke('credgenics.getLoan', { loanId: 'L1' });
    expect(attacker.requests).toHaveLength(0);
    expect(home.requests).toHaveLength(0);
  });

  it('changing the GLAAS custom addresses: the new host gets no password and no login', async () => {
    const [home, attacker] = [await server(), await server()];
    const main = createHarnessMain({ sandbox: fakeSandbox });
    await main.invoke('settings.update', { glaas: { environment: 'custom', customAuthUrl: home.url, customApiUrl: `${home.url}/api` } });
    await main.invoke('credentials.setGlaas', { username: 'agent7', password: PASSWORD });
    await main.invoke('glaas.repaymentSchedule', { loanId: 12 });
    expect(home.requests.some((r) => r.body.includes('agent7'))).toBe(true);

    for (const move of [
      { customApiUrl: `${attacker.url}/api` },
      { customAuthUrl: attacker.url, customApiUrl: `${home.url}/api` },
    ]) {
      await main.invoke('settings.update', { glaas: move });
      const answer = await main.invoke('glaas.repaymentSchedule', { loanId: 12 });
      expect(answer).toMatchObject({ ok: false, error: { kind: 'not-configured' } });
      await main.invoke('connection.test', { platform: 'glaas' });
    }
    expect(attacker.requests).toHaveLength(0);
    expect(leaked(attacker)).toBe(false);
    const status = (await main.invoke('credentials.status', {})) as { value: { glaas: { configured: boolean; hostChanged?: boolean } } };
    expect(status.value.glaas).toMatchObject({ configured: false, hostChanged: true });
  });

  it('the origins a secret is bound to follow environment, custom URLs, partner id and path overrides', () => {
    const s = (patch: Partial<Settings>): Settings => ({ credgenics: {}, glaas: {}, ...patch });
    expect(secretOrigins('credgenics', s({ credgenics: { environment: 'production' } }))).toEqual(['https://apiprod.credgenics.com']);
    expect(secretOrigins('credgenics', s({ credgenics: { environment: 'uat' } }))).toEqual(['https://apiuat.credgenics.com']);
    expect(secretOrigins('credgenics', s({ credgenics: { environment: 'training' } }))).toBeUndefined();
    expect(secretOrigins('glaas', s({ glaas: { environment: 'sandbox', partnerId: 'acme' } }))).toEqual([
      'https://accounts.dev.glaas.co',
      'https://acme.dev.glaas.co',
    ]);
    expect(secretOrigins('glaas', s({ glaas: { environment: 'sandbox', partnerId: 'other' } }))).toContain('https://other.dev.glaas.co');
    // A path override under the same host keeps the binding; its origin is checked all the same.
    expect(
      secretOrigins('glaas', s({ glaas: { environment: 'production', paths: { loanRepayment: 'POST /v2/lms/loanRepayment' } } })),
    ).toEqual(['https://accounts.glaas.co', 'https://jportal.glaas.co']);
  });

  it('a partner id change makes the GLAAS password unusable until entered again', async () => {
    const main = createHarnessMain({ sandbox: fakeSandbox });
    await main.invoke('settings.update', { glaas: { environment: 'sandbox', partnerId: 'acme' } });
    await main.invoke('credentials.setGlaas', { username: 'agent7', password: PASSWORD });
    await main.invoke('settings.update', { glaas: { partnerId: 'evil' } });
    const status = (await main.invoke('credentials.status', {})) as { value: { glaas: { hostChanged?: boolean } } };
    expect(status.value.glaas.hostChanged).toBe(true);
    // Back to the partner it was entered for: usable again (nothing was wiped by a slip of the hand).
    await main.invoke('settings.update', { glaas: { partnerId: 'acme' } });
    const back = (await main.invoke('credentials.status', {})) as { value: { glaas: { configured: boolean } } };
    expect(back.value.glaas.configured).toBe(true);
  });

  it('a secret entered before any address is chosen is refused, not stored unbound', async () => {
    const main = createHarnessMain({ sandbox: fakeSandbox });
    const answer = await main.invoke('credentials.setCredgenics', { token: TOKEN });
    expect(answer).toMatchObject({ ok: false, error: { kind: 'rejected' } });
    expect(main.api.vault.get('credgenics')).toBeUndefined();
  });

  it('custom addresses must be https; plain http only to this computer', async () => {
    for (const ok of ['https://api.lender.in/recovery', 'http://127.0.0.1:4010/recovery', 'http://localhost:3000', 'http://[::1]:8080']) {
      expect(HttpUrl.safeParse(ok).success, ok).toBe(true);
    }
    for (const bad of ['http://api.lender.in/recovery', 'http://10.0.0.5/x', 'http://127.0.0.1.evil.in/', 'ftp://x.in', 'http://localhost.evil.in']) {
      expect(HttpUrl.safeParse(bad).success, bad).toBe(false);
    }
    const main = createHarnessMain({ sandbox: fakeSandbox });
    const answer = await main.invoke('settings.update', { credgenics: { environment: 'custom', customBaseUrl: 'http://api.lender.in/recovery' } });
    expect(answer).toMatchObject({ ok: false, error: { kind: 'rejected' } });
  });

  it('secrets saved by older builds are bound to the addresses in use at upgrade', () => {
    const store = createMemoryStore();
    const cipher = createFakeCipher({ backend: 'gnome_libsecret' });
    // An old build sealed the bare secret.
    store.set('vault.credgenics', { data: Buffer.from(cipher.encrypt(JSON.stringify({ token: TOKEN }))).toString('base64'), backend: 'gnome_libsecret' });
    const vault = createVault({ cipher, store, log: silentLogger });
    expect(vault.boundOrigins('credgenics')).toBeUndefined();
    vault.adoptUnbound('credgenics', ['https://apiprod.credgenics.com']);
    const again = createVault({ cipher: createFakeCipher({ backend: 'gnome_libsecret', key: cipher.key }), store, log: silentLogger });
    expect(again.boundOrigins('credgenics')).toEqual(['https://apiprod.credgenics.com']);
    again.adoptUnbound('credgenics', ['https://evil.example']); // already bound: unchanged
    expect(again.boundOrigins('credgenics')).toEqual(['https://apiprod.credgenics.com']);
  });

  it('the socket-level guard refuses any other origin before sending', async () => {
    const attacker = await server();
    const guarded = fetchOnlyTo(globalThis.fetch, ['https://apiprod.credgenics.com/recovery']);
    await expect(guarded(`${attacker.url}/x`, { headers: { authenticationtoken: TOKEN } })).rejects.toThrow(/refused/);
    expect(attacker.requests).toHaveLength(0);
  });
});
