/**
 * Photo preparation off the page's thread, so the screen keeps answering while a 12-megapixel
 * photo is decoded, scaled and encoded. One message in, one message out.
 */
import { compressImage, type CompressInput } from './compress';

// The renderer is typed with the DOM library; a worker's scope is the part of it used here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CompressInput>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  compressImage(event.data).then(
    (output) => scope.postMessage({ ok: true, output }),
    (error: unknown) => scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};
