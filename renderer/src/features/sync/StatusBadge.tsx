import { t, type MessageKey } from '../../i18n';
import type { OutboxState } from '../../sync/types';

/** DESIGN.md's words for each state. Nothing says Sent before a 2xx or a confirming lookup. */
export const stateLabelKey: Record<OutboxState, MessageKey> = {
  pending: 'sync.state.pending',
  sending: 'sync.state.sending',
  unknown: 'sync.state.unknown',
  sent: 'sync.state.sent',
  rejected: 'sync.state.rejected',
  'paused-auth': 'sync.state.pausedAuth',
  discarded: 'sync.state.discarded',
};

/** The status shown on every captured record and on loan rows with something unsent. */
export function StatusBadge(props: { state: OutboxState | 'local-only'; serverRef?: string }) {
  const label = props.state === 'local-only' ? t('sync.state.localOnly') : t(stateLabelKey[props.state]);
  return (
    <span className={`status-badge status-${props.state}`} role="status" aria-label={label}>
      {label}
      {props.state === 'sent' && props.serverRef ? ` · ${props.serverRef}` : ''}
    </span>
  );
}
