import type { ApiError } from '../../../shared/result';

/**
 * One unit of work for a platform. The id is made at capture and is the item's identity forever
 * (the receipt number for cash; GLAAS's uid later). Payloads carry a version so an item queued by
 * an older build still sends after an update.
 */
export const outboxStates = ['pending', 'sending', 'sent', 'unknown', 'rejected', 'paused-auth', 'discarded'] as const;
export type OutboxState = (typeof outboxStates)[number];

/** States that still owe the server something: what sign-out, purge and the header count. */
export const unsentStates: ReadonlySet<OutboxState> = new Set(['pending', 'sending', 'unknown', 'rejected', 'paused-auth']);

/** Which platform an item goes to: a refused sign-in pauses only that platform's items. */
export type OutboxPlatform = 'credgenics' | 'glaas';

/**
 * `<platform>.<what>`, e.g. `credgenics.payment`. The kinds themselves belong to the features
 * that register them (sync/kinds.ts); the engine only needs the platform in front.
 */
export type OutboxKind = `${OutboxPlatform}.${string}`;
export const platformOf = (kind: OutboxKind): OutboxPlatform => (kind.startsWith('glaas.') ? 'glaas' : 'credgenics');

export interface OutboxError extends Pick<ApiError, 'kind' | 'message' | 'serverMessage' | 'details' | 'status'> {
  at: number;
}

export interface OutboxItem<P = unknown> {
  id: string;
  kind: OutboxKind;
  /** FIFO key: items of one queue go strictly in id order; queues are independent. */
  queue: string;
  /** The record this item came from (a visit). */
  recordId: string;
  loanId: string;
  /** Rupees, for display and totals; absent for items without money. */
  amount?: number;
  payload: P;
  state: OutboxState;
  /** Send attempts made (a 401 does not spend one). */
  attempts: number;
  createdAt: number;
  updatedAt: number;
  /** Not before this time (backoff, Retry-After). 0 = now. */
  nextAttemptAt: number;
  lastError?: OutboxError;
  sentAt?: number;
  /** What the server gave back or where reconciliation found it, e.g. "payment 4512". */
  serverRef?: string;
  /** How "sent" was established: a 2xx, or finding it on the server after an unclear outcome. */
  confirmedBy?: 'reply' | 'lookup';
}
