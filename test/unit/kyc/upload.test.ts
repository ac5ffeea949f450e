import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { documentQueue, queueDocuments } from '../../../renderer/src/features/kyc/queue';
import { RETAKE_NEEDED } from '../../../renderer/src/features/kyc/upload-handler';
import { makePdf, preparedPdf } from '../../support/kyc-files';
import { drain, engineFor, startTraining, stopEngines, syncDbName, type Training } from '../sync/helpers';

let training: Training;
let db: FieldDeskDb;
let requestFlowId: string;
const roomy = async () => ({ usage: 0, quota: 10 * 1024 ** 3 });

beforeEach(async () => {
  training = await startTraining({ loanCount: 5, seed: 6 });
  db = new FieldDeskDb(syncDbName());
  requestFlowId = String(training.sandbox.state.dataset.links[0]!.requestFlowId);
});
afterEach(async () => {
  stopEngines();
  db.close();
  await training.close();
});

const pdfFile = preparedPdf;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('queueing documents', () => {
  it('writes each document and its upload item together: same id, own queue, versioned payload', async () => {
    const result = await queueDocuments(db, [pdfFile('a.pdf', makePdf(1000)), pdfFile('b.pdf', makePdf(2000))], {
      requestFlowId,
      loanId: 'L1',
      now: 1_000,
      estimate: roomy,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [a, b] = result.documents;
    expect(await db.outbox.get(a!.id)).toMatchObject({
      kind: 'glaas.document',
      queue: documentQueue(a!.id),
      recordId: a!.id,
      loanId: 'L1',
      payload: { v: 1, requestFlowId },
      state: 'pending',
      attempts: 0,
      nextAttemptAt: 0,
    });
    expect((await db.outbox.get(b!.id))?.queue).not.toBe((await db.outbox.get(a!.id))?.queue);
    expect((await db.documents.get(a!.id))?.size).toBe(1000);
  });

  it('says so before writing anything when the storage estimate has no room', async () => {
    const result = await queueDocuments(db, [pdfFile('a.pdf', makePdf(3 * 1024 * 1024))], {
      requestFlowId,
      now: 1,
      estimate: async () => ({ usage: 95 * 1024 * 1024, quota: 100 * 1024 * 1024 }),
    });
    expect(result).toEqual({ ok: false, failure: { reason: 'no-space', neededBytes: 3 * 1024 * 1024, freeBytes: 5 * 1024 * 1024 } });
    expect(await db.documents.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('a QuotaExceededError while writing leaves neither the document nor its item, and is told as a quota problem', async () => {
    vi.spyOn(db.outbox, 'bulkAdd').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const result = await queueDocuments(db, [pdfFile('a.pdf', makePdf(1000))], { requestFlowId, now: 1, estimate: roomy });
    expect(result).toEqual({ ok: false, failure: { reason: 'quota' } });
    expect(await db.documents.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('uploading through the outbox to the sandbox', () => {
  it('sends the stored bytes as multipart with the requestFlowId and keeps GLAAS answer and OCR on the document', async () => {
    const bytes = makePdf(50_000);
    const queued = await queueDocuments(db, [pdfFile('kyc.pdf', bytes)], { requestFlowId, now: Date.now(), estimate: roomy });
    if (!queued.ok) throw new Error('not queued');
    const id = queued.documents[0]!.id;
    const { engine, calls } = engineFor(db, training.main);
    await drain(engine, db);
    expect((await db.outbox.get(id))?.state).toBe('sent');
    const [received] = training.sandbox.state.documents;
    expect(received).toMatchObject({ requestFlowId: Number(requestFlowId), filename: 'kyc.pdf', contentType: 'application/pdf', sha256: sha(bytes) });
    const doc = await db.documents.get(id);
    expect(doc?.uploaded).toMatchObject({ documentId: received!.id, storedName: received!.documentName, fields: received!.ocr.fields, ocrError: null });
    expect(calls.filter((c) => c.channel === 'uploadDocument').map((c) => c.opKey)).toEqual([id]);
  });

  it('a 400 from GLAAS stops the document with GLAAS reason, and other documents still go', async () => {
    const bad = await queueDocuments(db, [pdfFile('bad.pdf', makePdf(1000))], { requestFlowId: '999999', now: Date.now(), estimate: roomy });
    const good = await queueDocuments(db, [pdfFile('good.pdf', makePdf(1000))], { requestFlowId, now: Date.now(), estimate: roomy });
    if (!bad.ok || !good.ok) throw new Error('not queued');
    const { engine } = engineFor(db, training.main);
    await drain(engine, db);
    const refused = await db.outbox.get(bad.documents[0]!.id);
    expect(refused?.state).toBe('rejected');
    expect(`${refused?.lastError?.message} ${refused?.lastError?.serverMessage}`).toContain('Unknown requestFlowId 999999');
    expect((await db.outbox.get(good.documents[0]!.id))?.state).toBe('sent');
  });

  it('a stored file whose bytes are gone is marked "retake needed" and refused without sending', async () => {
    const queued = await queueDocuments(db, [pdfFile('gone.jpg', makePdf(1000))], { requestFlowId, now: Date.now(), estimate: roomy });
    if (!queued.ok) throw new Error('not queued');
    const id = queued.documents[0]!.id;
    const original = db.documents.get.bind(db.documents);
    vi.spyOn(db.documents, 'get').mockImplementation((async (key: string) => {
      const row = await original(key);
      return row && { ...row, file: { type: 'image/jpeg', bytes: new Uint8Array(0) } };
    }) as never);
    const { engine, count } = engineFor(db, training.main);
    await drain(engine, db);
    expect(await db.outbox.get(id)).toMatchObject({ state: 'rejected', lastError: { message: RETAKE_NEEDED.message } });
    expect((await original(id))?.retakeNeeded).toBe(true);
    expect(count('uploadDocument')).toBe(0);
    expect(training.sandbox.state.documents).toHaveLength(0);
  });

  it('after an unclear outcome (reply lost) the document is simply sent again: a harmless second copy, never a lost one', async () => {
    const bytes = makePdf(4000);
    const queued = await queueDocuments(db, [pdfFile('twice.pdf', bytes)], { requestFlowId, now: Date.now(), estimate: roomy });
    if (!queued.ok) throw new Error('not queued');
    training.sandbox.setFaults({ lostReplyRate: 1, only: ['glaas'] });
    const { engine } = engineFor(db, training.main);
    await engine.syncNow();
    await engine.idle();
    expect((await db.outbox.get(queued.documents[0]!.id))?.state).toBe('unknown');
    training.sandbox.setFaults({ lostReplyRate: 0 });
    await drain(engine, db);
    expect((await db.outbox.get(queued.documents[0]!.id))?.state).toBe('sent');
    expect(training.sandbox.state.documents.map((d) => d.sha256)).toEqual([sha(bytes), sha(bytes)]);
  });
});

describe('upload progress from the main process', () => {
  it('counts the streamed body while a slow link carries it, and forgets the upload when it ends', async () => {
    training.sandbox.setFaults({ uploadBytesPerSec: 4 * 1024 * 1024 });
    const bytes = new Uint8Array(makePdf(12 * 1024 * 1024));
    const started = Date.now();
    const upload = training.main.invoke('glaas.uploadDocuments', {
      requestFlowId,
      files: [{ name: 'big.pdf', type: 'application/pdf', bytes }],
      opKey: '01KYCPROGRESS0000000000000',
    });
    const seen: { sentBytes: number; totalBytes: number }[] = [];
    let finished = false;
    void upload.then(() => (finished = true));
    while (!finished) {
      const answer = (await training.main.invoke('glaas.uploadProgress', {})) as { ok: true; value: { opKey: string; sentBytes: number; totalBytes: number }[] };
      const mine = answer.value.find((e) => e.opKey === '01KYCPROGRESS0000000000000');
      if (mine) seen.push(mine);
      await new Promise((r) => setTimeout(r, 100));
    }
    const result = (await upload) as { ok: boolean };
    expect(result.ok).toBe(true);
    // 12 MB at 4 MB/s: about 3 s, however the socket buffers
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_500);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every((s) => s.totalBytes >= bytes.length && s.sentBytes <= s.totalBytes)).toBe(true);
    expect(seen.some((s) => s.sentBytes > 0 && s.sentBytes < s.totalBytes)).toBe(true);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.sentBytes).toBeGreaterThanOrEqual(seen[i - 1]!.sentBytes);
    const after = (await training.main.invoke('glaas.uploadProgress', {})) as { ok: true; value: unknown[] };
    expect(after.value).toEqual([]);
  });
});
