import { useEffect, useState } from 'react';
import { db } from '../../db/schema';
import { t } from '../../i18n';
import { formatDateTime, formatRupees } from '../../ui/format';
import { hrefFor } from '../../ui/router';
import { useLiveQuery } from '../loans/page/useLiveQuery';
import { StatusBadge } from '../sync/StatusBadge';
import { methodLabel } from './labels';
import { outcomeLabel } from './outcome-label';
import { readVisitHistory, type VisitHistoryRow } from './visit-history-data';
import { formatDay } from './visit-form-schema';
import { useVisitNotice } from './visit-notice';
import './visit.css';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * "Visits on this laptop" on the loan page: newest first, each with where its payment stands.
 * A live query, so "Saved on this laptop" turns into "Sent" the moment the outbox says so.
 */
export function VisitHistory({ loanId }: { loanId: string }) {
  const rows = useLiveQuery(() => readVisitHistory(db(), loanId), [loanId]);
  // The notice is taken once, when the page opens after a save; coming back later shows nothing.
  const [notice] = useState(() => {
    const pending = useVisitNotice.getState().notice;
    return pending?.loanId === loanId ? pending : undefined;
  });
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    if (notice) useVisitNotice.getState().clear(notice.visitId);
  }, [notice]);

  return (
    <section className="card loan-section visit-history" aria-labelledby="loan-section-visits">
      <h2 id="loan-section-visits">{t('visit.history.title')}</h2>
      {notice && !dismissed && (
        <div className="visit-saved-notice">
          <p role="status">{t('visit.saved')}</p>
          <button type="button" onClick={() => setDismissed(true)}>
            {t('visit.saved.dismiss')}
          </button>
        </div>
      )}
      {rows.state === 'loading' && <p className="hint">{t('visit.history.loading')}</p>}
      {rows.state === 'error' && (
        <p role="alert" className="error">
          {t('visit.history.failed', { message: messageOf(rows.error) })}
        </p>
      )}
      {rows.state === 'ready' && rows.value.length === 0 && <p className="hint">{t('visit.history.empty')}</p>}
      {rows.state === 'ready' && rows.value.length > 0 && <VisitTable rows={rows.value} />}
    </section>
  );
}

function VisitTable({ rows }: { rows: readonly VisitHistoryRow[] }) {
  return (
    <div className="table-scroll">
      <table className="loan-table visit-table" aria-labelledby="loan-section-visits">
        <thead>
          <tr>
            <th scope="col">{t('visit.history.when')}</th>
            <th scope="col">{t('visit.history.outcome')}</th>
            <th scope="col">{t('visit.history.money')}</th>
            <th scope="col">{t('visit.history.promise')}</th>
            <th scope="col">{t('visit.history.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ visit, state, serverRef }) => (
            <tr key={visit.id}>
              <th scope="row">{formatDateTime(visit.capturedAt)}</th>
              <td>
                {outcomeLabel(visit.outcome)}
                {!visit.met && <span className="muted visit-not-met">{t('visit.history.notMet')}</span>}
              </td>
              <td>
                {visit.payment
                  ? t('visit.history.moneyValue', {
                      amount: formatRupees(visit.payment.amount),
                      method: t(methodLabel[visit.payment.method]),
                    })
                  : t('visit.history.none')}
              </td>
              <td>
                {visit.promise
                  ? t('visit.history.promiseValue', {
                      amount: formatRupees(visit.promise.amount),
                      date: formatDay(visit.promise.date),
                    })
                  : t('visit.history.none')}
              </td>
              <td>
                <span className="visit-status">
                  <StatusBadge state={state} {...(serverRef ? { serverRef } : {})} />
                  {visit.payment && visit.receiptNo && (
                    <a href={hrefFor({ name: 'receipt', visitId: visit.id })}>
                      {t('visit.history.receipt', { receiptNo: visit.receiptNo })}
                    </a>
                  )}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
