import { memo } from 'react';
import type { CachedLoan } from '../../../../shared/domain';
import { t } from '../../i18n';
import { formatDate, formatRupees } from '../../ui/format';
import { hrefFor } from '../../ui/router';
import { StatusBadge } from '../sync/StatusBadge';
import { useOutboxSummary } from '../sync/summary';
import { due } from './filter';

const DAY = 24 * 60 * 60 * 1000;

/**
 * One line of the work list: who, where, how late, how much, and how fresh the data is.
 * Memoised: a keystroke that keeps a loan on screen (its row object is the same) does not
 * rebuild its line; only the rows that come into view are rendered.
 */
export const LoanRow = memo(function LoanRow({ loan, now }: { loan: CachedLoan; now: number }) {
  const s = loan.summary;
  const stale = loan.fetchedAt !== undefined && now - loan.fetchedAt > DAY;
  // Only loans with something unsent carry a badge: a list full of "Sent" would hide the few
  // that still matter.
  const outbox = useOutboxSummary((summary) => summary.byLoan.get(loan.loanId));
  return (
    <a className="loan-row" href={hrefFor({ name: 'loan', loanId: loan.loanId })}>
      <span className="who">
        <strong>{s.name || t('loans.unknownName')}</strong>
        <span className="muted">
          {loan.loanId}
          {s.city ? ` · ${s.city}` : ''}
          {s.pincode ? ` ${s.pincode}` : ''}
        </span>
      </span>
      <span className="late">
        {s.dpd !== null ? t('loans.dpd', { dpd: s.dpd }) : ''}
        {s.dpdBracket ? <span className="chip">{s.dpdBracket}</span> : null}
        {s.finalStatus ? <span className="muted">{s.finalStatus}</span> : null}
      </span>
      <span className="money">
        <strong>{formatRupees(due(loan))}</strong>
        <span className="muted">{t('loans.recoveredOf', { recovered: formatRupees(s.recovered), claim: formatRupees(s.totalClaim) })}</span>
        {s.transactions && s.transactions.length > 0 && (
          <span className="muted tx-claims">
            {s.transactions.map((c) => t('lines.txClaim', { transaction: c.transactionId, claim: formatRupees(c.totalClaim) })).join(' · ')}
          </span>
        )}
      </span>
      <span className="fresh">
        {outbox && <StatusBadge state={outbox} />}
        {loan.fetchState === 'pending' && <span className="warn">{t('loans.notDownloaded')}</span>}
        {loan.fetchState === 'failed' && (
          <span className="warn">
            {t('loans.notDownloadedBecause', { reason: loan.failure?.serverMessage ?? loan.failure?.message ?? '' })}
          </span>
        )}
        {loan.fetchState === 'downloaded' && loan.failure && <span className="warn">{t('loans.refreshFailed')}</span>}
        {stale && <span className="muted">{t('loans.updatedOn', { date: formatDate(loan.fetchedAt!) })}</span>}
      </span>
    </a>
  );
});
