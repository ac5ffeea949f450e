import type { Result } from '../../shared/result';
import { createCredgenicsClient, type CredgenicsClient } from './services/credgenics';
import { resolveCredgenics, resolveGlaas, type TrainingPort } from './services/endpoints';
import { createGlaasClient, type GlaasClient } from './services/glaas';
import { createGlaasSessionHolder } from './services/glaas-session';
import type { Logger } from './services/log';
import type { SettingsService } from './services/settings';
import type { Vault } from './services/vault';
import { createWriteRegistry, type WriteRegistry } from './services/write-registry';

export interface AppInfoValue {
  version: string;
  platform: string;
  shell: 'electron' | 'harness';
}

/**
 * What every handler shares: services, ports, and the two helpers that build a platform client
 * from the current settings and vault (or answer `not-configured`).
 */
export interface MainContext {
  vault: Vault;
  settings: SettingsService;
  log: Logger;
  now: () => number;
  appInfo: AppInfoValue;
  withCredgenics<T>(use: (client: CredgenicsClient) => Promise<Result<T>>): Promise<Result<T>>;
  withGlaas<T>(use: (client: GlaasClient) => Promise<Result<T>>): Promise<Result<T>>;
  /** Platform writes by outbox id: joins a write still in flight after a page reload. */
  writes: WriteRegistry;
  /** Drops the cached GLAAS session: the user changed where GLAAS is or who signs in. */
  forgetSessions(): void;
}

export function createMainContext(deps: {
  vault: Vault;
  settings: SettingsService;
  log: Logger;
  fetch: typeof globalThis.fetch;
  training: TrainingPort;
  appInfo: AppInfoValue;
  now?: () => number;
}): MainContext {
  const now = deps.now ?? Date.now;
  // The GLAAS session lives in the main process only and is never sent to the renderer. One
  // holder for every client: concurrent calls across an expiry share one login.
  const session = createGlaasSessionHolder();
  const ports = { fetch: deps.fetch, log: deps.log, now };

  return {
    vault: deps.vault,
    settings: deps.settings,
    log: deps.log,
    now,
    appInfo: deps.appInfo,
    writes: createWriteRegistry(now),
    async withCredgenics(use) {
      const resolved = await resolveCredgenics(deps.settings.get(), deps.vault, deps.training);
      if (!resolved.ok) return resolved;
      return use(createCredgenicsClient(resolved.value, ports));
    },
    async withGlaas(use) {
      const resolved = await resolveGlaas(deps.settings.get(), deps.vault, deps.training);
      if (!resolved.ok) return resolved;
      return use(createGlaasClient(resolved.value, { ...ports, session }));
    },
    forgetSessions() {
      session.set(undefined);
    },
  };
}
