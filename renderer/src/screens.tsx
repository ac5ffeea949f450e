import { createElement, lazy, type ComponentType } from 'react';
import { chunks, type Chunk } from './screen-chunks';

/**
 * Each screen as a component over its chunk (screen-chunks.ts), loaded when first opened.
 * Screens are named exports, hence `pick`.
 *
 * A screen whose chunk has already arrived renders directly, not through React.lazy: lazy would
 * suspend once even for a loaded module (its promise settles a microtask later), and React then
 * holds the screen back behind the "Loading…" fallback for up to 300 ms (its fallback throttle).
 * The preloaded start screens therefore paint in the same frame as the unlock.
 */
function screen<M, P extends object>(source: Chunk<M>, pick: (module: M) => ComponentType<P>): ComponentType<P> {
  const Lazy = lazy(() => source.load().then((module) => ({ default: pick(module) })));
  return (props: P) => {
    const module = source.loaded;
    return createElement((module === undefined ? Lazy : pick(module)) as ComponentType<P>, props);
  };
}

export const SettingsScreen = screen(chunks.settings, (m) => m.SettingsScreen);
export const LoansScreen = screen(chunks.loans, (m) => m.LoansScreen);
export const FirstRunScreen = screen(chunks.firstRun, (m) => m.FirstRunScreen);
export const RefreshPanel = screen(chunks.refresh, (m) => m.RefreshPanel);
export const ImportScreen = screen(chunks.import, (m) => m.ImportScreen);
export const VisitScreen = screen(chunks.visit, (m) => m.VisitScreen);
export const ReceiptScreen = screen(chunks.receipt, (m) => m.ReceiptScreen);
export const DayReportScreen = screen(chunks.dayReport, (m) => m.DayReportScreen);
export const SyncScreen = screen(chunks.sync, (m) => m.SyncScreen);
export const DepositsScreen = screen(chunks.deposits, (m) => m.DepositsScreen);
export const DepositForm = screen(chunks.depositForm, (m) => m.DepositForm);
export const RepaymentsScreen = screen(chunks.repayments, (m) => m.RepaymentsScreen);
export const MoneyReportScreen = screen(chunks.moneyReport, (m) => m.MoneyReportScreen);
export const ApplicationsScreen = screen(chunks.applications, (m) => m.ApplicationsScreen);
export const ApplicationPage = screen(chunks.application, (m) => m.ApplicationPage);
export const LoanPageRoute = screen(chunks.loanPage, (m) => m.LoanPageRoute);
