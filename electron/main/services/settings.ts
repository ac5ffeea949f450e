import {
  ConnectionCheck,
  Settings,
  defaultSettings,
  type Platform,
  type SettingsPatch,
} from '../../../shared/settings';
import type { Logger } from './log';
import type { KeyValuePort } from './ports';

const SETTINGS_KEY = 'settings';
const checkKey = (platform: Platform) => `lastCheck.${platform}`;

export interface SettingsService {
  get(): Settings;
  update(patch: SettingsPatch): Settings;
  lastCheck(platform: Platform): ConnectionCheck | undefined;
  recordCheck(platform: Platform, check: ConnectionCheck): void;
}

/** Nothing a server says is written to the settings file (it could echo a secret back). */
const verdictOnly = (check: ConnectionCheck): ConnectionCheck => ({ at: check.at, ok: check.ok });

export function createSettingsService(deps: { store: KeyValuePort; log: Logger }): SettingsService {
  const { store, log } = deps;

  function get(): Settings {
    const parsed = Settings.safeParse(store.get(SETTINGS_KEY) ?? defaultSettings);
    if (parsed.success) return parsed.data;
    // A settings file from a newer or broken build must not stop the app from opening.
    log.warn('settings: stored settings were unreadable; using defaults', {
      issues: parsed.error.issues.map((i) => i.path.join('.')),
    });
    return structuredClone(defaultSettings);
  }

  return {
    get,
    update(patch) {
      const current = get();
      const next: Settings = {
        ...current,
        ...(patch.language ? { language: patch.language } : {}),
        credgenics: { ...current.credgenics, ...patch.credgenics },
        ...(patch.loans || current.loans ? { loans: { ...current.loans, ...patch.loans } } : {}),
        ...(patch.collections || current.collections
          ? { collections: { ...current.collections, ...patch.collections } }
          : {}),
        ...(patch.deposits || current.deposits ? { deposits: { ...current.deposits, ...patch.deposits } } : {}),
        ...(patch.kyc || current.kyc ? { kyc: { ...current.kyc, ...patch.kyc } } : {}),
        ...(patch.network || current.network ? { network: { ...current.network, ...patch.network } } : {}),
        ...(patch.lock || current.lock ? { lock: { ...current.lock, ...patch.lock } } : {}),
        ...(patch.retention || current.retention ? { retention: { ...current.retention, ...patch.retention } } : {}),
        glaas: {
          ...current.glaas,
          ...patch.glaas,
          paths: patch.glaas?.paths ?? current.glaas.paths,
        },
      };
      const valid = Settings.parse(next);
      store.set(SETTINGS_KEY, valid);
      // Changing where a platform lives makes the last check meaningless.
      const moved = (p?: { environment?: unknown; customBaseUrl?: unknown; customAuthUrl?: unknown; customApiUrl?: unknown; partnerId?: unknown }) =>
        Boolean(p && ('environment' in p || 'customBaseUrl' in p || 'customAuthUrl' in p || 'customApiUrl' in p || 'partnerId' in p));
      if (moved(patch.credgenics)) store.delete(checkKey('credgenics'));
      if (moved(patch.glaas)) store.delete(checkKey('glaas'));
      return valid;
    },
    lastCheck(platform) {
      const parsed = ConnectionCheck.safeParse(store.get(checkKey(platform)));
      if (!parsed.success) return undefined;
      // Files from older builds also kept the server's words: they are dropped when read.
      if (parsed.data.message !== undefined) store.set(checkKey(platform), verdictOnly(parsed.data));
      return verdictOnly(parsed.data);
    },
    recordCheck(platform, check) {
      store.set(checkKey(platform), verdictOnly(check));
    },
  };
}
