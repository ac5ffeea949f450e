import { t } from '../../i18n';
import { useOutboxSummary } from '../sync/summary';
import { useLockStore } from './lock-store';

/**
 * How much is still waiting to be sent: counts only, no borrower in them, so they may show on a
 * locked screen. Known only once the outbox has been read (not at a cold start behind the lock).
 */
export function UnsentNote() {
  const ready = useLockStore((s) => s.servicesReady);
  const summary = useOutboxSummary();
  if (!ready || !summary.loaded) return null;
  const text =
    summary.unsent === 0 ? t('lock.allSent') : summary.unsent === 1 ? t('lock.unsentOne') : t('lock.unsent', { count: summary.unsent });
  return (
    <p className="lock-unsent" role="status">
      {text}
    </p>
  );
}
