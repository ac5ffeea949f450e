import { useEffect } from 'react';
import { db } from './db/schema';
import { refreshOneLoan, startLoanRefresh } from './features/loans/download/app';
import { loadGlaasForPage } from './features/loans/glaas/app';
import { purgeOnStart } from './features/loans/purge-app';
import { RefreshPanel } from './features/loans/RefreshPanel';
import { watchLoans } from './features/loans/store';
import { ImportScreen } from './features/loans/import/ImportScreen';
import { LoanPage } from './features/loans/page/LoanPage';
import { LoansScreen } from './features/loans/LoansScreen';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { ApplicationPage } from './features/kyc/ApplicationPage';
import { ApplicationsScreen } from './features/kyc/ApplicationsScreen';
import { VisitScreen } from './features/collections/VisitScreen';
import { ReceiptScreen } from './features/collections/receipt/ReceiptScreen';
import { DayReportScreen } from './features/reports/DayReportScreen';
import { SyncScreen } from './features/sync/SyncScreen';
import { SyncIndicator } from './features/sync/SyncIndicator';
import { watchOutbox } from './features/sync/summary';
import { startSync } from './sync/app';
import { CashChip } from './features/deposits/CashChip';
import { DepositForm } from './features/deposits/DepositForm';
import { DepositsScreen } from './features/deposits/DepositsScreen';
import { MoneyReportScreen } from './features/deposits/MoneyReportScreen';
import { RepaymentsScreen } from './features/repayments/RepaymentsScreen';
import { startStatusRefresh } from './features/repayments/status-app';
import { getLanguage, setLanguage, t } from './i18n';
import { FirstRunScreen } from './features/setup/FirstRunScreen';
import { useSettingsStore } from './stores/settings';
import { hrefFor, useRoute, type Route } from './ui/router';

/** The app shell: header with the main places, and the screen for the current address. */
export function App() {
  const load = useSettingsStore((s) => s.load);
  // Settings are the source of truth for the language; until they load, main.tsx has applied the
  // one remembered from the last session. No language saved yet means English.
  const language = useSettingsStore((s) => (s.settings ? (s.settings.language ?? 'en') : undefined));
  const configured = useSettingsStore((s) => Boolean(s.settings?.credgenics.environment));
  const loaded = useSettingsStore((s) => Boolean(s.settings));
  const route = useRoute();

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => watchLoans(db()), []);
  useEffect(() => watchOutbox(db()), []);
  // The outbox sends what was captured, now and whenever the network or the timer allows.
  useEffect(() => startSync(window), []);
  // GLAAS repayment statuses are read until final, in batches, only while some are not.
  useEffect(() => startStatusRefresh(window), []);
  // Downloads stale loans at start and on reconnect, and whatever an import allocates.
  useEffect(() => startLoanRefresh(window), []);
  // Old allocations leave the laptop once settings say how long to keep them.
  useEffect(() => {
    if (loaded) void purgeOnStart().catch(() => undefined);
  }, [loaded]);
  // Applied during render, not in an effect, so this very render is already in the new language.
  if (language && language !== getLanguage()) setLanguage(language);

  // No address yet: a first-time user starts on the set-up, everyone else on their loans. The
  // choice is written into the address once, so finishing the set-up does not yank the screen away.
  const start: Route | undefined = loaded ? (configured ? { name: 'loans' } : { name: 'welcome' }) : undefined;
  useEffect(() => {
    if (!route && start) window.location.replace(hrefFor(start));
  }, [route, start?.name]);
  const current = route ?? start;
  const section =
    current?.name === 'loan' || current?.name === 'visit'
      ? 'loans'
      : current?.name === 'receipt'
        ? 'report'
        : current?.name === 'application'
          ? 'kyc'
          : current?.name;

  return (
    <div className="app">
      <header className="app-header">
        <span className="brand">{t('app.title')}</span>
        <nav aria-label={t('nav.main')}>
          <a href={hrefFor({ name: 'loans' })} aria-current={section === 'loans' ? 'page' : undefined}>
            {t('nav.loans')}
          </a>
          <a href={hrefFor({ name: 'import' })} aria-current={section === 'import' ? 'page' : undefined}>
            {t('nav.import')}
          </a>
          <a href={hrefFor({ name: 'report' })} aria-current={section === 'report' ? 'page' : undefined}>
            {t('nav.report')}
          </a>
          <a href={hrefFor({ name: 'kyc' })} aria-current={section === 'kyc' ? 'page' : undefined}>
            {t('nav.kyc')}
          </a>
          <a href={hrefFor({ name: 'deposits' })} aria-current={section === 'deposits' ? 'page' : undefined}>
            {t('nav.deposits')}
          </a>
          <a href={hrefFor({ name: 'repayments' })} aria-current={section === 'repayments' ? 'page' : undefined}>
            {t('nav.repayments')}
          </a>
          <a href={hrefFor({ name: 'money' })} aria-current={section === 'money' ? 'page' : undefined}>
            {t('nav.money')}
          </a>
          <a href={hrefFor({ name: 'sync' })} aria-current={section === 'sync' ? 'page' : undefined}>
            {t('nav.sync')}
          </a>
          <a href={hrefFor({ name: 'settings' })} aria-current={section === 'settings' ? 'page' : undefined}>
            {t('nav.settings')}
          </a>
        </nav>
        <CashChip />
        <SyncIndicator />
      </header>
      {current?.name === 'welcome' && <FirstRunScreen />}
      {current?.name === 'settings' && <SettingsScreen />}
      {current?.name === 'loans' && <LoansScreen refreshArea={<RefreshPanel />} />}
      {current?.name === 'loan' && (
        <LoanPage loanId={current.loanId} loadGlaas={loadGlaasForPage} onRefresh={refreshOneLoan} />
      )}
      {current?.name === 'import' && <ImportScreen />}
      {current?.name === 'visit' && <VisitScreen loanId={current.loanId} />}
      {current?.name === 'receipt' && <ReceiptScreen visitId={current.visitId} />}
      {current?.name === 'report' && <DayReportScreen />}
      {current?.name === 'sync' && <SyncScreen />}
      {current?.name === 'deposits' && <DepositsScreen />}
      {current?.name === 'deposit-new' && <DepositForm />}
      {current?.name === 'repayments' && <RepaymentsScreen />}
      {current?.name === 'money' && <MoneyReportScreen />}
      {current?.name === 'kyc' && <ApplicationsScreen />}
      {current?.name === 'application' && (
        <ApplicationPage
          key={current.requestFlowId}
          requestFlowId={current.requestFlowId}
          {...(current.loanId ? { loanId: current.loanId } : {})}
        />
      )}
    </div>
  );
}
