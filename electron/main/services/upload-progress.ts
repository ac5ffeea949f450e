/**
 * How far each document upload has gone, by outbox id, for the renderer to poll while uploads
 * run (`glaas.uploadProgress`). Only byte counts are kept: no file, no name, no session. An
 * entry leaves when its upload ends; the renderer reads the outcome from the upload's answer.
 */
export interface UploadProgressEntry {
  opKey: string;
  sentBytes: number;
  totalBytes: number;
}

export interface UploadProgress {
  /** Starts (or restarts, after a 401 resend) an upload's counter; returns the reporter for it. */
  start(opKey: string, totalBytes: number): (sentBytes: number, totalBytes: number) => void;
  finish(opKey: string): void;
  list(): UploadProgressEntry[];
}

export function createUploadProgress(): UploadProgress {
  const entries = new Map<string, UploadProgressEntry>();
  return {
    start(opKey, totalBytes) {
      const entry: UploadProgressEntry = { opKey, sentBytes: 0, totalBytes: Math.max(0, totalBytes) };
      entries.set(opKey, entry);
      return (sent, total) => {
        // A multipart body is a little larger than the file; never show more than all of it.
        if (total > 0) entry.totalBytes = total;
        entry.sentBytes = Math.min(Math.max(entry.sentBytes, sent), entry.totalBytes || sent);
      };
    },
    finish(opKey) {
      entries.delete(opKey);
    },
    list() {
      return [...entries.values()].map((e) => ({ ...e }));
    },
  };
}
