import { Suspense, useEffect } from 'react';
import { db } from './db/schema';
import { startLoanRefresh } from './features/loans/download/app';
import { purgeOnStart } from './features/loans/purge-app';
import { watchLoans } from './features/loans/store';
import { watchOutbox } from './features/sync/summary';
import { startSync } from './sync/app';
import { startRetention } from './features/retention/app';
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
import { LockGate } from './features/lock/LockGate';
import { startLock, useLockStore } from './features/lock/lock-store';
import { watchSystemLock } from './features/lock/system-lock';
import { useLockTriggers } from './features/lock/useLockTriggers';
import { useSettingsStore } from './stores/settings';
import { AppHeader, type Section } from './ui/AppHeader';
import { hrefFor, useRoute, type Route } from './ui/router';
import { useFocusOnNavigate } from './ui/useFocusOnNavigate';

preloadStartScreens();

/**
 * The app: settings (over the bridge, no borrower in them) load at once; the background services
 * wait for the store's keys and then run, locked or not; the screens exist only while unlocked,
 * so a locked page holds no borrower text at all (unmounted, not hidden).
 */
export function App() {
  const load = useSettingsStore((s) => s.load);
  // Settings are the source of truth for the language; until they load, main.tsx has applied the
  // one remembered from the last session. No language saved yet means English.
  const language = useSettingsStore((s) => (s.settings ? (s.settings.language ?? 'en') : undefined));
  const servicesReady = useLockStore((s) => s.servicesReady);
  const unlocked = useLockStore((s) => s.phase.name === 'unlocked');

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    void startLock();
    watchSystemLock();
  }, []);
  // Applied during render, not in an effect, so this very render is already in the new language.
  if (language && language !== getLanguage()) setLanguage(language);

  return (
    <>
      {servicesReady && <BackgroundServices />}
      {unlocked ? <UnlockedApp /> : <LockGate />}
    </>
  );
}

/**
 * What keeps working behind the lock. Mounted once the keys are installed (nothing reads
 * IndexedDB before that) and never unmounted by a lock: the outbox keeps sending.
 */
function BackgroundServices() {
  const loaded = useSettingsStore((s) => Boolean(s.settings));
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
  // Keep less (issue 13): sent items, old photos and settled old days go after the retention period.
  useEffect(() => (loaded ? startRetention(window) : undefined), [loaded]);
  return null;
}

/** The header with the main places, and the screen for the current address. */
function UnlockedApp() {
  useLockTriggers();
  const configured = useSettingsStore((s) => Boolean(s.settings?.credgenics.environment));
  const loaded = useSettingsStore((s) => Boolean(s.settings));
  const route = useRoute();

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
