import { t } from '../../i18n';
import { useOnline } from '../loans/page/useOnline';
import { useEngineStatus } from '../../sync/engine-status';
import { hrefFor } from '../../ui/router';
import { useNow } from '../../ui/useNow';
import { formatAge } from './age';
import { useOutboxSummary, type OutboxSummary } from './summary';

/**
 * The header's one-glance answer to "has my work gone?": offline / syncing / sign in / N unsent
 * (with the age of the oldest) / all sent. It links to the Sync screen.
 */
export function SyncIndicator() {
  const now = useNow();
  const online = useOnline();
  const syncing = useEngineStatus((s) => s.syncing);
  const paused = useEngineStatus((s) => s.paused);
  const summary = useOutboxSummary();
  const { unsent } = summary;
  const label = describeSync({ online, syncing, paused, now, summary });
  return (
    <a className={`sync-indicator${unsent > 0 ? ' has-unsent' : ''}${online ? '' : ' offline'}`} href={hrefFor({ name: 'sync' })} aria-label={label} title={label}>
      {label}
    </a>
  );
}

/** The indicator's words from what is known now (pure, so the "All sent" rule is testable). */
export function describeSync(state: {
  online: boolean;
  syncing: boolean;
  paused: ReturnType<typeof useEngineStatus.getState>['paused'];
  now: number;
  summary: Pick<OutboxSummary, 'loaded' | 'unsent' | 'oldestUnsentAt' | 'counts'>;
}): string {
  const { loaded, unsent, oldestUnsentAt, counts } = state.summary;
  const { online, syncing, paused, now } = state;
  const parts: string[] = [];
  if (!online) parts.push(t('sync.indicator.offline'));
  else if (paused === 'auth' || counts['paused-auth'] > 0) parts.push(t('sync.indicator.signIn'));
  else if (syncing && unsent > 0) parts.push(t('sync.indicator.syncing'));
  else parts.push(t('sync.indicator.online'));
  if (unsent > 0) {
    parts.push(
      oldestUnsentAt !== undefined
        ? t('sync.indicator.unsentOldest', { count: unsent, age: formatAge(now - oldestUnsentAt) })
        : t('sync.indicator.unsent', { count: unsent }),
    );
  } else if (loaded) {
    // "All sent" only once the outbox has been counted, never from the empty start state.
    parts.push(t('sync.indicator.allSent'));
  }
  if (counts.rejected > 0) parts.push(t('sync.indicator.attention', { count: counts.rejected }));
  return parts.join(' · ');
}
