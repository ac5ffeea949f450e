import type { KindHandler } from '../../sync/handlers';

/** The outbox payload of a document upload: everything else is read from its documents row. */
export interface DocumentPayloadV1 {
  v: 1;
  requestFlowId: string;
}

/**
 * Uploads one KYC document (the outbox item's id is the document's id). GLAAS Upload Document
 * has no idempotency key and nothing to search for afterwards, and a second copy of the same
 * image on an application is harmless (a person ignores it), while a lost one means a borrower
 * asked again for papers. So after an unclear outcome the document is simply sent again.
 * (Issue 6 owns this file.)
 */
export const documentHandler: KindHandler = {
  async send(item, port, env) {
    const doc = await env.db.documents.get(item.id);
    if (!doc) {
      return { ok: false, error: { kind: 'rejected', message: 'The document is no longer on this laptop. Add it again.' } };
    }
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = new Uint8Array(await doc.file.arrayBuffer());
    } catch {
      return { ok: false, error: { kind: 'rejected', message: 'The saved file can no longer be read. Take the photo again.' } };
    }
    return port.uploadDocument({ requestFlowId: doc.requestFlowId, file: { name: doc.name, type: doc.type, bytes } });
  },
  reconcile: async () => ({ found: false }),
};
