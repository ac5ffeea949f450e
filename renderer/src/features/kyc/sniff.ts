import type { KycFileType } from './model';

/**
 * What a file really is, from its first bytes: a name or a MIME type is whatever the sender
 * chose, so a text file renamed .jpg must not pass as a photo.
 *   JPEG: FF D8 FF      PNG: 89 50 4E 47 0D 0A 1A 0A      PDF: %PDF-
 */
export const SNIFF_BYTES = 8;

export function sniffType(head: Uint8Array): KycFileType | undefined {
  const at = (i: number) => head[i];
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((b, i) => at(i) === b)) return 'image/png';
  const pdf = [0x25, 0x50, 0x44, 0x46, 0x2d];
  if (pdf.every((b, i) => at(i) === b)) return 'application/pdf';
  return undefined;
}

export async function sniffBlob(blob: Blob): Promise<KycFileType | undefined> {
  return sniffType(new Uint8Array(await blob.slice(0, SNIFF_BYTES).arrayBuffer()));
}
