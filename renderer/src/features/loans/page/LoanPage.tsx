import { useCallback, useEffect, useRef, useState } from 'react';
import { db } from '../../../db/schema';
import { VisitHistory } from '../../collections/VisitHistory';
import { t } from '../../../i18n';
import { isGlaasLinked, readLoanPageData, recordIdentityReveal, type IdentityKind } from './data';
import type { GlaasStatus } from './GlaasSection';
import { LoanPageView } from './LoanPageView';
import { useLiveQuery } from './useLiveQuery';
import { useOnline } from './useOnline';

export interface LoanPageProps {
  loanId: string;
  /**
   * Fetches the GLAAS schedule and line details into `db().glaas`. Called once when the page
   * opens for a linked loan while online; the page shows whatever the cache then holds.
   */
  loadGlaas?: (loanId: string) => Promise<unknown>;
  /** Downloads this loan again from Credgenics into `db().loans`. Without it, Refresh is disabled. */
  onRefresh?: (loanId: string) => Promise<unknown>;
}

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : t('loan.unexpectedError');
}

/**
 * One loan, read from the laptop's cache: it opens with no network, and re-renders by itself
 * when a refresh or a GLAAS fetch stores new data.
 */
export function LoanPage({ loanId, loadGlaas, onRefresh }: LoanPageProps) {
  const data = useLiveQuery(() => readLoanPageData(db(), loanId), [loanId]);
  const online = useOnline();
  const [glaasStatus, setGlaasStatus] = useState<GlaasStatus>({ loading: false });
  const [refreshing, setRefreshing] = useState(false);
  const [refreshError, setRefreshError] = useState<string>();
  const glaasAskedFor = useRef<string | null>(null);
  // Answers that arrive after the user moved to another loan are dropped, not shown there.
  const shownLoan = useRef(loanId);

  const linked = data.state === 'ready' && isGlaasLinked(data.value.assignments);

  // Declared before the GLAAS effect so that, on a new loan, the reset runs first.
  useEffect(() => {
    shownLoan.current = loanId;
    setRefreshError(undefined);
    setRefreshing(false);
    setGlaasStatus({ loading: false });
  }, [loanId]);

  // GLAAS on open: once per loan opened, not on every live-query update the fetch itself causes.
  useEffect(() => {
    if (!linked || !loadGlaas || !navigator.onLine || glaasAskedFor.current === loanId) return;
    glaasAskedFor.current = loanId;
    setGlaasStatus({ loading: true });
    loadGlaas(loanId).then(
      () => shownLoan.current === loanId && setGlaasStatus({ loading: false }),
      (error: unknown) => shownLoan.current === loanId && setGlaasStatus({ loading: false, error: messageOf(error) }),
    );
  }, [linked, loanId, loadGlaas]);

  const refresh = useCallback(() => {
    if (!onRefresh) return;
    setRefreshing(true);
    setRefreshError(undefined);
    onRefresh(loanId).then(
      () => shownLoan.current === loanId && setRefreshing(false),
      (error: unknown) => {
        if (shownLoan.current !== loanId) return;
        setRefreshing(false);
        setRefreshError(messageOf(error));
      },
    );
  }, [loanId, onRefresh]);

  const reveal = useCallback((kind: IdentityKind) => recordIdentityReveal(db(), loanId, kind, Date.now()), [loanId]);

  if (data.state === 'loading') {
    return (
      <main className="screen loan-page">
        <p role="status">{t('loan.loading')}</p>
      </main>
    );
  }
  if (data.state === 'error') {
    return (
      <main className="screen loan-page">
        <h1>{t('loan.untitled', { id: loanId })}</h1>
        <p role="alert" className="error">
          {t('loan.readFailed')} {messageOf(data.error)}
        </p>
      </main>
    );
  }
  return (
    <LoanPageView
      loanId={loanId}
      loan={data.value.loan}
      assignments={data.value.assignments}
      glaas={data.value.glaas}
      now={Date.now()}
      online={online}
      glaasStatus={glaasStatus}
      refresh={{ available: Boolean(onRefresh), running: refreshing, error: refreshError, onRefresh: refresh }}
      onRevealIdentity={reveal}
      visits={<VisitHistory key={loanId} loanId={loanId} />}
    />
  );
}
