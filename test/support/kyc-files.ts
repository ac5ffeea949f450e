import type { PreparedFile } from '../../renderer/src/features/kyc/prepare';

/**
 * Test documents for KYC, made in the browser (the only JPEG encoder here). Every function that
 * runs in the page is self-contained, so page.evaluate can serialise it and the benchmark can
 * bundle it.
 */

export interface CameraPhotoOptions {
  width: number;
  height: number;
  /** JPEG quality of the "camera" (1.0 makes a ~12 MB file at 12 MP with the default noise). */
  quality: number;
  /** Sensor noise amplitude, 0..255 per channel. */
  noise: number;
}

/**
 * A photographed A4 page as a camera gives it: paper filling the frame, lines of 10-point text
 * (an A4 page 4000 px wide puts 10 pt at ~67 px), and sensor noise over everything. Runs in
 * the browser; answers the JPEG as base64.
 */
export async function makeCameraPhotoBase64(o: CameraPhotoOptions): Promise<string> {
  const canvas = document.createElement('canvas');
  canvas.width = o.width;
  canvas.height = o.height;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#e9e4d8';
  ctx.fillRect(0, 0, o.width, o.height);
  const pt = o.width / 8.27 / 72; // pixels per point on an A4 page as wide as the photo
  const size = Math.round(10 * pt);
  ctx.fillStyle = '#1a1a1a';
  ctx.font = `${size}px sans-serif`;
  const lines = [
    'STATE BANK OF INDIA - ACCOUNT STATEMENT',
    'Account number: 913020047242662   IFSC: SBIN0001234',
    'Name: RAMESH KUMAR   PAN: ABCPK1234F',
    'Address: 12 MG Road, Indiranagar, Bengaluru 560038',
    'Opening balance 1,23,456.00   Closing balance 98,765.43',
    'The quick brown fox jumps over the lazy dog 0123456789',
  ];
  let y = size * 3;
  for (let i = 0; y < o.height - size; i++, y += size * 1.6) ctx.fillText(lines[i % lines.length]!, size * 2, y);
  const image = ctx.getImageData(0, 0, o.width, o.height);
  const data = image.data;
  // A cheap xorshift: Math.random over 36 million values is slow.
  let s = 2463534242;
  for (let i = 0; i < data.length; i += 4) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const n = ((s >>> 0) % (2 * o.noise + 1)) - o.noise;
    data[i] = Math.max(0, Math.min(255, data[i]! + n));
    data[i + 1] = Math.max(0, Math.min(255, data[i + 1]! + ((n * 7) % (o.noise + 1))));
    data[i + 2] = Math.max(0, Math.min(255, data[i + 2]! - n));
  }
  ctx.putImageData(image, 0, 0);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', o.quality));
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A small PNG (a screenshot of a form): runs in the browser, answers base64. */
export async function makePngBase64({ width, height }: { width: number; height: number }): Promise<string> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#003366';
  ctx.font = '28px sans-serif';
  ctx.fillText('AADHAAR XXXX XXXX 1234', 20, 60);
  ctx.fillText('Cancelled cheque', 20, 110);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A valid one-page PDF, padded with a comment to `size` bytes when asked. Node side. */
export function makePdf(size = 0): Buffer {
  const body = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
    '',
  ].join('\n');
  const head = Buffer.from(body, 'latin1');
  if (size <= head.length) return head;
  return Buffer.concat([head, Buffer.alloc(size - head.length, 0x25)]);
}

/**
 * Puts an EXIF APP1 segment with the given orientation right after a JPEG's APP0 (or SOI), as a
 * phone camera writes it: 6 = the picture must be turned 90° clockwise to be seen upright.
 */
export function withExifOrientation(jpeg: Uint8Array, orientation: number): Uint8Array {
  const app1 = new Uint8Array([
    0xff, 0xe1, 0x00, 0x22, // APP1, length 34
    0x45, 0x78, 0x69, 0x66, 0x00, 0x00, // "Exif\0\0"
    0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08, // TIFF, big-endian, IFD at 8
    0x00, 0x01, // one entry
    0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, orientation, 0x00, 0x00, // Orientation, SHORT, 1
    0x00, 0x00, 0x00, 0x00, // no next IFD
  ]);
  let at = 2;
  if (jpeg[2] === 0xff && jpeg[3] === 0xe0) at = 4 + ((jpeg[4]! << 8) | jpeg[5]!);
  const out = new Uint8Array(jpeg.length + app1.length);
  out.set(jpeg.subarray(0, at), 0);
  out.set(app1, at);
  out.set(jpeg.subarray(at), at + app1.length);
  return out;
}

/** A PDF as the preparation step hands it to queueDocuments (kept as it is). */
export function preparedPdf(name: string, bytes: Buffer): PreparedFile {
  return {
    name,
    type: 'application/pdf',
    file: new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }),
    original: { name, type: 'application/pdf', size: bytes.length },
    size: bytes.length,
    keptAsIs: true,
    source: 'file',
  };
}
