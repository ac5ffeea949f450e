import { PARSE_TIME_LIMIT_MS } from './limits';
import { parseTable, type TableKind, type TableResult } from './parseTable';

export type ParseOutcome = TableResult | { ok: false; problem: 'tooSlow' };

/**
 * Parses in a Web Worker with a time limit: past it the worker is terminated (whatever it was
 * doing: a crafted workbook, a pathological CSV) and the import says so. A fresh worker per
 * file, so nothing of a stopped parse lingers. Where there are no workers (unit tests under
 * Node), the same code runs in place.
 */
export async function parseInWorker(file: Blob, kind: TableKind, timeLimitMs = PARSE_TIME_LIMIT_MS): Promise<ParseOutcome> {
  if (typeof Worker === 'undefined') return parseTable(file, kind);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return parseTable(file, kind);
  }
  try {
    return await new Promise<ParseOutcome>((resolve) => {
      const timer = setTimeout(() => resolve({ ok: false, problem: 'tooSlow' }), timeLimitMs);
      worker.onmessage = (event: MessageEvent<TableResult>) => {
        clearTimeout(timer);
        resolve(event.data);
      };
      worker.onerror = () => {
        clearTimeout(timer);
        resolve({ ok: false, problem: 'unreadable' });
      };
      worker.postMessage({ file, kind });
    });
  } finally {
    worker.terminate();
  }
}
