import type { CredentialsStatus } from '../../shared/credentials';
import type { Result } from '../../shared/result';
import type { ConnectionCheck, Platform } from '../../shared/settings';
import type { MainContext } from './context';
import { secretState } from './services/endpoints';
import { secretOrigins } from './services/origins';

/** Handlers for the app-level channels: settings, credentials, connection checks. */
export function coreHandlers(ctx: MainContext) {
  const { vault, settings } = ctx;

  function credentialsStatus(): CredentialsStatus {
    const current = settings.get();
    const describe = (platform: Platform) => {
      const environment = current[platform].environment;
      // Training carries its own demo credentials: nothing to enter. A secret entered for other
      // addresses is not usable: the screen asks for it again and says why.
      const state = secretState(platform, current, vault);
      const configured = environment === 'training' || state === 'usable';
      const hostChanged = environment !== 'training' && state === 'host-changed';
      const lastCheck = settings.lastCheck(platform);
      return {
        configured,
        ...(hostChanged ? { hostChanged } : {}),
        ...(environment ? { environment } : {}),
        ...(lastCheck ? { lastCheck } : {}),
      };
    };
    return { storage: vault.status(), credgenics: describe('credgenics'), glaas: describe('glaas') };
  }

  const status = async (): Promise<Result<CredentialsStatus>> => ({ ok: true, value: credentialsStatus() });

  async function testConnection(platform: Platform): Promise<Result<ConnectionCheck>> {
    const outcome =
      platform === 'credgenics'
        ? await ctx.withCredgenics((client) => client.checkConnection())
        : await ctx.withGlaas((client) => client.checkConnection());
    const check: ConnectionCheck = outcome.ok
      ? { at: ctx.now(), ok: true, message: 'Connected' }
      : { at: ctx.now(), ok: false, message: describeFailure(outcome.error.message, outcome.error.serverMessage) };
    settings.recordCheck(platform, check);
    ctx.log.info('connection checked', { platform, ok: check.ok, kind: outcome.ok ? undefined : outcome.error.kind });
    return outcome.ok ? { ok: true, value: check } : { ok: false, error: outcome.error };
  }

  return {
    'app.info': async () => ({ ok: true as const, value: ctx.appInfo }),
    'settings.get': async () => ({ ok: true as const, value: settings.get() }),
    'settings.update': async (patch: Parameters<typeof settings.update>[0]) => {
      const next = settings.update(patch);
      ctx.forgetSessions();
      return { ok: true as const, value: next };
    },
    'credentials.status': status,
    'credentials.setCredgenics': async (secret: { token: string }) => {
      const origins = secretOrigins('credgenics', settings.get());
      if (!origins) return noAddressYet('Credgenics');
      vault.set('credgenics', secret, origins);
      return status();
    },
    'credentials.setGlaas': async (secret: { username: string; password: string }) => {
      const origins = secretOrigins('glaas', settings.get());
      if (!origins) return noAddressYet('GLAAS');
      vault.set('glaas', secret, origins);
      ctx.forgetSessions();
      return status();
    },
    'credentials.remove': async ({ platform }: { platform: Platform }) => {
      vault.remove(platform);
      if (platform === 'glaas') ctx.forgetSessions();
      return status();
    },
    'credentials.setWeakStorage': async ({ accept }: { accept: boolean }) => {
      vault.setWeakStorageAccepted(accept);
      return status();
    },
    'connection.test': ({ platform }: { platform: Platform }) => testConnection(platform),
  };
}

/** A secret is bound to where it goes: with no address chosen yet there is nothing to bind it to. */
function noAddressYet(name: string): Result<never> {
  return {
    ok: false,
    error: { kind: 'rejected', message: `Choose where ${name} is (and its address for Custom) and save it before entering the sign-in details.` },
  };
}

function describeFailure(message: string, serverMessage?: string): string {
  return serverMessage ? `${message} The server said: ${serverMessage}` : message;
}
