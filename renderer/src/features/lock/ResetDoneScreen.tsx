import { useEffect, useRef } from 'react';
import { t } from '../../i18n';
import { useOutboxSummary, type OutboxSummary } from '../sync/summary';
import { enterApp } from './lock-store';
import { LockCard } from './LockCard';

/** After a reset that could not keep the loan details: what went, and that unsent work did not. */
export function ResetDoneScreen({ removed }: { removed: number }) {
  const summary = useOutboxSummary();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <LockCard titleKey="lock.resetDone.title">
      {removed > 0 && <p>{t('lock.resetDone.removed', { count: removed })}</p>}
      <p className="ok">{keptText(summary)}</p>
      {removed > 0 && <p>{t('lock.resetDone.again')}</p>}
      <div className="lock-actions">
        <button ref={button} type="button" className="primary" onClick={enterApp}>
          {t('lock.resetDone.continue')}
        </button>
      </div>
    </LockCard>
  );
}

function keptText(summary: OutboxSummary): string {
  if (!summary.loaded) return t('lock.resetDone.kept');
  if (summary.unsent === 0) return t('lock.resetDone.nothingUnsent');
  return summary.unsent === 1 ? t('lock.resetDone.keptOne') : t('lock.resetDone.keptCount', { count: summary.unsent });
}
