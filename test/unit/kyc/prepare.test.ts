import { describe, expect, it } from 'vitest';
import { fitWithin } from '../../../renderer/src/features/kyc/compress';
import { cleanName, limitsFrom, prepareFile, type Compressor } from '../../../renderer/src/features/kyc/prepare';
import { sniffType } from '../../../renderer/src/features/kyc/sniff';
import { makePdf } from '../../support/kyc-files';

const bytes = (...b: number[]) => new Uint8Array(b);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const limits = limitsFrom(undefined);

/** A compressor that must not be reached (PDFs and refusals never decode a picture). */
const noCompress: Compressor = async () => {
  throw new Error('compress called');
};

describe('what a file is, by its first bytes', () => {
  it('knows JPEG, PNG and PDF', () => {
    expect(sniffType(JPEG)).toBe('image/jpeg');
    expect(sniffType(PNG)).toBe('image/png');
    expect(sniffType(new TextEncoder().encode('%PDF-1.7\n'))).toBe('application/pdf');
  });
  it('refuses everything else, whatever its name, including near misses', () => {
    expect(sniffType(new TextEncoder().encode('This is text'))).toBeUndefined();
    expect(sniffType(new TextEncoder().encode('GIF89a..'))).toBeUndefined();
    expect(sniffType(new TextEncoder().encode('RIFF....WEBP'))).toBeUndefined();
    expect(sniffType(new TextEncoder().encode('%PDF'))).toBeUndefined();
    expect(sniffType(bytes(0xff, 0xd8))).toBeUndefined();
    expect(sniffType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x00))).toBeUndefined();
    expect(sniffType(new Uint8Array())).toBeUndefined();
  });
});

describe('preparing a file before it is queued', () => {
  it('refuses a text file renamed .jpg in words that say what is accepted', async () => {
    const text = new Blob(['not a photo'], { type: 'image/jpeg' });
    expect(await prepareFile(text, 'id-card.jpg', 'file', limits, noCompress)).toEqual({
      ok: false,
      name: 'id-card.jpg',
      refusal: { reason: 'unsupported' },
    });
  });

  it('refuses a 200 MB image before decoding it, in plain words (issue 12)', async () => {
    const mb = new Uint8Array(1024 * 1024);
    mb.set(JPEG);
    const huge = new Blob(Array.from({ length: 200 }, () => mb), { type: 'image/jpeg' });
    // noCompress throws if reached: the picture is never decoded.
    const result = await prepareFile(huge, 'selfie.jpg', 'file', limits, noCompress);
    expect(result).toEqual({ ok: false, name: 'selfie.jpg', refusal: { reason: 'image-too-large', limitMb: 40, sizeMb: 200 } });
    const { refusalText } = await import('../../../renderer/src/features/kyc/refusal');
    if (result.ok) return;
    expect(refusalText('selfie.jpg', result.refusal)).toBe(
      'selfie.jpg was not added: it is 200 MB, and photos can be at most 40 MB. Take the photo again at a normal size.',
    );
  });

  it('refuses a 30 MB PDF naming the limit (the setting, default 10 MB), and takes one under it unchanged', async () => {
    const big = new Blob([new Uint8Array(makePdf(30 * 1024 * 1024))]);
    expect(await prepareFile(big, 'scan.pdf', 'file', limits, noCompress)).toEqual({
      ok: false,
      name: 'scan.pdf',
      refusal: { reason: 'pdf-too-large', limitMb: 10, sizeMb: 30 },
    });
    const raised = await prepareFile(big, 'scan.pdf', 'file', limitsFrom({ pdfLimitMb: 25 }), noCompress);
    expect(raised.ok).toBe(false);
    const pdf = makePdf(500_000);
    const small = await prepareFile(new Blob([new Uint8Array(pdf)]), 'scan.PDF', 'drop', limits, noCompress);
    expect(small.ok).toBe(true);
    if (!small.ok) return;
    expect(small.file).toMatchObject({ name: 'scan.pdf', type: 'application/pdf', size: pdf.length, keptAsIs: true, source: 'drop' });
    expect(Buffer.from(await small.file.file.arrayBuffer()).equals(pdf)).toBe(true);
  });

  it('photos go through the compressor with the setting; the result and before/after are kept', async () => {
    const seen: number[] = [];
    const compress: Compressor = async ({ maxLongEdge }) => {
      seen.push(maxLongEdge);
      return { blob: new Blob([JPEG]), type: 'image/jpeg', width: 2000, height: 1500, originalWidth: 4000, originalHeight: 3000, keptAsIs: false };
    };
    const photo = new Blob([PNG, new Uint8Array(1000)]);
    const result = await prepareFile(photo, 'C:\\Users\\agent\\form.png', 'file', limitsFrom({ maxLongEdge: 1600 }), compress);
    expect(seen).toEqual([1600]);
    expect(result).toMatchObject({
      ok: true,
      file: { name: 'form.jpg', type: 'image/jpeg', size: JPEG.length, width: 2000, height: 1500, keptAsIs: false, original: { name: 'form.png', type: 'image/png', size: 1008, width: 4000, height: 3000 } },
    });
  });

  it('a picture that cannot be decoded is refused as unreadable; an empty file as empty', async () => {
    const broken: Compressor = async () => {
      throw new Error('decode failed');
    };
    expect(await prepareFile(new Blob([JPEG]), 'x.jpg', 'camera', limits, broken)).toMatchObject({ ok: false, refusal: { reason: 'unreadable' } });
    expect(await prepareFile(new Blob([]), 'x.jpg', 'file', limits, noCompress)).toMatchObject({ ok: false, refusal: { reason: 'empty' } });
  });

  it('never enlarges, and brings the long edge down to the setting', () => {
    expect(fitWithin(4000, 3000, 2000)).toEqual({ width: 2000, height: 1500 });
    expect(fitWithin(3000, 4000, 2000)).toEqual({ width: 1500, height: 2000 });
    expect(fitWithin(800, 600, 2000)).toEqual({ width: 800, height: 600 });
    expect(fitWithin(2000, 10, 2000)).toEqual({ width: 2000, height: 10 });
  });

  it('names GLAAS can take: no path, no control characters', () => {
    expect(cleanName('/home/agent/Pictures/pan card.jpg')).toBe('pan card.jpg');
    expect(cleanName('a\u0000b<c>.png')).toBe('a_b_c_.png');
    expect(cleanName('   ')).toBe('document');
    expect(cleanName('x'.repeat(300)).length).toBe(180);
  });
});
