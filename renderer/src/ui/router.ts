import { useSyncExternalStore } from 'react';

/**
 * Hash routes: the app is one page served from app://, so the hash is the whole address.
 *   #/loans            work list
 *   #/loans/<id>       one loan
 *   #/import           allocation import
 *   #/settings         settings
 */
export type Route =
  | { name: 'loans' }
  | { name: 'loan'; loanId: string }
  | { name: 'import' }
  | { name: 'settings' };

export function parseRoute(hash: string): Route | undefined {
  const path = hash.replace(/^#/, '');
  if (path === '/loans' || path === '/loans/') return { name: 'loans' };
  const loan = /^\/loans\/(.+)$/.exec(path);
  if (loan) {
    try {
      return { name: 'loan', loanId: decodeURIComponent(loan[1]!) };
    } catch {
      return undefined;
    }
  }
  if (path === '/import') return { name: 'import' };
  if (path === '/settings') return { name: 'settings' };
  return undefined;
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'loan':
      return `#/loans/${encodeURIComponent(route.loanId)}`;
    default:
      return `#/${route.name}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current hash (undefined route = the app picks its start screen). */
export function useRoute(): Route | undefined {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
