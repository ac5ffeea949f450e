import { useSyncExternalStore } from 'react';

/**
 * Hash routes: the app is one page served from app://, so the hash is the whole address.
 *   #/loans            work list
 *   #/loans/<id>       one loan
 *   #/loans/<id>/visit record a visit on that loan
 *   #/receipts/<id>    the receipt of a visit with money
 *   #/sync             what is waiting to reach the platforms
 *   #/report           today's visits and money (day report)
 *   #/import           allocation import
 *   #/settings         settings
 *   #/welcome          first-run set-up (language, who you are, platforms, allocation)
 *   #/deposits         cash in hand and deposits
 *   #/deposits/new     record a deposit
 *   #/repayments       branch repayment grid
 *   #/money            money report (per day, per deposit)
 *   #/kyc              KYC: known applications, or type a requestFlowId
 *   #/kyc/<id>[?loan=<loanId>]  one application's documents (reached from a loan, or not)
 */
export type Route =
  | { name: 'loans' }
  | { name: 'loan'; loanId: string }
  | { name: 'visit'; loanId: string }
  | { name: 'receipt'; visitId: string }
  | { name: 'sync' }
  | { name: 'report' }
  | { name: 'import' }
  | { name: 'settings' }
  | { name: 'welcome' }
  | { name: 'deposits' }
  | { name: 'deposit-new' }
  | { name: 'repayments' }
  | { name: 'money' }
  | { name: 'kyc' }
  | { name: 'application'; requestFlowId: string; loanId?: string };

export function parseRoute(hash: string): Route | undefined {
  const path = hash.replace(/^#/, '');
  if (path === '/loans' || path === '/loans/') return { name: 'loans' };
  const visit = /^\/loans\/(.+)\/visit$/.exec(path);
  if (visit) {
    const loanId = decoded(visit[1]!);
    return loanId === undefined ? undefined : { name: 'visit', loanId };
  }
  const receipt = /^\/receipts\/(.+)$/.exec(path);
  if (receipt) {
    const visitId = decoded(receipt[1]!);
    return visitId === undefined ? undefined : { name: 'receipt', visitId };
  }
  if (path === '/sync') return { name: 'sync' };
  if (path === '/report') return { name: 'report' };
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
  if (path === '/welcome') return { name: 'welcome' };
  if (path === '/deposits') return { name: 'deposits' };
  if (path === '/deposits/new') return { name: 'deposit-new' };
  if (path === '/repayments') return { name: 'repayments' };
  if (path === '/money') return { name: 'money' };
  if (path === '/kyc' || path === '/kyc/') return { name: 'kyc' };
  const application = /^\/kyc\/(\d{1,18})(?:\?loan=(.+))?$/.exec(path);
  if (application) {
    const loanId = application[2] === undefined ? undefined : decoded(application[2]);
    return { name: 'application', requestFlowId: application[1]!, ...(loanId ? { loanId } : {}) };
  }
  return undefined;
}

function decoded(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

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
