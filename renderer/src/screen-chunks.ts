import { parseRoute, type Route } from './ui/route-parse';

/**
 * Every screen's code is its own chunk (issue 14: start fast). This module knows them without
 * React, so the entry (main.tsx) can ask for the start screen's chunk before React itself has
 * arrived: the screen is fetched alongside react-dom instead of after it has been evaluated.
 * screens.tsx wraps each chunk in a component.
 */
export interface Chunk<M> {
  /** Fetches the chunk once; a failed fetch (an update swapped the files) is tried again next time. */
  load(): Promise<M>;
  /** The module once it has arrived: a screen rendered after that needs no suspense. */
  readonly loaded: M | undefined;
}

export function chunk<M>(importer: () => Promise<M>): Chunk<M> {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  return {
    load: () =>
      (loading ??= importer().then(
        (module) => (loaded = module),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
    get loaded() {
      return loaded;
    },
  };
}

export const chunks = {
  settings: chunk(() => import('./features/settings/SettingsScreen')),
  loans: chunk(() => import('./features/loans/LoansScreen')),
  firstRun: chunk(() => import('./features/setup/FirstRunScreen')),
  refresh: chunk(() => import('./features/loans/RefreshPanel')),
  import: chunk(() => import('./features/loans/import/ImportScreen')),
  visit: chunk(() => import('./features/collections/VisitScreen')),
  receipt: chunk(() => import('./features/collections/receipt/ReceiptScreen')),
  dayReport: chunk(() => import('./features/reports/DayReportScreen')),
  sync: chunk(() => import('./features/sync/SyncScreen')),
  deposits: chunk(() => import('./features/deposits/DepositsScreen')),
  depositForm: chunk(() => import('./features/deposits/DepositForm')),
  repayments: chunk(() => import('./features/repayments/RepaymentsScreen')),
  moneyReport: chunk(() => import('./features/deposits/MoneyReportScreen')),
  applications: chunk(() => import('./features/kyc/ApplicationsScreen')),
  application: chunk(() => import('./features/kyc/ApplicationPage')),
  /** The loan page with what it reads GLAAS and refreshes with. */
  loanPage: chunk(() => import('./features/loans/page/LoanPageRoute')),
};

/** The chunks each address shows. */
const chunksFor: Record<Route['name'], Array<Chunk<unknown>>> = {
  welcome: [chunks.firstRun],
  settings: [chunks.settings],
  loans: [chunks.loans, chunks.refresh],
  loan: [chunks.loanPage],
  import: [chunks.import],
  visit: [chunks.visit],
  receipt: [chunks.receipt],
  report: [chunks.dayReport],
  sync: [chunks.sync],
  deposits: [chunks.deposits],
  'deposit-new': [chunks.depositForm],
  repayments: [chunks.repayments],
  money: [chunks.moneyReport],
  kyc: [chunks.applications],
  application: [chunks.application],
};

/**
 * Fetches the chunks of the screen the app opens on, and only that screen's: a reload on Settings
 * does not fetch the loans screen first. With no address the start is My loans, or the set-up on
 * a new laptop (known only once settings load), so both are fetched. Settles when they have
 * arrived, either way: a chunk that failed is fetched again when its screen renders. The app
 * waits for this before its first screen, so the screen paints at once instead of suspending
 * behind React's fallback (which holds it back for up to 300 ms).
 */
export function preloadStartScreens(hash = typeof location === 'undefined' ? '' : location.hash): Promise<void> {
  const route = parseRoute(hash);
  const starts = route ? chunksFor[route.name] : [...chunksFor.loans, ...chunksFor.welcome];
  return Promise.allSettled(starts.map((start) => start.load())).then(() => undefined);
}

/** Started as this module is evaluated, that is first thing in the entry (main.tsx). */
export const startScreensLoaded: Promise<void> =
  typeof window !== 'undefined' && window.fielddesk ? preloadStartScreens() : Promise.resolve();
