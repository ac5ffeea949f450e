/**
 * What the two FilesPorts (the Electron shell's save dialog, the browser harness's test folder)
 * write the same way. Imports nothing from 'electron'.
 */

const BOM = '\uFEFF';

/**
 * The bytes of a saved text file: UTF-8, and for CSV with a byte-order mark, because Excel
 * opens a CSV without one in the local code page and turns ₹ and Hindi into mojibake.
 */
export function savedTextBytes(fileName: string, text: string): Buffer {
  const csv = fileName.toLowerCase().endsWith('.csv');
  return Buffer.from(csv && !text.startsWith(BOM) ? BOM + text : text, 'utf8');
}

/** The extension of `suggestedName` ("pdf"), for dialog filters and a path typed without one. */
export function extensionOf(suggestedName: string): string {
  const dot = suggestedName.lastIndexOf('.');
  return dot < 0 ? '' : suggestedName.slice(dot + 1).toLowerCase();
}

/** Some save dialogs (GTK) return the name as typed: add the extension the file needs. */
export function withExtension(filePath: string, extension: string): string {
  if (!extension || filePath.toLowerCase().endsWith(`.${extension}`)) return filePath;
  return `${filePath}.${extension}`;
}
