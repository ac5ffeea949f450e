import { DEFAULT_MAX_LONG_EDGE, DEFAULT_PDF_LIMIT_MB, type KycSettings } from '../../../../shared/settings';
import { compressImage, type CompressInput, type CompressOutput } from './compress';
import type { KycDocument, KycFileType } from './model';
import { sniffBlob } from './sniff';

/** What goes into a document row once the user confirms: the prepared file and its story. */
export type PreparedFile = Pick<KycDocument, 'name' | 'type' | 'original' | 'size' | 'width' | 'height' | 'keptAsIs' | 'source'> & {
  /** Still a Blob here (for previews); queueDocuments turns it into bytes when it saves it. */
  file: Blob;
};

export type Refusal =
  | { reason: 'unsupported' }
  | { reason: 'empty' }
  | { reason: 'pdf-too-large'; limitMb: number; sizeMb: number }
  | { reason: 'image-too-large'; limitMb: number; sizeMb: number }
  | { reason: 'unreadable'; detail?: string };

export type PrepareResult = { ok: true; file: PreparedFile } | { ok: false; name: string; refusal: Refusal };

export interface PrepareLimits {
  maxLongEdge: number;
  pdfLimitMb: number;
}

export function limitsFrom(kyc: KycSettings | undefined): PrepareLimits {
  return { maxLongEdge: kyc?.maxLongEdge ?? DEFAULT_MAX_LONG_EDGE, pdfLimitMb: kyc?.pdfLimitMb ?? DEFAULT_PDF_LIMIT_MB };
}

export type Compressor = (input: CompressInput) => Promise<CompressOutput>;

const MB = 1024 * 1024;
/**
 * The largest photo taken, in MB, checked before anything decodes it: a 48-megapixel phone JPEG
 * is about 15-25 MB, and a decode holds width×height×4 bytes, so a bigger (or crafted) file could
 * take the window's memory before it is ever shrunk.
 */
export const MAX_IMAGE_MB = 40;

/**
 * Checks what a file really is (by its first bytes) and prepares it: photos are oriented and
 * shrunk (compress.ts), PDFs pass unchanged up to the limit. Anything else is refused.
 */
export async function prepareFile(
  blob: Blob,
  givenName: string,
  source: PreparedFile['source'],
  limits: PrepareLimits,
  compress: Compressor = compressInWorker,
): Promise<PrepareResult> {
  const name = cleanName(givenName);
  if (blob.size === 0) return { ok: false, name, refusal: { reason: 'empty' } };
  const type = await sniffBlob(blob);
  if (!type) return { ok: false, name, refusal: { reason: 'unsupported' } };
  if (type === 'application/pdf') {
    if (blob.size > limits.pdfLimitMb * MB) {
      return { ok: false, name, refusal: { reason: 'pdf-too-large', limitMb: limits.pdfLimitMb, sizeMb: Math.ceil((blob.size / MB) * 10) / 10 } };
    }
    const file = new Blob([blob], { type });
    return {
      ok: true,
      file: { name: withExtension(name, 'pdf'), type, file, original: { name, type, size: blob.size }, size: blob.size, keptAsIs: true, source },
    };
  }
  if (blob.size > MAX_IMAGE_MB * MB) {
    return { ok: false, name, refusal: { reason: 'image-too-large', limitMb: MAX_IMAGE_MB, sizeMb: Math.ceil((blob.size / MB) * 10) / 10 } };
  }
  let out: CompressOutput;
  try {
    out = await compress({ blob: new Blob([blob], { type }), type, maxLongEdge: limits.maxLongEdge });
  } catch (error) {
    return { ok: false, name, refusal: { reason: 'unreadable', detail: error instanceof Error ? error.message : undefined } };
  }
  const outType: KycFileType = out.type;
  return {
    ok: true,
    file: {
      name: withExtension(name, outType === 'image/png' ? 'png' : 'jpg'),
      type: outType,
      file: out.blob,
      original: { name, type, size: blob.size, width: out.originalWidth, height: out.originalHeight },
      size: out.blob.size,
      width: out.width,
      height: out.height,
      keptAsIs: out.keptAsIs,
      source,
    },
  };
}

/** A name GLAAS can take: no path, no control characters, at most 200 characters. */
export function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\x00-\x1f"<>|:*?]/g, '_').trim();
  return (clean || 'document').slice(0, 180);
}

function withExtension(name: string, extension: string): string {
  const stem = name.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  return `${stem || 'document'}.${extension}`;
}

let worker: Worker | undefined;
let workerBroken = false;

let queue: Promise<unknown> = Promise.resolve();

/**
 * Prepares a photo in a Web Worker; where a worker cannot run, on the page itself. One photo at
 * a time: a 12-megapixel decode holds ~50 MB, and answers then come back in order.
 */
export function compressInWorker(input: CompressInput): Promise<CompressOutput> {
  const run = queue.then(() => compressOne(input));
  queue = run.catch(() => undefined);
  return run;
}

async function compressOne(input: CompressInput): Promise<CompressOutput> {
  if (workerBroken || typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return compressImage(input);
  try {
    worker ??= new Worker(new URL('./compress-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    workerBroken = true;
    return compressImage(input);
  }
  const w = worker;
  const answer = await new Promise<{ ok: true; output: CompressOutput } | { ok: false; message: string } | undefined>((resolve) => {
    const done = (value: { ok: true; output: CompressOutput } | { ok: false; message: string } | undefined) => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      resolve(value);
    };
    const onMessage = (event: MessageEvent) => done(event.data);
    const onError = () => done(undefined);
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage(input);
  });
  if (answer === undefined) {
    // The worker itself failed to start (e.g. blocked): do the work here from now on.
    workerBroken = true;
    worker?.terminate();
    worker = undefined;
    return compressImage(input);
  }
  if (!answer.ok) throw new Error(answer.message);
  return answer.output;
}
