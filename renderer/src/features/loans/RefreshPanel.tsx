import { useStore } from 'zustand';
import { t } from '../../i18n';
import { describeError } from '../../ui/errors';
import { formatDateTime } from '../../ui/format';
import { hrefFor } from '../../ui/router';
import { refreshController } from './download/app';

/**
 * "Refresh all" with a progress bar and a Cancel, and what the last refresh did. The work goes
 * on in the background: the list stays usable while it runs.
 */
export function RefreshPanel() {
  const controller = refreshController();
  const state = useStore(controller.store);
  const { running, cancelling, progress, last, needsCredentials, saveError } = state;

  return (
    <div className="refresh-panel">
      {running ? (
        <div className="refresh-progress">
          <progress aria-label={t('refresh.progressLabel')} value={progress.done} max={Math.max(progress.total, 1)} />
          <span role="status">
            {t('refresh.progress', {
              done: progress.done.toLocaleString('en-IN'),
              total: progress.total.toLocaleString('en-IN'),
              failed: progress.failed.toLocaleString('en-IN'),
            })}
          </span>
          <button type="button" onClick={() => controller.cancel()} disabled={cancelling}>
            {cancelling ? t('refresh.cancelling') : t('refresh.cancel')}
          </button>
        </div>
      ) : (
        <div className="refresh-progress">
          <button type="button" className="primary" onClick={() => void controller.refreshAll().catch(() => undefined)}>
            {t('refresh.all')}
          </button>
          {last && (
            <span role="status" className="muted">
              {t(last.cancelled ? 'refresh.lastCancelled' : 'refresh.last', {
                when: formatDateTime(last.finishedAt),
                downloaded: last.downloaded.toLocaleString('en-IN'),
                failed: last.failed.toLocaleString('en-IN'),
              })}
            </span>
          )}
        </div>
      )}
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
