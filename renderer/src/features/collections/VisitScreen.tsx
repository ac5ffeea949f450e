import { useCallback, useMemo } from 'react';
import type { CachedLoan } from '../../../../shared/domain';
import { getLoan } from '../../db/loans';
import { db } from '../../db/schema';
import { getLanguage, t } from '../../i18n';
import { useSettingsStore } from '../../stores/settings';
import { formatMonthName, formatRupees } from '../../ui/format';
import { hrefFor, navigate } from '../../ui/router';
import { useLiveQuery } from '../loans/page/useLiveQuery';
import { captureVisit, type VisitInput } from './capture';
import { useVisitNotice } from './visit-notice';
import { VisitForm } from './VisitForm';
import { captureFactsFor, visitContextFor } from './visit-form-schema';
import './visit.css';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * "Record visit" for one loan, read from the laptop's cache: it opens and saves with no network.
 * Money goes on to the receipt; anything else back to the loan with "Visit saved on this laptop".
 */
export function VisitScreen({ loanId }: { loanId: string }) {
  const loan = useLiveQuery(async () => (await getLoan(db(), loanId)) ?? null, [loanId]);
  const settingsReady = useSettingsStore((s) => Boolean(s.settings || s.loadError));
  const loanHref = hrefFor({ name: 'loan', loanId });

  if (loan.state === 'loading' || !settingsReady) {
    return (
      <main className="screen visit-screen" aria-label={t('visit.title')}>
        <p role="status">{t('visit.loading')}</p>
      </main>
    );
  }
  if (loan.state === 'error' || loan.value === null) {
    return (
      <main className="screen visit-screen" aria-labelledby="visit-title">
        <h1 id="visit-title">{t('visit.title')}</h1>
        <p className="visit-loan">{t('visit.loanId', { id: loanId })}</p>
        <p role="alert" className="error">
          {loan.state === 'error' ? t('visit.readFailed', { message: messageOf(loan.error) }) : t('visit.notCached')}
        </p>
        <p>
          <a href={loanHref} className="back-link">
            {t('visit.backToLoan')}
          </a>{' '}
          <a href={hrefFor({ name: 'loans' })} className="back-link">
            {t('visit.backToLoans')}
          </a>
        </p>
      </main>
    );
  }
  return <LoadedVisitScreen loan={loan.value} />;
}

function LoadedVisitScreen({ loan }: { loan: CachedLoan }) {
  const settings = useSettingsStore((s) => s.settings?.collections);
  const { loanId } = loan;
  const context = useMemo(() => {
    const { now: _now, ...rest } = visitContextFor(loan, settings, 0);
    return rest;
  }, [loan, settings]);

  const save = useCallback(
    async (input: VisitInput, now: number) => {
      const visit = await captureVisit(db(), input, { now, ...captureFactsFor(loan) });
      if (visit.payment) {
        navigate({ name: 'receipt', visitId: visit.id });
      } else {
        useVisitNotice.getState().show({ loanId, visitId: visit.id });
        navigate({ name: 'loan', loanId });
      }
    },
    [loan, loanId],
  );

  const claim = loan.summary.totalClaim;
  return (
    <main className="screen visit-screen" aria-labelledby="visit-title">
      <header className="visit-header">
        <h1 id="visit-title">{t('visit.title')}</h1>
        <p className="visit-loan">
          <strong>{loan.summary.name}</strong>
          <span>{t('visit.loanId', { id: loanId })}</span>
          <span>
            {claim > 0
              ? t('visit.claim', { month: formatMonthName(loan.summary.allocationMonth, getLanguage()), amount: formatRupees(claim) })
              : t('visit.claimNone')}
          </span>
        </p>
      </header>
      {/* Keyed by loan: what was typed for one loan never shows on another. */}
      <VisitForm key={loanId} context={context} onSave={save} cancelHref={hrefFor({ name: 'loan', loanId })} />
    </main>
  );
}
