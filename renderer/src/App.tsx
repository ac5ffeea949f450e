import { Suspense, useEffect, useState } from 'react';
import { startScreensLoaded } from './boot';
import { db } from './db/schema';
import { watchLoans } from './features/loans/store';
import { watchOutbox } from './features/sync/summary';
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
  ReceiptScreen,
  RefreshPanel,
  RepaymentsScreen,
  SettingsScreen,
  SyncScreen,
  VisitScreen,
} from './screens';
import { LockGate } from './features/lock/LockGate';
import { useLockStore } from './features/lock/lock-store';
import { watchSystemLock } from './features/lock/system-lock';
import { useLockTriggers } from './features/lock/useLockTriggers';
import { useSettingsStore } from './stores/settings';
import { afterNextPaint } from './ui/after-paint';
import { AppHeader, type Section } from './ui/AppHeader';
import { hrefFor, useRoute, type Route } from './ui/router';
import { startAddressToWrite } from './ui/start-address';
import { useFocusOnNavigate } from './ui/useFocusOnNavigate';

/**
 * The app: settings (over the bridge, no borrower in them) load at once; the background services
 * wait for the store's keys and then run, locked or not; the screens exist only while unlocked,
 * so a locked page holds no borrower text at all (unmounted, not hidden).
 */
export function App() {
  // Settings are the source of truth for the language; until they load, main.tsx has applied the
  // one remembered from the last session. No language saved yet means English.
  const language = useSettingsStore((s) => (s.settings ? (s.settings.language ?? 'en') : undefined));
  const servicesReady = useLockStore((s) => s.servicesReady);
  const phase = useLockStore((s) => s.phase.name);
  const unlocked = phase === 'unlocked';
  const startScreensReady = useSettled(startScreensLoaded);
  const showingApp = unlocked && startScreensReady;
  // The first screen (or the lock screen) is in this render: the reads may follow its paint.
  const firstScreenRendered = showingApp || (phase !== 'unlocked' && phase !== 'starting');

  // The settings read and the unlock began in boot.ts, before this module was even evaluated.
  useEffect(() => watchSystemLock(), []);
  // Applied during render, not in an effect, so this very render is already in the new language.
  if (language && language !== getLanguage()) setLanguage(language);

  return (
    <>
      {servicesReady && <BackgroundServices firstScreenRendered={firstScreenRendered} />}
      {showingApp ? <UnlockedApp /> : <LockGate />}
    </>
  );
}

/**
 * What keeps working behind the lock. Mounted once the keys are installed (nothing reads
 * IndexedDB before that) and never unmounted by a lock: the outbox keeps sending. The views the
 * header and My loans read, and the senders (their own chunk), start once the first screen (or
 * the lock screen) has painted.
 */
function BackgroundServices({ firstScreenRendered }: { firstScreenRendered: boolean }) {
  // The work list and the outbox counts are read once the first screen has painted: the keys
  // arrive a moment before that screen renders, and reading 10,000 loans then would hold its
  // paint back on the same main thread. A frame later costs My loans nothing it would see.
  const mayRead = useLatch(firstScreenRendered);
  useEffect(() => {
    if (!mayRead) return;
    let stop: (() => void) | undefined;
    const cancel = afterNextPaint(() => {
      const stopLoans = watchLoans(db());
      const stopOutbox = watchOutbox(db());
      stop = () => {
        stopLoans();
        stopOutbox();
      };
    });
    return () => {
      cancel();
      stop?.();
    };
  }, [mayRead]);
  useEffect(() => {
    if (!mayRead) return;
    let stop: (() => void) | undefined;
    let stopped = false;
    let retry: number | undefined;
    const load = () =>
      void import('./background-senders').then(
        ({ startBackgroundSenders }) => {
          if (!stopped) stop = startBackgroundSenders(window);
        },
        // The chunk could not be read (files swapped by an update mid-start): without it nothing
        // is sent, so it is asked for again until it comes.
        () => {
          if (!stopped) retry = window.setTimeout(load, SENDERS_RETRY_MS);
        },
      );
    // Once the first screen has had its turn (or within a second at most, even in a hidden
    // window): sending a second later costs nothing, a slower first screen costs every start.
    const idle = whenIdle(load);
    return () => {
      stopped = true;
      idle.cancel();
      window.clearTimeout(retry);
      stop?.();
    };
  }, [mayRead]);
  return null;
}

/** True from the first render in which `value` was true, and from then on. */
function useLatch(value: boolean): boolean {
  const [latched, setLatched] = useState(value);
  if (value && !latched) setLatched(true);
  return latched || value;
}

/** True once `promise` has settled; the start screens' promise usually has by the unlock. */
function useSettled(promise: Promise<unknown>): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    let current = true;
    void promise.finally(() => current && setSettled(true));
    return () => {
      current = false;
    };
  }, [promise]);
  return settled;
}

const SENDERS_RETRY_MS = 5_000;

function whenIdle(run: () => void): { cancel(): void } {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: 1000 });
    return { cancel: () => window.cancelIdleCallback(handle) };
  }
  const handle = window.setTimeout(run, 200);
  return { cancel: () => window.clearTimeout(handle) };
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
    const address = startAddressToWrite(route, start, window.location.hash);
    if (address) window.location.replace(address);
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
