import { describe, expect, it } from 'vitest';
import { resolveCredgenics, resolveGlaas, rootOf, type TrainingEndpoints } from '../../electron/main/services/endpoints';
import { createVault } from '../../electron/main/services/vault';
import { createMemoryStore } from '../../electron/main/services/ports';
import { silentLogger } from '../../electron/main/services/log';
import type { Settings } from '../../shared/settings';
import { createFakeCipher } from '../support/fake-cipher';

const training: TrainingEndpoints = {
  credgenicsBaseUrl: 'http://127.0.0.1:1/credgenics/recovery',
  credgenicsRootUrl: 'http://127.0.0.1:1/credgenics',
  glaasAuthUrl: 'http://127.0.0.1:1/glaas/auth',
  glaasApiUrl: 'http://127.0.0.1:1/glaas/api',
  training: { credgenicsToken: 'training-token', glaasUsername: 'training', glaasPassword: 'training' },
};
const trainingPort = { endpoints: async () => training };
const vault = () => createVault({ cipher: createFakeCipher(), store: createMemoryStore(), log: silentLogger });
const settings = (s: Partial<Settings>): Settings => ({ credgenics: {}, glaas: {}, ...s });

describe('endpoint resolution', () => {
  it('uses the documented hosts, and the host root for the communication trigger', async () => {
    const v = vault();
    v.set('credgenics', { token: 'tok-123456' }, ['https://apiprod.credgenics.com']);
    const prod = await resolveCredgenics(settings({ credgenics: { environment: 'production', companyId: 'c1' } }), v, trainingPort);
    expect(prod).toEqual({
      ok: true,
      value: {
        baseUrl: 'https://apiprod.credgenics.com/recovery',
        rootUrl: 'https://apiprod.credgenics.com',
        token: 'tok-123456',
        companyId: 'c1',
      },
    });
    v.set('credgenics', { token: 'tok-123456' }, ['https://apiuat.credgenics.com']);
    const uat = await resolveCredgenics(settings({ credgenics: { environment: 'uat' } }), v, trainingPort);
    expect(uat.ok && uat.value.baseUrl).toBe('https://apiuat.credgenics.com/recovery');
    expect(rootOf('https://x.example/recovery')).toBe('https://x.example');
  });

  it('training needs no credentials; the others say what is missing', async () => {
    const v = vault();
    const t = await resolveCredgenics(settings({ credgenics: { environment: 'training' } }), v, trainingPort);
    expect(t.ok && t.value.token).toBe('training-token');
    const none = await resolveCredgenics(settings({}), v, trainingPort);
    expect(none).toMatchObject({ ok: false, error: { kind: 'not-configured' } });
    const noToken = await resolveCredgenics(settings({ credgenics: { environment: 'uat' } }), v, trainingPort);
    expect(noToken).toMatchObject({ ok: false, error: { kind: 'not-configured', message: expect.stringContaining('auth token') } });
    const noUrl = await resolveCredgenics(settings({ credgenics: { environment: 'custom' } }), v, trainingPort);
    expect(noUrl).toMatchObject({ ok: false, error: { kind: 'not-configured', message: expect.stringContaining('address') } });
  });

  it('GLAAS sandbox host is built from the partner id', async () => {
    const v = vault();
    v.set('glaas', { username: 'u', password: 'p4ss-word' }, ['https://accounts.dev.glaas.co', 'https://acme.dev.glaas.co']);
    const noPartner = await resolveGlaas(settings({ glaas: { environment: 'sandbox' } }), v, trainingPort);
    expect(noPartner).toMatchObject({ ok: false, error: { kind: 'not-configured', message: expect.stringContaining('partner id') } });
    const sandbox = await resolveGlaas(settings({ glaas: { environment: 'sandbox', partnerId: 'acme' } }), v, trainingPort);
    expect(sandbox).toMatchObject({ ok: true, value: { authUrl: 'https://accounts.dev.glaas.co', apiUrl: 'https://acme.dev.glaas.co' } });
    v.set('glaas', { username: 'u', password: 'p4ss-word' }, ['https://accounts.glaas.co', 'https://jportal.glaas.co']);
    const prod = await resolveGlaas(settings({ glaas: { environment: 'production' } }), v, trainingPort);
    expect(prod).toMatchObject({ ok: true, value: { authUrl: 'https://accounts.glaas.co', apiUrl: 'https://jportal.glaas.co/api' } });
    const training_ = await resolveGlaas(settings({ glaas: { environment: 'training' } }), vault(), trainingPort);
    expect(training_).toMatchObject({ ok: true, value: { username: 'training', apiUrl: training.glaasApiUrl } });
  });
});
