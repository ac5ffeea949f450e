import { useStore } from 'zustand';
import { t } from '../../i18n';
import { describeError } from '../../ui/errors';
import { formatDateTime } from '../../ui/format';
import { hrefFor } from '../../ui/router';
import { refreshController } from './download/app';
import { useLoansStore } from './store';

/**
 * "Refresh all" with a progress bar and a Cancel, and what the last refresh did. The work goes
 * on in the background: the list stays usable while it runs.
 */
export function RefreshPanel() {
  const controller = refreshController();
  const state = useStore(controller.store);
  const { running, cancelling, progress, last, needsCredentials, saveError } = state;
  // What is on the laptop, not only what the last pass did: after a restart that pass finds
  // nothing stale and downloads 0, which read as "0 downloaded" with hundreds of loans here.
  const onLaptop = useLoansStore((s) => s.loans.length);
  const downloadedHere = useLoansStore((s) => s.loans.reduce((n, l) => (l.fetchState === 'downloaded' ? n + 1 : n), 0));
  const upToDate = last && !last.cancelled && last.downloaded === 0 && last.failed === 0;

  return (
    <div className="refresh-panel">
      {/* One button, kept in the same place, that says Cancel while a refresh runs: the automatic
          refresh at start (or on reconnect) must not take the focus away from a keyboard user
          who has just tabbed onto "Refresh all", as swapping in another button did. */}
      <div className="refresh-progress">
        {running && <progress aria-label={t('refresh.progressLabel')} value={progress.done} max={Math.max(progress.total, 1)} />}
        {running && (
          <span role="status">
            {t('refresh.progress', {
              done: progress.done.toLocaleString('en-IN'),
              total: progress.total.toLocaleString('en-IN'),
              failed: progress.failed.toLocaleString('en-IN'),
            })}
          </span>
        )}
        <button
          type="button"
          className={running ? undefined : 'primary'}
          onClick={() => (running ? controller.cancel() : void controller.refreshAll().catch(() => undefined))}
          aria-disabled={running && cancelling ? true : undefined}
        >
          {running ? (cancelling ? t('refresh.cancelling') : t('refresh.cancel')) : t('refresh.all')}
        </button>
        {!running && (
          <span role="status" className="muted">
            {last &&
              (upToDate
                ? t('refresh.lastUpToDate', { when: formatDateTime(last.finishedAt) })
                : t(last.cancelled ? 'refresh.lastCancelled' : 'refresh.last', {
                    when: formatDateTime(last.finishedAt),
                    downloaded: last.downloaded.toLocaleString('en-IN'),
                    failed: last.failed.toLocaleString('en-IN'),
                  }))}{' '}
            {onLaptop > 0 &&
              t('refresh.onLaptop', { downloaded: downloadedHere.toLocaleString('en-IN'), total: onLaptop.toLocaleString('en-IN') })}
          </span>
        )}
      </div>
      {needsCredentials && (
        <p role="alert" className="error">
          {needsCredentials === 'auth' ? t('refresh.needsSignIn') : t('refresh.notConfigured')}{' '}
          {last?.stopError ? describeError(last.stopError) : ''}{' '}
          <a href={hrefFor({ name: 'settings' })}>{t('refresh.openSettings')}</a>
        </p>
      )}
      {!needsCredentials && last?.stoppedOffline && <p className="warn">{t('refresh.offline')}</p>}
      {saveError && (
        <p role="alert" className="error">
          {t('refresh.saveError', { reason: saveError })}
        </p>
      )}
    </div>
  );
}
