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

  it('keeps every section a patch names: the lock and retention settings too (issue 13)', () => {
    const settings = createSettingsService({ store: createMemoryStore(), log: silentLogger });
    settings.update({ lock: { idleMinutes: 10 } });
    settings.update({ retention: { days: 30 } });
    settings.update({ language: 'hi' });
    expect(settings.get()).toMatchObject({ lock: { idleMinutes: 10 }, retention: { days: 30 }, language: 'hi' });
    // Every section of the settings schema has its line in update(): none is silently dropped.
    const every = { loans: {}, collections: {}, deposits: {}, kyc: {}, network: {}, lock: {}, retention: {} };
    settings.update(every);
    for (const section of Object.keys(every)) expect(settings.get()).toHaveProperty(section);
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

  it('stores a collections patch, merges the next one per key, and reads it back after a restart', () => {
    const store = createMemoryStore();
    const settings = createSettingsService({ store, log: silentLogger });
    settings.update({ credgenics: { environment: 'training' } });
    settings.update({
      collections: {
        agentEmail: 'asha@lender.in',
        agentName: 'Asha Rao',
        bifurcation: true,
        dispositions: [
          { code: 'PAID_FULL', label: 'Paid in full', needs: 'payment' },
          { code: 'PTP', label: 'Promise to pay', needs: 'promise' },
        ],
        receiptMessage: { eventName: 'payment_receipt', inboundBotId: 'bot-1', sendTo: 'applicant' },
      },
    });
    // The Collections form sends its whole object; a key it empties is sent as undefined and cleared.
    settings.update({
      collections: {
        agentEmail: 'asha.rao@lender.in',
        agentName: undefined,
        lenderName: 'Acme Finance',
        dispositions: [{ code: 'PAID_FULL', label: 'Paid everything', needs: 'payment' }],
      },
    });
    const expected = {
      credgenics: { environment: 'training' },
      glaas: {},
      collections: {
        agentEmail: 'asha.rao@lender.in',
        lenderName: 'Acme Finance',
        bifurcation: true,
        dispositions: [{ code: 'PAID_FULL', label: 'Paid everything', needs: 'payment' }],
        receiptMessage: { eventName: 'payment_receipt', inboundBotId: 'bot-1', sendTo: 'applicant' },
      },
    };
    expect(settings.get()).toEqual(expected);
    expect(settings.get().collections).not.toHaveProperty('agentName', 'Asha Rao');
    // A new service on the same store (the app restarted) reads the same thing.
    expect(createSettingsService({ store, log: silentLogger }).get()).toEqual(expected);
    // Another section's save leaves collections alone.
    settings.update({ loans: { purgeAfterDays: 30 } });
    expect(settings.get().collections).toEqual(expected.collections);
  });

  it('refuses a collections patch the schema refuses, and keeps what was stored', () => {
    const settings = createSettingsService({ store: createMemoryStore(), log: silentLogger });
    settings.update({ collections: { agentEmail: 'asha@lender.in' } });
    expect(() => settings.update({ collections: { agentEmail: 'not an email' } })).toThrow();
    expect(() => settings.update({ collections: { dispositions: [] } })).toThrow();
    expect(settings.get().collections).toEqual({ agentEmail: 'asha@lender.in' });
  });
});
