import { t } from '../../../i18n';

export type FileKind =
  | { kind: 'csv'; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | { kind: 'xlsx' }
  | { kind: 'refused'; reason: string };

/** How many leading bytes detectFileKind wants to see. */
export const sniffLength = 512;

/**
 * Decides by content, not by the name's extension: people rename files, and Excel happily saves
 * "report.csv" that is really a workbook. An .xlsx is a zip (PK\x03\x04); CSV is text, which in
 * the first bytes means no NUL byte (apart from UTF-16 text, recognised by its byte-order mark,
 * which is what Excel's "Unicode text" export writes). Everything else is refused in plain words.
 */
export function detectFileKind(name: string, firstBytes: Uint8Array): FileKind {
  const b = firstBytes;
  if (b.length === 0) return { kind: 'refused', reason: t('import.file.empty', { name }) };
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return { kind: 'xlsx' };
  // The old binary Excel format (.xls) is an OLE compound file.
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) {
    return { kind: 'refused', reason: t('import.file.oldExcel', { name }) };
  }
  if (b[0] === 0xff && b[1] === 0xfe) return { kind: 'csv', encoding: 'utf-16le' };
  if (b[0] === 0xfe && b[1] === 0xff) return { kind: 'csv', encoding: 'utf-16be' };
  if (b.includes(0)) return { kind: 'refused', reason: t('import.file.notTable', { name }) };
  return { kind: 'csv', encoding: 'utf-8' };
}

/**
 * Text of a CSV file. Excel on Windows saves "CSV" in the ANSI code page rather than UTF-8, so
 * bytes that are not valid UTF-8 are read as Windows-1252 instead of turning into "�".
 */
export function decodeText(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): string {
  if (encoding !== 'utf-8') return new TextDecoder(encoding).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
