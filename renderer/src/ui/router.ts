import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './route-parse';

export { parseRoute, type Route };

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'loan':
      return `#/loans/${encodeURIComponent(route.loanId)}`;
    case 'visit':
      return `#/loans/${encodeURIComponent(route.loanId)}/visit`;
    case 'receipt':
      return `#/receipts/${encodeURIComponent(route.visitId)}`;
    case 'application':
      return `#/kyc/${encodeURIComponent(route.requestFlowId)}${route.loanId ? `?loan=${encodeURIComponent(route.loanId)}` : ''}`;
    case 'deposit-new':
      return '#/deposits/new';
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
