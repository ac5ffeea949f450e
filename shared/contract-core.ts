import { z } from 'zod';
import { CredentialsStatus, CredgenicsSecretInput, GlaasSecretInput } from './credentials';
import { ConnectionCheck, PlatformSchema, Settings, SettingsPatch } from './settings';

/** Channels that take no input accept `{}` only: anything else is garbage. */
export const NoInput = z.strictObject({});

export const AppInfo = z.object({
  version: z.string(),
  platform: z.string(),
  /** True when the window is the real Electron shell (false in the browser harness). */
  shell: z.enum(['electron', 'harness']),
});

/** App-level channels: settings, credentials, connection checks. */
export const coreChannels = {
  'app.info': { input: NoInput, output: AppInfo },
  'settings.get': { input: NoInput, output: Settings },
  'settings.update': { input: SettingsPatch, output: Settings },
  'credentials.status': { input: NoInput, output: CredentialsStatus },
  'credentials.setCredgenics': { input: CredgenicsSecretInput, output: CredentialsStatus },
  'credentials.setGlaas': { input: GlaasSecretInput, output: CredentialsStatus },
  'credentials.remove': { input: z.strictObject({ platform: PlatformSchema }), output: CredentialsStatus },
  'credentials.setWeakStorage': { input: z.strictObject({ accept: z.boolean() }), output: CredentialsStatus },
  'connection.test': { input: z.strictObject({ platform: PlatformSchema }), output: ConnectionCheck },
} as const;
