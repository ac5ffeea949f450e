import { MAX_UNZIPPED_MB } from './limits';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const MAX_ENTRIES = 10_000;

/**
 * Whether an .xlsx (a zip) would unpack to more than an allocation sheet ever holds, read from its
 * central directory alone, before anything is inflated: a "zip bomb" of a few hundred KB can
 * unpack to gigabytes. A zip that hides its sizes (zip64 markers, too many entries, a directory
 * that does not add up) is treated as a bomb too. Files that lie in their directory are still
 * caught by the parse time limit (parse-in-worker.ts).
 */
export function zipLooksLikeBomb(bytes: Uint8Array, limitBytes = MAX_UNZIPPED_MB * 1024 * 1024): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 22 + 65,535 (comment) bytes.
  let eocd = -1;
  for (let at = bytes.byteLength - 22; at >= Math.max(0, bytes.byteLength - 22 - 65_535); at -= 1) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return false; // not a zip we can read: the parser will say it is damaged
  const entries = view.getUint16(eocd + 10, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || dirOffset === 0xffffffff || entries > MAX_ENTRIES) return true;
  let total = 0;
  let at = dirOffset;
  for (let i = 0; i < entries; i += 1) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return true;
    const uncompressed = view.getUint32(at + 24, true);
    if (uncompressed === 0xffffffff) return true;
    total += uncompressed;
    if (total > limitBytes) return true;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return false;
}
