import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { queueDocuments } from '../../../renderer/src/features/kyc/queue';
import { makePdf, preparedPdf } from '../../support/kyc-files';
import { holdsBytes } from '../retention/helpers';
import { drain, engineFor, startTraining, stopEngines, syncDbName, type Training } from '../sync/helpers';

let training: Training;
let db: FieldDeskDb;
let requestFlowId: string;
const roomy = async () => ({ usage: 0, quota: 10 * 1024 ** 3 });
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

beforeEach(async () => {
  training = await startTraining({ loanCount: 5, seed: 13 });
  db = new FieldDeskDb(syncDbName());
  requestFlowId = String(training.sandbox.state.dataset.links[0]!.requestFlowId);
});
afterEach(async () => {
  stopEngines();
  db.close();
  await training.close();
});

const pdfFile = preparedPdf;

async function queueOne(flow: string, bytes: Buffer) {
  const queued = await queueDocuments(db, [pdfFile('kyc.pdf', bytes)], { requestFlowId: flow, now: Date.now(), estimate: roomy });
  if (!queued.ok) throw new Error('not queued');
  return queued.documents[0]!.id;
}

describe('KYC bytes leave the laptop once GLAAS confirms', () => {
  it('a document is hashed when added', async () => {
    const bytes = makePdf(3000);
    const id = await queueOne(requestFlowId, bytes);
    const doc = await db.documents.get(id);
    expect(doc?.sha256).toBe(sha(bytes));
    expect(doc?.file).toSatisfy(holdsBytes);
  });

  it('after a confirmed upload the record has no bytes and keeps name, size, hash, GLAAS id and OCR', async () => {
    const bytes = makePdf(20_000);
    const id = await queueOne(requestFlowId, bytes);
    const { engine } = engineFor(db, training.main);
    await drain(engine, db);
    expect((await db.outbox.get(id))?.state).toBe('sent');
    const [received] = training.sandbox.state.documents;
    const doc = await db.documents.get(id);
    expect(doc).toBeDefined();
    expect('file' in doc!).toBe(false);
    expect(doc).toMatchObject({ name: 'kyc.pdf', size: bytes.length, sha256: sha(bytes) });
    expect(doc?.uploaded).toMatchObject({ documentId: received!.id, fields: received!.ocr.fields });
    expect(received!.sha256).toBe(doc?.sha256);
  });

  it('after a refused upload the bytes stay (the agent can fix and send again)', async () => {
    const id = await queueOne('999999', makePdf(1000));
    const { engine } = engineFor(db, training.main);
    await drain(engine, db);
    expect((await db.outbox.get(id))?.state).toBe('rejected');
    expect((await db.documents.get(id))?.file).toSatisfy(holdsBytes);
  });

  it('after an unclear outcome (reply lost) the bytes stay until an upload is confirmed', async () => {
    const bytes = makePdf(4000);
    const id = await queueOne(requestFlowId, bytes);
    training.sandbox.setFaults({ lostReplyRate: 1, only: ['glaas'] });
    const { engine } = engineFor(db, training.main);
    await engine.syncNow();
    await engine.idle();
    expect((await db.outbox.get(id))?.state).toBe('unknown');
    const kept = await db.documents.get(id);
    expect(kept?.file).toSatisfy(holdsBytes);
    expect(kept?.uploaded).toBeUndefined();
    training.sandbox.setFaults({ lostReplyRate: 0 });
    await drain(engine, db);
    expect((await db.outbox.get(id))?.state).toBe('sent');
    expect((await db.documents.get(id))?.file).toBeUndefined();
  });

  it('a document GLAAS already answered for is not sent again when its item was left unclear', async () => {
    const id = await queueOne(requestFlowId, makePdf(2000));
    const { engine, count } = engineFor(db, training.main);
    await drain(engine, db);
    // A crash between GLAAS's answer and the item's "sent": the item comes back unclear.
    await db.outbox.update(id, { state: 'unknown', sentAt: undefined });
    await drain(engine, db);
    expect((await db.outbox.get(id))?.state).toBe('sent');
    expect(count('uploadDocument')).toBe(1);
    expect(training.sandbox.state.documents).toHaveLength(1);
  });
});
