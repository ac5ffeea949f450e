import { describe, expect, it } from 'vitest';
import { createSettingsService } from '../../electron/main/services/settings';
import { createMemoryStore } from '../../electron/main/services/ports';
import { silentLogger } from '../../electron/main/services/log';

describe('settings service', () => {
  it('merges patches per section and keeps what was not mentioned', () => {
    const settings = createSettingsService({ store: createMemoryStore(), log: silentLogger });
    settings.update({ credgenics: { environment: 'uat', companyId: 'c-1' } });
    settings.update({ credgenics: { lenderType: 'credit-lines' }, loans: { purgeAfterDays: 30 } });
    settings.update({ glaas: { environment: 'sandbox', partnerId: 'acme' } });
    expect(settings.get()).toEqual({
      credgenics: { environment: 'uat', companyId: 'c-1', lenderType: 'credit-lines' },
      glaas: { environment: 'sandbox', partnerId: 'acme' },
      loans: { purgeAfterDays: 30 },
    });
  });

  it('forgets the last connection check only when the platform moved', () => {
    const settings = createSettingsService({ store: createMemoryStore(), log: silentLogger });
    settings.recordCheck('credgenics', { at: 1, ok: true, message: 'Connected' });
    settings.update({ credgenics: { lenderType: 'loans' } });
    expect(settings.lastCheck('credgenics')).toMatchObject({ ok: true });
    settings.update({ credgenics: { environment: 'production' } });
    expect(settings.lastCheck('credgenics')).toBeUndefined();
  });

  it('opens with defaults when the stored settings are unreadable', () => {
    const store = createMemoryStore({ settings: { credgenics: { environment: 'mars' }, glaas: 7 } });
    expect(createSettingsService({ store, log: silentLogger }).get()).toEqual({ credgenics: {}, glaas: {} });
  });
});
