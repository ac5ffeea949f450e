/**
 * The IndexedDB layouts older builds saved, for the tests that prove each new schema version is
 * additive (a database an older build left opens with its records intact).
 */
const V3 = {
  loans: 'loanId, fetchState, fetchedAt',
  snapshots: 'loanId',
  assignments: '[loanId+allocationMonth], loanId, allocationMonth',
  glaas: 'loanId, fetchedAt',
  audit: '++id, at, kind, loanId',
  collections: 'id, loanId, day, capturedAt, depositId',
  outbox: 'id, state, queue, loanId, recordId, sentAt',
  deposits: 'deposit_id, day, createdAt',
  repayments: 'id, depositId, day, loanId, statusFinal, source',
  documents: 'id, requestFlowId, createdAt',
};
const V4 = { ...V3, outbox: 'id, state, queue, loanId, recordId, sentAt, [state+queue], [state+loanId], [state+nextAttemptAt]' };
const V5 = { ...V4, listBlocks: 'id', daySummaries: 'day' };

export function storesOfVersion(version: 3 | 4 | 5): Record<string, string> {
  return { 3: V3, 4: V4, 5: V5 }[version];
}
