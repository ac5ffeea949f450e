import { useEffect, useRef } from 'react';
import { t } from '../../i18n';
import { useOutboxSummary } from '../sync/summary';
import { enterApp } from './lock-store';
import { LockCard } from './LockCard';

/** After a reset that could not keep the loan details: what went, and that unsent work did not. */
export function ResetDoneScreen({ removed }: { removed: number }) {
  const summary = useOutboxSummary();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <LockCard titleKey="lock.resetDone.title">
      <p>{t('lock.resetDone.removed', { count: removed })}</p>
      <p className="ok">{summary.loaded ? t('lock.resetDone.keptCount', { count: summary.unsent }) : t('lock.resetDone.kept')}</p>
      <p>{t('lock.resetDone.again')}</p>
      <div className="lock-actions">
        <button ref={button} type="button" className="primary" onClick={enterApp}>
          {t('lock.resetDone.continue')}
        </button>
      </div>
    </LockCard>
  );
}
