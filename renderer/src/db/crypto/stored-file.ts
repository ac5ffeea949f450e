/**
 * A file as the encrypted store keeps it: its bytes, not a Blob. The store seals records
 * synchronously inside transactions and a Blob can only be read asynchronously, so every photo,
 * slip and KYC file is turned into bytes before its transaction starts (`toStoredFile`) and back
 * into a Blob where a screen or an upload needs one (`asBlob`).
 */
export interface StoredFile {
  type: string;
  bytes: Uint8Array;
}

/** What records may hold in a file field: a StoredFile, or a Blob on its way in (never stored). */
export type FileField = StoredFile | Blob;

export function isStoredFile(value: unknown): value is StoredFile {
  return (
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Blob) &&
    (value as StoredFile).bytes instanceof Uint8Array &&
    typeof (value as StoredFile).type === 'string'
  );
}

export async function toStoredFile(file: FileField): Promise<StoredFile> {
  if (isStoredFile(file)) return file;
  return { type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** The same file as a Blob (for an <img>, a download or an upload). */
export function asBlob(file: FileField): Blob {
  if (file instanceof Blob) return file;
  return new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.type });
}

export function fileSize(file: FileField): number {
  return file instanceof Blob ? file.size : file.bytes.byteLength;
}
