import type { DocumentUploadResponse } from '../../../../shared/glaas';
import type { ApiError } from '../../../../shared/result';
import type { KindHandler } from '../../sync/handlers';
import type { KycUploadResult } from './model';

/** The outbox payload of a document upload: everything else is read from its documents row. */
export interface DocumentPayloadV1 {
  v: 1;
  requestFlowId: string;
}

/** Refusals made on this laptop; their message is what the document row shows. */
export const MISSING_DOCUMENT: ApiError = {
  kind: 'rejected',
  message: 'The document is no longer on this laptop. Add it again.',
};
export const RETAKE_NEEDED: ApiError = {
  kind: 'rejected',
  message: 'The saved file can no longer be read. Take the photo again (or add the file again).',
};

/**
 * Uploads one KYC document (the outbox item's id is the document's id). GLAAS Upload Document
 * has no idempotency key and nothing to search for afterwards, and a second copy of the same
 * image on an application is harmless (a person ignores it), while a lost one means a borrower
 * asked again for papers. So after an unclear outcome the document is simply sent again
 * (reconcile answers "not found"); the main process still joins an upload of the same id that
 * is in flight after a page reload, so a reload alone does not make a copy.
 */
export const documentHandler: KindHandler = {
  async send(item, port, env) {
    const doc = await env.db.documents.get(item.id);
    if (!doc) return { ok: false, error: MISSING_DOCUMENT };
    // GLAAS already confirmed it (the item's own "sent" was not written before a crash): the
    // file is gone from this laptop on purpose, and GLAAS has it.
    if (doc.uploaded && !doc.file) return { ok: true, value: [] };
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      if (!doc.file) throw new Error('no file');
      bytes = doc.file instanceof Blob ? new Uint8Array(await doc.file.arrayBuffer()) : new Uint8Array(doc.file.bytes);
      if (bytes.byteLength === 0) throw new Error('empty');
    } catch {
      // No bytes to send (an older build's Blob whose file is gone, or bytes removed): only a new photo helps.
      await env.db.documents.update(item.id, { retakeNeeded: true });
      return { ok: false, error: RETAKE_NEEDED };
    }
    const answer = await port.uploadDocument({
      requestFlowId: doc.requestFlowId,
      file: { name: doc.name, type: doc.type, bytes },
      opKey: item.id,
    });
    if (!answer.ok) return answer;
    const first = answer.value[0];
    if (!first) {
      return { ok: false, error: { kind: 'bad-response', message: 'GLAAS answered without the document; it will be sent again.' } };
    }
    // Keep less (issue 13): once GLAAS has confirmed the document, its bytes leave this laptop
    // in the same write that records GLAAS's id and OCR; name, size and hash stay.
    await env.db.documents.update(item.id, { uploaded: uploadResultOf(first, env.now()), file: undefined });
    return answer;
  },
  // A document GLAAS answered for (its id is recorded) is not sent again; anything else is.
  reconcile: async (item, _port, env) => {
    const doc = await env.db.documents.get(item.id);
    return doc?.uploaded ? { found: true, serverRef: `document ${doc.uploaded.documentId}` } : { found: false };
  },
};

export function uploadResultOf(response: DocumentUploadResponse, now: number): KycUploadResult {
  const gfile = response.gfile;
  const ocr = gfile?.ocrJson ?? undefined;
  return {
    documentId: Number(response.id),
    storedName: String(gfile?.documentName ?? ''),
    ...(gfile?.id !== undefined && gfile?.id !== null ? { fileId: Number(gfile.id) } : {}),
    fields: (ocr?.fields ?? []).map((f) => ({ key: String(f.key ?? ''), value: String(f.value ?? '') })),
    ocrError: ocrErrorText(ocr?.error),
    uploadedAt: now,
  };
}

/** The table calls `error` a list of OCR fields, the example a string or null: take either. */
function ocrErrorText(error: unknown): string | null {
  if (error === null || error === undefined || error === '') return null;
  if (typeof error === 'string') return error;
  if (Array.isArray(error)) {
    const parts = error.map((e) => (typeof e === 'string' ? e : [e?.key, e?.value].filter(Boolean).join(': '))).filter(Boolean);
    return parts.length > 0 ? parts.join('; ') : null;
  }
  return JSON.stringify(error);
}
