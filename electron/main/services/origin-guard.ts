import { originOf } from './origins';

/**
 * A fetch that goes only to the given origins. The endpoint resolver already refuses a secret
 * whose addresses changed; this is the second lock, at the socket: whatever a path override or a
 * future code path builds, a request carrying the token, password or session cannot leave for
 * another host. A refused request throws before anything is sent.
 */
export function fetchOnlyTo(fetch: typeof globalThis.fetch, allowed: readonly (string | undefined)[]): typeof globalThis.fetch {
  const origins = new Set(allowed.map((url) => (url ? originOf(url) : undefined)).filter((o): o is string => Boolean(o)));
  return (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const origin = originOf(url);
    if (!origin || !origins.has(origin)) {
      return Promise.reject(Object.assign(new Error('FieldDesk refused to send to an address the sign-in was not entered for.'), { code: 'FD_ORIGIN_REFUSED' }));
    }
    return fetch(input, init);
  };
}
