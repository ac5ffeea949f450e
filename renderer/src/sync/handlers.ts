import type { ApiError, Result } from '../../../shared/result';
import type { FieldDeskDb } from '../db/schema';
import type { SyncPort } from './port';
import type { OutboxItem } from './types';

/** What a handler may use besides the port: the database (records, blobs) and the clock. */
export interface HandlerEnv {
  db: FieldDeskDb;
  now: () => number;
}

/** What a lookup after an unclear outcome found. */
export type Reconciled =
  | { found: true; serverRef: string }
  | { found: false }
  | { error: ApiError };

/**
 * How each kind of item is sent, and how it is checked after an unclear outcome before any
 * resend. Money is looked up on the server; things that are harmless to repeat are resent.
 */
export interface KindHandler {
  send(item: OutboxItem, port: SyncPort, env: HandlerEnv): Promise<Result<unknown>>;
  reconcile(item: OutboxItem, port: SyncPort, env: HandlerEnv): Promise<Reconciled>;
  /** Kinds the platform takes many at a time (GLAAS repayment lines): sent in batches. */
  batch?: BatchHandler;
}

/** One part's answer inside a batch reply: the platform took it, or refused it alone. */
export type PartResult = { ok: true; serverRef?: string } | { ok: false; error: ApiError };

export interface BatchHandler {
  /** Parts per request. */
  max: number;
  /** One request for all items. The whole may fail (offline, 5xx…) or answer per item. */
  sendMany(items: OutboxItem[], port: SyncPort, env: HandlerEnv): Promise<Result<Map<string, PartResult>>>;
  /** One lookup for all items after an unclear outcome; an item left out counts as not found. */
  reconcileMany(items: OutboxItem[], port: SyncPort, env: HandlerEnv): Promise<Result<Map<string, Reconciled>>>;
}
