import type { ApiError, Result } from '../../../shared/result';
import { knownHosts, type Platform, type Settings } from '../../../shared/settings';
import { originsCovered, secretOrigins } from './origins';
import type { Vault } from './vault';

/** Where the built-in training sandbox answers, and its fixed demo credentials. */
export interface TrainingEndpoints {
  credgenicsBaseUrl: string;
  credgenicsRootUrl: string;
  glaasAuthUrl: string;
  glaasApiUrl: string;
  training: { credgenicsToken: string; glaasUsername: string; glaasPassword: string };
}

/** Starts the training sandbox on first use (in-process, free loopback port) and reuses it. */
export interface TrainingPort {
  endpoints(): Promise<TrainingEndpoints>;
}

export interface ResolvedCredgenics {
  baseUrl: string;
  rootUrl: string;
  token: string;
  companyId?: string;
  role?: string;
}

export interface ResolvedGlaas {
  authUrl: string;
  apiUrl: string;
  username: string;
  password: string;
  paths?: Record<string, string>;
}

const notConfigured = (message: string): Result<never> => ({
  ok: false,
  error: { kind: 'not-configured', message } satisfies ApiError,
});

/**
 * Whether the platform's saved secret may be sent with the settings as they are: 'missing' (none
 * saved), 'host-changed' (saved for other addresses: enter it again), or 'usable'.
 */
export function secretState(platform: Platform, settings: Settings, vault: Vault): 'missing' | 'host-changed' | 'usable' {
  if (!vault.get(platform)) return 'missing';
  const needed = secretOrigins(platform, settings);
  return needed && originsCovered(needed, vault.boundOrigins(platform)) ? 'usable' : 'host-changed';
}

const hostChanged = {
  credgenics:
    'The Credgenics address changed since the auth token was entered, so FieldDesk will not send it there. Enter the token again in Settings.',
  glaas:
    'The GLAAS address changed since the password was entered, so FieldDesk will not send it there. Enter the username and password again in Settings.',
} as const;

/** The communication trigger lives at the host root, not under /recovery (NOTES.md). */
export const rootOf = (baseUrl: string) => baseUrl.replace(/\/recovery\/?$/, '');

export async function resolveCredgenics(
  settings: Settings,
  vault: Vault,
  training: TrainingPort,
): Promise<Result<ResolvedCredgenics>> {
  const cg = settings.credgenics;
  const extras = {
    ...(cg.companyId ? { companyId: cg.companyId } : {}),
    ...(cg.role ? { role: cg.role } : {}),
  };
  switch (cg.environment) {
    case undefined:
      return notConfigured('Choose where Credgenics is (Production, UAT, Training or Custom) in Settings.');
    case 'training': {
      const t = await training.endpoints();
      return {
        ok: true,
        value: { baseUrl: t.credgenicsBaseUrl, rootUrl: t.credgenicsRootUrl, token: t.training.credgenicsToken, ...extras },
      };
    }
    default: {
      const baseUrl =
        cg.environment === 'custom' ? cg.customBaseUrl : knownHosts.credgenics[cg.environment];
      if (!baseUrl) return notConfigured('Enter the Credgenics address for Custom in Settings.');
      const secret = vault.get('credgenics');
      if (!secret) return notConfigured('Enter the Credgenics auth token in Settings.');
      if (secretState('credgenics', settings, vault) !== 'usable') return notConfigured(hostChanged.credgenics);
      const rootUrl = cg.environment === 'custom' && cg.customRootUrl ? cg.customRootUrl : rootOf(baseUrl);
      return { ok: true, value: { baseUrl, rootUrl, token: secret.token, ...extras } };
    }
  }
}

export async function resolveGlaas(
  settings: Settings,
  vault: Vault,
  training: TrainingPort,
): Promise<Result<ResolvedGlaas>> {
  const gl = settings.glaas;
  const paths = gl.paths ? { paths: gl.paths } : {};
  if (gl.environment === undefined) {
    return notConfigured('Choose where GLAAS is (Production, Sandbox, Training or Custom) in Settings.');
  }
  if (gl.environment === 'training') {
    const t = await training.endpoints();
    return {
      ok: true,
      value: {
        authUrl: t.glaasAuthUrl,
        apiUrl: t.glaasApiUrl,
        username: t.training.glaasUsername,
        password: t.training.glaasPassword,
        ...paths,
      },
    };
  }
  let authUrl: string | undefined;
  let apiUrl: string | undefined;
  if (gl.environment === 'production') {
    authUrl = knownHosts.glaas.productionAuth;
    apiUrl = knownHosts.glaas.productionApi;
  } else if (gl.environment === 'sandbox') {
    if (!gl.partnerId) return notConfigured('Enter your GLAAS partner id for the GLAAS sandbox in Settings.');
    authUrl = knownHosts.glaas.sandboxAuth;
    apiUrl = knownHosts.glaas.sandboxApi(gl.partnerId);
  } else {
    authUrl = gl.customAuthUrl;
    apiUrl = gl.customApiUrl;
    if (!authUrl || !apiUrl) return notConfigured('Enter both GLAAS addresses (sign-in and API) for Custom in Settings.');
  }
  const secret = vault.get('glaas');
  if (!secret) return notConfigured('Enter the GLAAS username and password in Settings.');
  if (secretState('glaas', settings, vault) !== 'usable') return notConfigured(hostChanged.glaas);
  return { ok: true, value: { authUrl, apiUrl, username: secret.username, password: secret.password, ...paths } };
}
