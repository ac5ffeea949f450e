import type { Route } from './core';

interface Compiled {
  route: Route;
  parts: string[];
}

export type Match = { route: Route; params: Record<string, string> } | { methodNotAllowed: true; platform: Route['platform'] } | null;

/** A tiny exact-segment router: the vendors' paths are few and fixed. */
export class Router {
  private readonly compiled: Compiled[];

  constructor(routes: Route[]) {
    this.compiled = routes.map((route) => ({ route, parts: route.pattern.split('/').filter(Boolean) }));
  }

  match(method: string, path: string): Match {
    const segments = path.split('/').filter(Boolean);
    let wrongMethod: Route | null = null;
    for (const { route, parts } of this.compiled) {
      const params = matchParts(parts, segments);
      if (!params) continue;
      if (route.method === method) return { route, params };
      wrongMethod = route;
    }
    return wrongMethod ? { methodNotAllowed: true, platform: wrongMethod.platform } : null;
  }
}

function matchParts(parts: string[], segments: string[]): Record<string, string> | null {
  if (parts.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const seg = segments[i] as string;
    if (part.startsWith(':')) {
      try {
        params[part.slice(1)] = decodeURIComponent(seg);
      } catch {
        return null;
      }
    } else if (part !== seg) {
      return null;
    }
  }
  return params;
}
