import { createElement, lazy, type ComponentType } from 'react';
import { parseRoute, type Route } from './ui/router';

/**
 * Every screen is its own chunk, loaded when first opened: the first paint needs only the shell
 * and the screen it lands on (issue 14: start fast). Screens are named exports, hence `pick`.
 *
 * A screen whose chunk has already arrived renders directly, not through React.lazy: lazy would
 * suspend once even for a loaded module (its promise settles a microtask later), and React then
 * holds the screen back behind the "Loading…" fallback for up to 300 ms (its fallback throttle).
 * The preloaded start screens therefore paint in the same frame as the unlock.
 */
function screen<M, P extends object>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>): ComponentType<P> & { preload(): Promise<void> } {
  let ready: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const fetchScreen = () =>
    (loading ??= load().then(
      (module) => (ready = pick(module)),
      (error: unknown) => {
        // A failed fetch (an update swapped the files) may be retried on the next visit.
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(() => fetchScreen().then((component) => ({ default: component })));
  const Screen = (props: P) => createElement((ready ?? Lazy) as ComponentType<P>, props);
  return Object.assign(Screen, { preload: () => fetchScreen().then(() => undefined) });
}

export const SettingsScreen = screen(() => import('./features/settings/SettingsScreen'), (m) => m.SettingsScreen);
export const LoansScreen = screen(() => import('./features/loans/LoansScreen'), (m) => m.LoansScreen);
export const FirstRunScreen = screen(() => import('./features/setup/FirstRunScreen'), (m) => m.FirstRunScreen);

export const RefreshPanel = screen(() => import('./features/loans/RefreshPanel'), (m) => m.RefreshPanel);
export const ImportScreen = screen(() => import('./features/loans/import/ImportScreen'), (m) => m.ImportScreen);
export const VisitScreen = screen(() => import('./features/collections/VisitScreen'), (m) => m.VisitScreen);
export const ReceiptScreen = screen(() => import('./features/collections/receipt/ReceiptScreen'), (m) => m.ReceiptScreen);
export const DayReportScreen = screen(() => import('./features/reports/DayReportScreen'), (m) => m.DayReportScreen);
export const SyncScreen = screen(() => import('./features/sync/SyncScreen'), (m) => m.SyncScreen);
export const DepositsScreen = screen(() => import('./features/deposits/DepositsScreen'), (m) => m.DepositsScreen);
export const DepositForm = screen(() => import('./features/deposits/DepositForm'), (m) => m.DepositForm);
export const RepaymentsScreen = screen(() => import('./features/repayments/RepaymentsScreen'), (m) => m.RepaymentsScreen);
export const MoneyReportScreen = screen(() => import('./features/deposits/MoneyReportScreen'), (m) => m.MoneyReportScreen);
export const ApplicationsScreen = screen(() => import('./features/kyc/ApplicationsScreen'), (m) => m.ApplicationsScreen);
export const ApplicationPage = screen(() => import('./features/kyc/ApplicationPage'), (m) => m.ApplicationPage);
/** The loan page with what it reads GLAAS and refreshes with, all in its own chunk. */
export const LoanPageRoute = screen(() => import('./features/loans/page/LoanPageRoute'), (m) => m.LoanPageRoute);

/** The chunks each address shows. */
const screensFor: Record<Route['name'], Array<{ preload(): Promise<void> }>> = {
  welcome: [FirstRunScreen],
  settings: [SettingsScreen],
  loans: [LoansScreen, RefreshPanel],
  loan: [LoanPageRoute],
  import: [ImportScreen],
  visit: [VisitScreen],
  receipt: [ReceiptScreen],
  report: [DayReportScreen],
  sync: [SyncScreen],
  deposits: [DepositsScreen],
  'deposit-new': [DepositForm],
  repayments: [RepaymentsScreen],
  money: [MoneyReportScreen],
  kyc: [ApplicationsScreen],
  application: [ApplicationPage],
};

/**
 * The chunks of the screen the app opens on start loading with the app, alongside the settings
 * read and the unlock, instead of after them. Only that screen's: a reload on Settings does not
 * fetch the loans screen first. With no address the start is My loans, or the set-up on a new
 * laptop (known only once settings load), so both are fetched. Settles when they have arrived:
 * the app waits for that before its first screen, so the screen paints at once instead of
 * suspending behind React's fallback (which holds it back for up to 300 ms).
 */
export function preloadStartScreens(hash = typeof location === 'undefined' ? '' : location.hash): Promise<void> {
  const route = parseRoute(hash);
  const starts = route ? screensFor[route.name] : [...screensFor.loans, ...screensFor.welcome];
  // Settles either way: a chunk that failed to arrive is fetched again when the screen renders.
  return Promise.allSettled(starts.map((start) => start.preload())).then(() => undefined);
}
