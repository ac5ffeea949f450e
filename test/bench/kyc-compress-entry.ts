/**
 * Bundled for Chromium by kyc-compress.ts: the app's own photo preparation (compressImage, the
 * code the worker runs) on a generated 12-megapixel camera JPEG, timed per photo.
 */
import { compressImage } from '../../renderer/src/features/kyc/compress';
import { makeCameraPhotoBase64 } from '../support/kyc-files';

declare global {
  interface Window {
    benchKycCompress(runs: number): Promise<{
      inputBytes: number;
      samples: { ms: number; bytes: number; width: number; height: number; quality?: number }[];
      outputBase64: string;
      cropsBase64: { original: string; compressed: string };
    }>;
  }
}

const fromBase64 = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The top-left text of a picture, drawn at the same page scale, to compare legibility. */
async function crop(blob: Blob, scale: number): Promise<string> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(1000, 500);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0, 1000 / scale, 500 / scale, 0, 0, 1000, 500);
  bitmap.close();
  return toBase64(await canvas.convertToBlob({ type: 'image/png' }));
}

window.benchKycCompress = async (runs: number) => {
  const photo = new Blob([fromBase64(await makeCameraPhotoBase64({ width: 4000, height: 3000, quality: 1, noise: 2 }))], { type: 'image/jpeg' });
  const samples = [];
  let last: Blob | undefined;
  for (let i = 0; i < runs; i++) {
    // A fresh Blob each time, so no decode is reused.
    const input = new Blob([await photo.arrayBuffer()], { type: 'image/jpeg' });
    const started = performance.now();
    const out = await compressImage({ blob: input, type: 'image/jpeg', maxLongEdge: 2000 });
    samples.push({ ms: performance.now() - started, bytes: out.blob.size, width: out.width, height: out.height, quality: out.quality });
    last = out.blob;
  }
  return {
    inputBytes: photo.size,
    samples,
    outputBase64: await toBase64(last!),
    // The original at half size (as the compressed one is) against the compressed one at 1:1.
    cropsBase64: { original: await crop(photo, 0.5), compressed: await crop(last!, 1) },
  };
};
