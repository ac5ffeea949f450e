import type { Result } from '../../shared/result';
import { DEFAULT_MAX_ANSWER_MB } from '../../shared/settings';
import { createCredgenicsClient, type CredgenicsClient } from './services/credgenics';
import { resolveCredgenics, resolveGlaas, type TrainingPort } from './services/endpoints';
import { createGlaasClient, type GlaasClient } from './services/glaas';
import { createGlaasSessionHolder, type GlaasSessionHolder } from './services/glaas-session';
import type { Logger } from './services/log';
import { fetchOnlyTo } from './services/origin-guard';
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
  const holder = createGlaasSessionHolder();
  // Every session id seen is told to the vault: the log redactor hides what the vault knows, and
  // a session id is as good as the password.
  const noted = (id: string | undefined) => {
    if (id) deps.vault.noteTransient(id);
    return id;
  };
  const session: GlaasSessionHolder = {
    get: () => noted(holder.get()),
    set: (id) => holder.set(noted(id)),
    renew: (stale, login) => holder.renew(stale, login),
  };
  const ports = { fetch: deps.fetch, log: deps.log, now, secrets: () => deps.vault.knownSecrets() };
  /** The answer-size cap the user set (Settings → network), read afresh for every call. */
  const answerCap = () => ({ maxAnswerBytes: (deps.settings.get().network?.maxAnswerMb ?? DEFAULT_MAX_ANSWER_MB) * 1024 * 1024 });

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
      const { baseUrl, rootUrl } = resolved.value;
      return use(
        createCredgenicsClient(resolved.value, { ...ports, ...answerCap(), fetch: fetchOnlyTo(deps.fetch, [baseUrl, rootUrl]) }),
      );
    },
    async withGlaas(use) {
      const resolved = await resolveGlaas(deps.settings.get(), deps.vault, deps.training);
      if (!resolved.ok) return resolved;
      const { authUrl, apiUrl } = resolved.value;
      return use(
        createGlaasClient(resolved.value, { ...ports, ...answerCap(), fetch: fetchOnlyTo(deps.fetch, [authUrl, apiUrl]), session }),
      );
    },
    forgetSessions() {
      session.set(undefined);
    },
  };
}
