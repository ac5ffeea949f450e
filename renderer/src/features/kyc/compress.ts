/**
 * Photo preparation before a document is queued: EXIF orientation applied, the long edge
 * brought down to the setting (never up), JPEG at about 0.85. Runs in a Web Worker where it can
 * (compress-worker.ts) and on the page otherwise; the same code either way.
 */
export const JPEG_QUALITY = 0.85;

/**
 * "Small enough" to send as it is: the long edge already within the setting AND the file at most
 * this big. Re-encoding such a file would only cost quality (and time) for little saving.
 */
export const KEEP_AS_IS_BYTES = 1024 * 1024;

/**
 * The most a prepared photo should weigh. A page photographed in poor light is mostly noise,
 * which JPEG cannot squeeze at 0.85; the quality then steps down until it fits (text at 10 pt
 * on an A4 page photographed at 2000 px stays readable down to about 0.6).
 */
export const TARGET_MAX_BYTES = 1024 * 1024;
const QUALITY_STEPS = [JPEG_QUALITY, 0.75, 0.65, 0.55];

export interface CompressInput {
  blob: Blob;
  type: 'image/jpeg' | 'image/png';
  maxLongEdge: number;
}

export interface CompressOutput {
  blob: Blob;
  type: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
  originalWidth: number;
  originalHeight: number;
  keptAsIs: boolean;
  quality?: number;
}

/** Target size: the long edge at most `maxLongEdge`, aspect kept, never enlarged. */
export function fitWithin(width: number, height: number, maxLongEdge: number): { width: number; height: number } {
  const scale = Math.min(1, maxLongEdge / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export async function compressImage({ blob, type, maxLongEdge }: CompressInput): Promise<CompressOutput> {
  // Chromium applies the EXIF orientation here, so width/height are as the page is seen.
  const bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  try {
    const originalWidth = bitmap.width;
    const originalHeight = bitmap.height;
    const target = fitWithin(originalWidth, originalHeight, maxLongEdge);
    const withinEdge = target.width === originalWidth && target.height === originalHeight;
    if (withinEdge && blob.size <= KEEP_AS_IS_BYTES) {
      return { blob, type, width: originalWidth, height: originalHeight, originalWidth, originalHeight, keptAsIs: true };
    }
    const canvas = makeCanvas(target.width, target.height);
    const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
    if (!ctx) throw new Error('This laptop could not prepare the picture (no drawing surface).');
    // JPEG has no transparency: a transparent PNG goes on white, as it would print.
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, target.width, target.height);
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, 0, 0, target.width, target.height);
    let out: Blob | undefined;
    let quality = JPEG_QUALITY;
    for (const q of QUALITY_STEPS) {
      quality = q;
      out = await encodeJpeg(canvas, q);
      if (out.size <= TARGET_MAX_BYTES) break;
    }
    const encoded = out!;
    // Re-encoding a photo already within the edge can come out larger: then the original wins.
    if (withinEdge && encoded.size >= blob.size) {
      return { blob, type, width: originalWidth, height: originalHeight, originalWidth, originalHeight, keptAsIs: true };
    }
    return {
      blob: encoded,
      type: 'image/jpeg',
      width: target.width,
      height: target.height,
      originalWidth,
      originalHeight,
      keptAsIs: false,
      quality,
    };
  } finally {
    bitmap.close();
  }
}

type AnyCanvas = OffscreenCanvas | HTMLCanvasElement;

function makeCanvas(width: number, height: number): AnyCanvas {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

function encodeJpeg(canvas: AnyCanvas, quality: number): Promise<Blob> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type: 'image/jpeg', quality });
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The picture could not be encoded.'))), 'image/jpeg', quality),
  );
}
