import type { OutboxItem, OutboxKind, OutboxState } from '../../renderer/src/sync/types';

/** The outbox tests' clock: a fixed instant well after any id's time. */
export const OUTBOX_NOW = 1_800_000_000_000;

/** Item n's id: ids sort in n's order, as ULIDs sort in capture order (FIFO per queue). */
export const outboxId = (n: number): string => `01K${String(n).padStart(23, '0')}`;

/**
 * Outbox item n on loan L<loan>: a Credgenics payment unless `extra.kind` says otherwise, in the
 * queue of that kind and loan, captured n ms after a fixed start. `extra` overrides any field.
 */
export function outboxItem(n: number, loan: number, state: OutboxState = 'pending', extra: Partial<OutboxItem> = {}): OutboxItem {
  const kind: OutboxKind = extra.kind ?? 'credgenics.payment';
  return {
    id: outboxId(n),
    kind,
    queue: `${kind}:L${loan}`,
    recordId: `r${n}`,
    loanId: `L${loan}`,
    payload: { amount: n },
    state,
    attempts: 0,
    createdAt: OUTBOX_NOW - 100_000 + n,
    updatedAt: OUTBOX_NOW - 100_000,
    nextAttemptAt: 0,
    ...extra,
  };
}
