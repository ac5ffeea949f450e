import type { CachedLoan } from '../../../../../shared/domain';
import { t } from '../../../i18n';
import { formatDateTime } from '../../../ui/format';
import { describeFailure } from './failure';

const DAY_MS = 24 * 60 * 60 * 1000;

interface Props {
  loanId: string;
  /** null: the loan is not on this laptop. */
  loan: CachedLoan | null;
  name: string;
  now: number;
}

/** Who, which loan, its status, and how old the information is. */
export function LoanHeader({ loanId, loan, name, now }: Props) {
  const status = loan?.summary.finalStatus.trim();
  const hasSnapshot = Boolean(loan?.snapshot);
  const fetchedAt = loan?.fetchedAt;
  const stale = hasSnapshot && fetchedAt !== undefined && now - fetchedAt > DAY_MS;

  return (
    <header className="loan-header">
      <h1 id="loan-page-title">{name.trim() || t('loan.untitled', { id: loanId })}</h1>
      <p className="loan-meta">
        <span>{t('loan.id', { id: loanId })}</span>
        {status && (
          <span className="loan-chip">
            <span className="visually-hidden">{t('loan.status')} </span>
            {status}
          </span>
        )}
        {hasSnapshot && fetchedAt !== undefined && (
          <span className="hint">{t('loan.updated', { when: formatDateTime(fetchedAt) })}</span>
        )}
      </p>
      {stale && <p className="notice">{t('loan.stale')}</p>}
      {loan === null && (
        <p role="alert" className="error">
          {t('loan.notOnLaptop')}
        </p>
      )}
      {loan && loan.fetchState !== 'downloaded' && (
        <p role="alert" className="error">
          {hasSnapshot ? t('loan.refreshFailed') : t('loan.notDownloaded')}{' '}
          {loan.failure ? describeFailure(loan.failure) : t('loan.notDownloadedYet')}
        </p>
      )}
    </header>
  );
}
