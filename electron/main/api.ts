import { byteChannels, contract, type Contract } from '../../shared/contract';
import { coreHandlers } from './api-core';
import { fileHandlers } from './api-files';
import { lockHandlers } from './api-lock';
import { platformHandlers } from './api-platforms';
import { createMainContext, type AppInfoValue } from './context';
import { createDispatcher, type Dispatch, type Handlers } from './dispatch';
import type { TrainingPort } from './services/endpoints';
import type { Logger } from './services/log';
import type { CipherPort, FilesPort, KeyValuePort } from './services/ports';
import { createAppLock, type AppLock } from './services/app-lock';
import { secretOrigins } from './services/origins';
import { createSettingsService } from './services/settings';
import { createSystemLockSignal, type SystemLockSignal } from './services/system-lock';
import { createVault, type Vault } from './services/vault';

export interface MainDeps {
  /** Persistent key-value store (electron-store in the app; memory or a file in tests). */
  store: KeyValuePort;
  cipher: CipherPort;
  fetch: typeof globalThis.fetch;
  log: Logger;
  training: TrainingPort;
  appInfo: AppInfoValue;
  now?: () => number;
  /** Save dialogs and printing; absent where there is no window to print. */
  files?: FilesPort;
  /** Tests only: fewer PBKDF2 rounds for the PIN. The Electron shell never passes it. */
  lockKdfIterations?: number;
}

export interface MainApi {
  handlers: Handlers<Contract>;
  /** The validated entry point: channel allow-list, zod in, zod out. */
  dispatch: Dispatch;
  vault: Vault;
  appLock: AppLock;
  /** The shell tells it when the laptop sleeps or its screen locks. */
  systemLock: SystemLockSignal;
}

/** Builds the object that implements the contract. Imports nothing from 'electron'. */
export function createMainApi(deps: MainDeps): MainApi {
  const vault = createVault({ cipher: deps.cipher, store: deps.store, log: deps.log });
  const settings = createSettingsService({ store: deps.store, log: deps.log });
  // Secrets saved by builds before host binding are bound to the addresses in use today.
  for (const platform of ['credgenics', 'glaas'] as const) vault.adoptUnbound(platform, secretOrigins(platform, settings.get()));
  const ctx = createMainContext({ ...deps, vault, settings });
  const appLock = createAppLock({
    ...deps,
    vault,
    settings: () => settings.get(),
    ...(deps.lockKdfIterations ? { iterations: deps.lockKdfIterations } : {}),
  });
  const systemLock = createSystemLockSignal();
  const handlers = {
    ...coreHandlers(ctx),
    ...platformHandlers(ctx),
    ...fileHandlers(deps.files, deps.log),
    ...lockHandlers(appLock, systemLock, () => ctx.forgetSessions()),
  } as Handlers<Contract>;
  return { handlers, dispatch: createDispatcher(contract, handlers, deps.log, byteChannels), vault, appLock, systemLock };
}
