import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { startSandbox } from '../../electron/sandbox';
import { FieldDeskDb } from '../../renderer/src/db/schema';
import type { PreparedFile } from '../../renderer/src/features/kyc/prepare';
import { queueDocuments } from '../../renderer/src/features/kyc/queue';
import { SyncEngine } from '../../renderer/src/sync/engine';
import { registerFeatureOutboxKinds } from '../../renderer/src/features/outbox-kinds';
import { outboxKinds } from '../../renderer/src/sync/kinds';
import { memoryLocks } from '../../renderer/src/sync/lock';
import { syncPortFromInvoke } from '../../renderer/src/sync/port';
import { createHarnessMain } from '../support/harness-main';
import { COMPRESSED_PHOTO, benchKycCompress } from './kyc-compress';
import type { BenchResult } from './stats';

// What main.tsx does at start-up: the engine learns its outbox kinds from the features.
registerFeatureOutboxKinds(outboxKinds, () => undefined);

/** 1 Mbit/s. */
const LINK_BYTES_PER_SEC = 125_000;

/**
 * Budget (issue "KYC"): uploading 20 prepared 12 MP photos over a link throttled to 1 Mbit/s
 * takes no longer than their bytes need, plus 10%. The app's outbox engine and real main API
 * (streamed multipart) against the sandbox, whose uploadBytesPerSec fault paces reading every
 * request body on one shared link. BENCH_QUICK=1 sends 5.
 */
export async function benchKycUpload(): Promise<BenchResult[]> {
  const count = process.env.BENCH_QUICK === '1' ? 5 : 20;
  let photo: Buffer;
  try {
    photo = await readFile(COMPRESSED_PHOTO);
  } catch {
    await benchKycCompress(1);
    photo = await readFile(COMPRESSED_PHOTO);
  }
  const sandbox = await startSandbox({ port: 0, loanCount: 10, creditLineCount: 0, faults: { uploadBytesPerSec: LINK_BYTES_PER_SEC } });
  const main = createHarnessMain({ sandbox });
  await main.invoke('settings.update', { credgenics: { environment: 'training' }, glaas: { environment: 'training' } });
  const db = new FieldDeskDb(`bench-kyc-upload-${process.pid}-${Date.now()}`);
  const requestFlowId = String(sandbox.state.dataset.links[0]!.requestFlowId);
  try {
    // Each document differs in its last bytes (after the JPEG end marker), as real photos do.
    const files: PreparedFile[] = Array.from({ length: count }, (_, i) => {
      const bytes = Buffer.concat([photo, Buffer.from(`#${i}`)]);
      return {
        name: `photo-${i + 1}.jpg`,
        type: 'image/jpeg',
        file: new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }),
        original: { name: `photo-${i + 1}.jpg`, type: 'image/jpeg', size: 12 * 1024 * 1024 },
        size: bytes.length,
        keptAsIs: false,
        source: 'camera',
      };
    });
    const queued = await queueDocuments(db, files, { requestFlowId, now: Date.now(), estimate: async () => ({ usage: 0, quota: 1e12 }) });
    if (!queued.ok) throw new Error(`queue failed: ${JSON.stringify(queued.failure)}`);
    const bytes = files.reduce((sum, f) => sum + f.size, 0);
    // Sign in first: the login is not part of the documents' bytes.
    await main.invoke('connection.test', { platform: 'glaas' });
    const engine = new SyncEngine({ db, port: syncPortFromInvoke((c, i) => main.invoke(c, i)), lock: memoryLocks(), setTimer: () => undefined, clearTimer: () => undefined });
    const started = performance.now();
    await engine.syncNow();
    await engine.idle();
    const seconds = (performance.now() - started) / 1000;
    const sent = await db.outbox.where('state').equals('sent').count();
    const received = sandbox.state.documents.length;
    if (sent !== count || received !== count) throw new Error(`sent ${sent}, sandbox received ${received} of ${count}`);
    const needed = bytes / LINK_BYTES_PER_SEC;
    console.log(
      `kyc upload: ${count} documents, ${(bytes / 1048576).toFixed(2)} MB over 1 Mbit/s: ${seconds.toFixed(1)} s; the bytes alone need ${needed.toFixed(1)} s → ${((seconds / needed - 1) * 100).toFixed(1)}% over (budget +10%); ${received} received, 0 duplicates`,
    );
    return [
      {
        name: `kyc: upload ${count} prepared photos over 1 Mbit/s, time ÷ time the bytes need`,
        unit: '×',
        runs: 1,
        median: seconds / needed,
        p95: seconds / needed,
        min: seconds / needed,
        max: seconds / needed,
        budget: 1.1,
      },
    ];
  } finally {
    db.close();
    await sandbox.close();
  }
}
