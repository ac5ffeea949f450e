import { Suspense, useEffect } from 'react';
import { db } from './db/schema';
import { startLoanRefresh } from './features/loans/download/app';
import { purgeOnStart } from './features/loans/purge-app';
import { watchLoans } from './features/loans/store';
import { watchOutbox } from './features/sync/summary';
import { startSync } from './sync/app';
import { startStatusRefresh } from './features/repayments/status-app';
import { getLanguage, setLanguage, t } from './i18n';
import {
  ApplicationPage,
  ApplicationsScreen,
  DayReportScreen,
  DepositForm,
  DepositsScreen,
  FirstRunScreen,
  ImportScreen,
  LoanPageRoute,
  LoansScreen,
  MoneyReportScreen,
  preloadStartScreens,
  ReceiptScreen,
  RefreshPanel,
  RepaymentsScreen,
  SettingsScreen,
  SyncScreen,
  VisitScreen,
} from './screens';
import { useSettingsStore } from './stores/settings';
import { AppHeader, type Section } from './ui/AppHeader';
import { hrefFor, useRoute, type Route } from './ui/router';
import { useFocusOnNavigate } from './ui/useFocusOnNavigate';

preloadStartScreens();

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
  useFocusOnNavigate(current ? hrefFor(current) : undefined);
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
      <AppHeader section={section as Section | undefined} />
      <div id="main-content">
      <Suspense fallback={<p className="screen-loading" role="status">{t('layout.loading')}</p>}>
      {current?.name === 'welcome' && <FirstRunScreen />}
      {current?.name === 'settings' && <SettingsScreen />}
      {current?.name === 'loans' && <LoansScreen refreshArea={<RefreshPanel />} />}
      {current?.name === 'loan' && (
        <LoanPageRoute loanId={current.loanId} />
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
      </Suspense>
      </div>
    </div>
  );
}
