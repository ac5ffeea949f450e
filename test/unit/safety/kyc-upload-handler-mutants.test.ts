import { describe, expect, it, vi } from 'vitest';
import { documentHandler, MISSING_DOCUMENT, RETAKE_NEEDED, uploadResultOf } from '../../../renderer/src/features/kyc/upload-handler';

/** A documents table in memory: the handler only reads and updates rows by id. */
function envWith(row: Record<string, unknown> | undefined) {
  const rows = new Map<string, Record<string, unknown>>();
  if (row) rows.set('d1', { ...row });
  const update = vi.fn(async (id: string, patch: Record<string, unknown>) => {
    rows.set(id, { ...rows.get(id), ...patch });
    return 1;
  });
  const env = { db: { documents: { get: async (id: string) => rows.get(id), update } }, now: () => 77 };
  return { env: env as never, rows, update };
}
const item = { id: 'd1' } as never;
const portAnswering = (answer: unknown) => ({ uploadDocument: vi.fn(async () => answer) });

describe('document upload handler: what is sent and recorded', () => {
  it('a missing row is refused with MISSING_DOCUMENT and nothing is sent', async () => {
    const port = portAnswering({ ok: true, value: [] });
    expect(await documentHandler.send(item, port as never, envWith(undefined).env)).toEqual({ ok: false, error: MISSING_DOCUMENT });
    expect(port.uploadDocument).not.toHaveBeenCalled();
  });

  it('an already-confirmed document whose file is gone is not sent again and answers ok with no values', async () => {
    const port = portAnswering({ ok: true, value: [{ id: 1 }] });
    const { env } = envWith({ requestFlowId: 'rf', name: 'a.pdf', type: 'application/pdf', uploaded: { documentId: 9 } });
    expect(await documentHandler.send(item, port as never, env)).toEqual({ ok: true, value: [] });
    expect(port.uploadDocument).not.toHaveBeenCalled();
  });

  it('a document with bytes still present is sent even when an upload is recorded', async () => {
    const port = portAnswering({ ok: true, value: [{ id: 5, gfile: { id: 3, documentName: 's.pdf' } }] });
    const { env, rows } = envWith({ requestFlowId: 'rf', name: 'a.pdf', type: 'application/pdf', file: { bytes: new Uint8Array([1, 2]).buffer }, uploaded: { documentId: 9 } });
    const res = await documentHandler.send(item, port as never, env);
    expect(res.ok).toBe(true);
    expect(port.uploadDocument).toHaveBeenCalledTimes(1);
    const sent = (port.uploadDocument.mock.calls[0] as unknown[])[0] as { requestFlowId: string; opKey: string; file: { name: string; bytes: Uint8Array } };
    expect(sent.requestFlowId).toBe('rf');
    expect(sent.opKey).toBe('d1');
    expect(Array.from(sent.file.bytes)).toEqual([1, 2]);
    expect(rows.get('d1')).toMatchObject({ uploaded: { documentId: 5, fileId: 3, storedName: 's.pdf', uploadedAt: 77 }, file: undefined });
  });

  it('no file and nothing uploaded, or empty bytes: retake is recorded and nothing is sent', async () => {
    for (const row of [
      { requestFlowId: 'rf', name: 'a', type: 't' },
      { requestFlowId: 'rf', name: 'a', type: 't', file: { bytes: new ArrayBuffer(0) } },
    ]) {
      const port = portAnswering({ ok: true, value: [] });
      const { env, update } = envWith(row);
      expect(await documentHandler.send(item, port as never, env)).toEqual({ ok: false, error: RETAKE_NEEDED });
      expect(update).toHaveBeenCalledWith('d1', { retakeNeeded: true });
      expect(port.uploadDocument).not.toHaveBeenCalled();
    }
  });

  it('an ok answer without the document is a bad-response that says it will be sent again, and records nothing', async () => {
    const port = portAnswering({ ok: true, value: [] });
    const { env, update } = envWith({ requestFlowId: 'rf', name: 'a', type: 't', file: { bytes: new Uint8Array([1]).buffer } });
    expect(await documentHandler.send(item, port as never, env)).toEqual({
      ok: false,
      error: { kind: 'bad-response', message: 'GLAAS answered without the document; it will be sent again.' },
    });
    expect(update).not.toHaveBeenCalled();
  });

  it('reconcile: found with the GLAAS document id when recorded, not found otherwise', async () => {
    expect(await documentHandler.reconcile!(item, {} as never, envWith({ uploaded: { documentId: 42 } }).env)).toEqual({ found: true, serverRef: 'document 42' });
    expect(await documentHandler.reconcile!(item, {} as never, envWith({}).env)).toEqual({ found: false });
  });
});

describe('uploadResultOf', () => {
  it('keeps GLAAS ids, name and OCR fields; missing values become empty strings', () => {
    expect(uploadResultOf({ id: 7, gfile: { id: 0, documentName: 'n', ocrJson: { fields: [{ key: 'k', value: 'v' }, {}] } } } as never, 3)).toEqual({
      documentId: 7, storedName: 'n', fileId: 0, fields: [{ key: 'k', value: 'v' }, { key: '', value: '' }], ocrError: null, uploadedAt: 3,
    });
  });
  it('no gfile: empty stored name, no fileId; null gfile id: no fileId', () => {
    const none = uploadResultOf({ id: 7 } as never, 3);
    expect(none.storedName).toBe('');
    expect('fileId' in none).toBe(false);
    expect('fileId' in uploadResultOf({ id: 7, gfile: { id: null } } as never, 3)).toBe(false);
  });
  it('OCR error: empty/null/undefined are no error; a string is kept; a list is joined; others are JSON', () => {
    const err = (error: unknown) => uploadResultOf({ id: 1, gfile: { ocrJson: { error } } } as never, 0).ocrError;
    expect(err('')).toBeNull();
    expect(err(null)).toBeNull();
    expect(err(undefined)).toBeNull();
    expect(err('blurry')).toBe('blurry');
    expect(err(['a', { key: 'PAN', value: 'unreadable' }, { key: 'X' }, null, ''])).toBe('a; PAN: unreadable; X');
    expect(err([])).toBeNull();
    expect(err([{}])).toBeNull();
    expect(err({ a: 1 })).toBe('{"a":1}');
  });
});
