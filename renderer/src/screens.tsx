import { lazy } from 'react';

/**
 * Every screen is its own chunk, loaded when first opened: the first paint needs only the shell
 * and the screen it lands on (issue 14: start fast). Screens are named exports, hence the mapping.
 */
const settingsModule = once(() => import('./features/settings/SettingsScreen'));
const loansModule = once(() => import('./features/loans/LoansScreen'));
export const SettingsScreen = lazy(() => settingsModule().then((m) => ({ default: m.SettingsScreen })));
export const LoansScreen = lazy(() => loansModule().then((m) => ({ default: m.LoansScreen })));

/**
 * The first screen is Settings (a new laptop) or My loans: their chunks start loading with the
 * app, alongside the settings read over the bridge, instead of after it.
 */
export function preloadStartScreens(): void {
  void settingsModule().catch(() => undefined);
  void loansModule().catch(() => undefined);
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= load());
}
export const RefreshPanel = lazy(() => import('./features/loans/RefreshPanel').then((m) => ({ default: m.RefreshPanel })));
export const ImportScreen = lazy(() => import('./features/loans/import/ImportScreen').then((m) => ({ default: m.ImportScreen })));
export const VisitScreen = lazy(() => import('./features/collections/VisitScreen').then((m) => ({ default: m.VisitScreen })));
export const ReceiptScreen = lazy(() =>
  import('./features/collections/receipt/ReceiptScreen').then((m) => ({ default: m.ReceiptScreen })),
);
export const DayReportScreen = lazy(() => import('./features/reports/DayReportScreen').then((m) => ({ default: m.DayReportScreen })));
export const SyncScreen = lazy(() => import('./features/sync/SyncScreen').then((m) => ({ default: m.SyncScreen })));
export const DepositsScreen = lazy(() => import('./features/deposits/DepositsScreen').then((m) => ({ default: m.DepositsScreen })));
export const DepositForm = lazy(() => import('./features/deposits/DepositForm').then((m) => ({ default: m.DepositForm })));
export const RepaymentsScreen = lazy(() =>
  import('./features/repayments/RepaymentsScreen').then((m) => ({ default: m.RepaymentsScreen })),
);
export const MoneyReportScreen = lazy(() =>
  import('./features/deposits/MoneyReportScreen').then((m) => ({ default: m.MoneyReportScreen })),
);
export const ApplicationsScreen = lazy(() =>
  import('./features/kyc/ApplicationsScreen').then((m) => ({ default: m.ApplicationsScreen })),
);
export const ApplicationPage = lazy(() => import('./features/kyc/ApplicationPage').then((m) => ({ default: m.ApplicationPage })));
export const FirstRunScreen = lazy(() => import('./features/setup/FirstRunScreen').then((m) => ({ default: m.FirstRunScreen })));
/** The loan page with what it reads GLAAS and refreshes with, all in its own chunk. */
export const LoanPageRoute = lazy(() => import('./features/loans/page/LoanPageRoute').then((m) => ({ default: m.LoanPageRoute })));
