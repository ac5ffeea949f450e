import { create } from 'zustand';
import type { CredentialsStatus } from '../../../shared/credentials';
import type { ApiError, Result } from '../../../shared/result';
import type { ConnectionCheck, Platform, Settings, SettingsPatch } from '../../../shared/settings';
import { api } from '../api';

export type CheckState =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'done'; check: ConnectionCheck; error?: ApiError };

interface SettingsState {
  settings?: Settings;
  credentials?: CredentialsStatus;
  loadError?: ApiError;
  checks: Record<Platform, CheckState>;
  load(): Promise<void>;
  update(patch: SettingsPatch): Promise<Result<Settings>>;
  saveCredgenicsToken(token: string): Promise<Result<CredentialsStatus>>;
  saveGlaasLogin(username: string, password: string): Promise<Result<CredentialsStatus>>;
  removeSecret(platform: Platform): Promise<Result<CredentialsStatus>>;
  setWeakStorage(accept: boolean): Promise<Result<CredentialsStatus>>;
  testConnection(platform: Platform): Promise<void>;
}

export const useSettingsStore = create<SettingsState>((set, get) => {
  /** Every credentials answer refreshes the status shown on screen. */
  const keepStatus = (result: Result<CredentialsStatus>) => {
    if (result.ok) set({ credentials: result.value });
    return result;
  };
  const refreshStatus = async () => keepStatus(await api.credentials.status());

  return {
    checks: { credgenics: { state: 'idle' }, glaas: { state: 'idle' } },
    async load() {
      const [settings, credentials] = await Promise.all([api.settings.get(), api.credentials.status()]);
      if (!settings.ok) return set({ loadError: settings.error });
      if (!credentials.ok) return set({ loadError: credentials.error });
      set({ settings: settings.value, credentials: credentials.value, loadError: undefined });
    },
    async update(patch) {
      const result = await api.settings.update(patch);
      if (result.ok) {
        set({ settings: result.value });
        const changed = Object.keys(patch) as Platform[];
        set({ checks: { ...get().checks, ...Object.fromEntries(changed.map((p) => [p, { state: 'idle' }])) } });
        await refreshStatus();
      }
      return result;
    },
    saveCredgenicsToken: async (token) => keepStatus(await api.credentials.setCredgenics({ token })),
    saveGlaasLogin: async (username, password) => keepStatus(await api.credentials.setGlaas({ username, password })),
    removeSecret: async (platform) => keepStatus(await api.credentials.remove({ platform })),
    setWeakStorage: async (accept) => keepStatus(await api.credentials.setWeakStorage({ accept })),
    async testConnection(platform) {
      set({ checks: { ...get().checks, [platform]: { state: 'checking' } } });
      const result = await api.connection.test({ platform });
      const done: CheckState = result.ok
        ? { state: 'done', check: result.value }
        : { state: 'done', check: { at: Date.now(), ok: false, message: result.error.message }, error: result.error };
      set({ checks: { ...get().checks, [platform]: done } });
      await refreshStatus();
    },
  };
});
