import type { LoanSummary } from '../../../../../shared/domain';
import { t } from '../../../i18n';
import { DueGlance } from './DueGlance';
import { hrefFor } from '../../../ui/router';
import { Section } from './Section';

export interface RefreshControl {
  /** False when the app gave the page no way to refresh. */
  available: boolean;
  running: boolean;
  error?: string;
  onRefresh(): void;
}

/** What the agent can do from here. Disabled actions stay visible with the reason next to them. */
export function ActionsSection({
  loanId,
  online,
  refresh,
  summary,
}: {
  loanId: string;
  online: boolean;
  refresh: RefreshControl;
  /** The loan's figures, shown first (what is due) when the loan is on the laptop. */
  summary?: LoanSummary | undefined;
}) {
  const refreshHint = !refresh.available
    ? t('loan.actions.refreshUnavailable')
    : !online
      ? t('loan.actions.refreshOffline')
      : '';
  return (
    <Section id="actions" title={t('loan.actions.title')}>
      {summary && <DueGlance summary={summary} />}
      <div className="loan-actions">
        <div className="loan-action">
          {/* Works with no network: the visit is saved on the laptop and sent later. */}
          <a href={hrefFor({ name: 'visit', loanId })} className="button-link primary">
            {t('loan.actions.recordVisit')}
          </a>
        </div>
        <div className="loan-action">
          <button
            type="button"
            onClick={refresh.onRefresh}
            disabled={!refresh.available || !online || refresh.running}
            aria-describedby={refreshHint ? 'loan-refresh-hint' : undefined}
          >
            {t('loan.actions.refresh')}
          </button>
          {refreshHint && (
            <p id="loan-refresh-hint" className="hint">
              {refreshHint}
            </p>
          )}
          <p role="status" className="hint">
            {refresh.running ? t('loan.actions.refreshing') : ''}
          </p>
          {refresh.error && (
            <p role="alert" className="error">
              {refresh.error}
            </p>
          )}
        </div>
      </div>
      <p>
        <a href={hrefFor({ name: 'loans' })} className="back-link">
          {t('loan.actions.back')}
        </a>
      </p>
    </Section>
  );
}
