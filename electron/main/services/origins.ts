import { splitGlaasPath } from '../../../shared/glaas';
import { knownHosts, type Platform, type Settings } from '../../../shared/settings';
import { joinUrl } from './http';

/**
 * Where a platform's secret would be sent with the settings as they are: the origins
 * (scheme://host:port) of every address the token or password travels to. A secret is bound to
 * the origins it was entered for; when these change, the secret is not sent until entered again.
 * Training is not here: it carries its own demo credentials and never touches the vault.
 */
export function secretOrigins(platform: Platform, settings: Settings): string[] | undefined {
  const urls = platform === 'credgenics' ? credgenicsUrls(settings) : glaasUrls(settings);
  if (!urls) return undefined;
  const origins = new Set<string>();
  for (const url of urls) {
    const origin = originOf(url);
    if (!origin) return undefined;
    origins.add(origin);
  }
  return [...origins].sort();
}

export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.origin === 'null' ? undefined : parsed.origin;
  } catch {
    return undefined;
  }
}

/** True when every origin the secret would now go to is one it was entered for. */
export function originsCovered(needed: readonly string[], bound: readonly string[] | undefined): boolean {
  return Boolean(bound && bound.length > 0 && needed.length > 0 && needed.every((o) => bound.includes(o)));
}

function credgenicsUrls(settings: Settings): string[] | undefined {
  const cg = settings.credgenics;
  if (cg.environment === 'production' || cg.environment === 'uat') {
    const base = knownHosts.credgenics[cg.environment];
    return [base, base.replace(/\/recovery\/?$/, '')];
  }
  if (cg.environment === 'custom' && cg.customBaseUrl) {
    return [cg.customBaseUrl, cg.customRootUrl ?? cg.customBaseUrl.replace(/\/recovery\/?$/, '')];
  }
  return undefined;
}

function glaasUrls(settings: Settings): string[] | undefined {
  const gl = settings.glaas;
  let bases: string[] | undefined;
  if (gl.environment === 'production') bases = [knownHosts.glaas.productionAuth, knownHosts.glaas.productionApi];
  else if (gl.environment === 'sandbox' && gl.partnerId) {
    bases = [knownHosts.glaas.sandboxAuth, knownHosts.glaas.sandboxApi(gl.partnerId)];
  } else if (gl.environment === 'custom' && gl.customAuthUrl && gl.customApiUrl) {
    bases = [gl.customAuthUrl, gl.customApiUrl];
  }
  if (!bases) return undefined;
  // A path override is joined to a base address; if one could ever move the call to another
  // host, that host is where the password or session would go, so it counts too.
  const overridden: string[] = [];
  for (const template of Object.values(gl.paths ?? {})) {
    const split = splitGlaasPath(template);
    if (!split) continue;
    const path = split.path.replace(/\{[^}]*\}/g, '0');
    for (const base of bases) overridden.push(joinUrl(base, path));
  }
  return [...bases, ...overridden];
}
