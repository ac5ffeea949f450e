import { lazy } from 'react';

/**
 * Every screen is its own chunk, loaded when first opened: the first paint needs only the shell
 * and the screen it lands on (issue 14: start fast). Screens are named exports, hence the mapping.
 */
export const SettingsScreen = lazy(() => import('./features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));
export const LoansScreen = lazy(() => import('./features/loans/LoansScreen').then((m) => ({ default: m.LoansScreen })));
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
/** The loan page with what it reads GLAAS and refreshes with, all in its own chunk. */
export const LoanPageRoute = lazy(() => import('./features/loans/page/LoanPageRoute').then((m) => ({ default: m.LoanPageRoute })));
