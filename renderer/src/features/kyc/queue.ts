import { toStoredFile } from '../../db/crypto/stored-file';
import type { FieldDeskDb } from '../../db/schema';
import { newOutboxId } from '../../sync/ids';
import type { OutboxItem } from '../../sync/types';
import type { KycDocument } from './model';
import type { PreparedFile } from './prepare';
import type { DocumentPayloadV1 } from './upload-handler';
import { fileSha256 } from './file-hash';

export const documentQueue = (id: string) => `glaas.document:${id}`;

/** Room kept free beyond the documents themselves, for the rest of the app's work. */
export const STORAGE_MARGIN_BYTES = 5 * 1024 * 1024;

export type QueueFailure =
  /** The browser's storage estimate says the documents will not fit. */
  | { reason: 'no-space'; neededBytes: number; freeBytes: number }
  /** The write itself ran out of room (QuotaExceededError). */
  | { reason: 'quota' }
  | { reason: 'failed'; message: string };

export type QueueResult = { ok: true; documents: KycDocument[] } | { ok: false; failure: QueueFailure };

export interface QueueContext {
  requestFlowId: string;
  loanId?: string;
  now: number;
  /** navigator.storage.estimate, passed in so tests can play a full disk. */
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

/**
 * Saves documents and their upload items in ONE strict-durability transaction: each document
 * is on disk together with what will send it, or nothing is. The free space is checked first,
 * so a full disk is said in plain words before anything is half-written.
 */
export async function queueDocuments(db: FieldDeskDb, files: PreparedFile[], ctx: QueueContext): Promise<QueueResult> {
  const needed = files.reduce((sum, f) => sum + f.size, 0);
  const estimate = ctx.estimate ?? defaultEstimate();
  if (estimate) {
    try {
      const { usage, quota } = await estimate();
      if (typeof usage === 'number' && typeof quota === 'number' && quota > 0) {
        const free = Math.max(0, quota - usage);
        if (needed + STORAGE_MARGIN_BYTES > free) return { ok: false, failure: { reason: 'no-space', neededBytes: needed, freeBytes: free } };
      }
    } catch {
      // No estimate: the write below still reports a real quota error.
    }
  }
  const documents: KycDocument[] = [];
  const items: OutboxItem<DocumentPayloadV1>[] = [];
  // Hashed before the transaction: an await on WebCrypto inside it would end it.
  const hashes = await Promise.all(files.map((f) => fileSha256(f.file)));
  for (const [index, f] of files.entries()) {
    const id = newOutboxId(ctx.now);
    const sha256 = hashes[index];
    // Bytes before the transaction: a Blob can only be read asynchronously, which would end it.
    const file = await toStoredFile(f.file);
    documents.push({ ...f, file, id, requestFlowId: ctx.requestFlowId, loanId: ctx.loanId ?? '', createdAt: ctx.now, ...(sha256 ? { sha256 } : {}) });
    items.push({
      id,
      kind: 'glaas.document',
      // Each document is its own queue: one refused file never holds up the others.
      queue: documentQueue(id),
      recordId: id,
      loanId: ctx.loanId ?? '',
      payload: { v: 1, requestFlowId: ctx.requestFlowId },
      state: 'pending',
      attempts: 0,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      nextAttemptAt: 0,
    });
  }
  try {
    await db.transaction('rw', [db.documents, db.outbox], async () => {
      await db.documents.bulkAdd(documents);
      await db.outbox.bulkAdd(items);
    });
  } catch (error) {
    if (isQuotaError(error)) return { ok: false, failure: { reason: 'quota' } };
    return { ok: false, failure: { reason: 'failed', message: error instanceof Error ? error.message : String(error) } };
  }
  return { ok: true, documents };
}

export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError') return true;
    e = (e as { inner?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

function defaultEstimate(): (() => Promise<{ usage?: number; quota?: number }>) | undefined {
  if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return undefined;
  return () => navigator.storage.estimate();
}
