/** English strings of one feature, merged into the catalogue by en.ts (one file per feature avoids edit clashes). */
export const en_sync = {
  'sync.state.pending': 'Saved on this laptop',
  'sync.state.sending': 'Sending',
  'sync.state.unknown': 'Checking',
  'sync.state.sent': 'Sent',
  'sync.state.rejected': 'Needs your attention',
  'sync.state.pausedAuth': 'Sign in to sync',
  'sync.state.discarded': 'Discarded',
  'sync.state.localOnly': 'Kept on this laptop (no payment to send)',
} as const;
