import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { withEntryPage } from './entry-page';
import { summarize, type BenchResult } from './stats';
export const BENCH_OUT = path.resolve('test/bench/out');
export const COMPRESSED_PHOTO = path.join(BENCH_OUT, 'kyc-compressed.jpg');

/**
 * Budget (issue "KYC"): a 12-megapixel, ~12 MB camera JPEG becomes at most 1 MB in under 1 s,
 * with 10-pt text still readable. The app's compressImage runs in Chromium on a generated
 * photo of an A4 page (10-pt text, sensor noise); the result and side-by-side crops of the text
 * go to test/bench/out/ to be looked at.
 */
export async function benchKycCompress(runs = 8): Promise<BenchResult[]> {
  return withEntryPage('test/bench/kyc-compress-entry.ts', 'benchKycCompress', async (page) => {
    // One warm-up photo (JIT, codec set-up) is not what an agent waits on... but report it too.
    const warm = await page.evaluate(() => window.benchKycCompress(1));
    const result = await page.evaluate((n) => window.benchKycCompress(n), runs);
    await mkdir(BENCH_OUT, { recursive: true });
    await writeFile(COMPRESSED_PHOTO, Buffer.from(result.outputBase64, 'base64'));
    await writeFile(path.join(BENCH_OUT, 'kyc-text-original-crop.png'), Buffer.from(result.cropsBase64.original, 'base64'));
    await writeFile(path.join(BENCH_OUT, 'kyc-text-compressed-crop.png'), Buffer.from(result.cropsBase64.compressed, 'base64'));
    const first = result.samples[0]!;
    console.log(
      `kyc photo: input ${(result.inputBytes / 1048576).toFixed(1)} MB 4000 × 3000 → ${(first.bytes / 1024).toFixed(0)} KB ${first.width} × ${first.height} (JPEG quality ${first.quality}); first (cold) photo ${warm.samples[0]!.ms.toFixed(0)} ms; output in ${path.relative(process.cwd(), BENCH_OUT)}/`,
    );
    return [
      summarize('kyc: prepare a 12 MP camera JPEG (decode + orient + scale + encode)', result.samples.map((s) => s.ms), 'ms', 1000),
      summarize('kyc: prepared photo size', result.samples.map((s) => s.bytes / 1024), 'KB', 1024),
    ];
  });
}
