import type { FileField } from '../../db/crypto/stored-file';
/**
 * A KYC document added on this laptop for one GLAAS application (requestFlowId). The prepared
 * file is kept as a Blob until GLAAS has it; the outbox item with the same id uploads it, and
 * its state (Saved on this laptop / Sending / Sent / Needs your attention) is the document's.
 */
export type KycFileType = 'image/jpeg' | 'image/png' | 'application/pdf';

/** What GLAAS answered for the document: its ids and what its OCR read. */
export interface KycUploadResult {
  /** GLAAS's document id. */
  documentId: number;
  /** The name GLAAS stored the file under (gfile.documentName). */
  storedName: string;
  fileId?: number;
  /** OCR fields in GLAAS's order (e.g. acc_no, bank_name). */
  fields: { key: string; value: string }[];
  /** OCR's own failure, in GLAAS's words; null or absent when it read the document. */
  ocrError?: string | null;
  uploadedAt: number;
}

export interface KycDocument {
  /** ULID made when added; also its outbox item's id. */
  id: string;
  requestFlowId: string;
  /** The Credgenics loan it was reached from, if any ('' otherwise). */
  loanId: string;
  /** The name sent to GLAAS (the original's, with .jpg when a photo was re-encoded). */
  name: string;
  type: KycFileType;
  /**
   * The bytes (a StoredFile once saved: the encrypted store keeps bytes, not Blobs), until GLAAS
   * has confirmed the upload: then they are removed (issue 13, keep less) in the same write that
   * records GLAAS's answer. Absent afterwards.
   */
  file?: FileField | undefined;
  /** SHA-256 of the file's bytes (hex), made when added: proof of what was sent once the bytes are gone. */
  sha256?: string;
  createdAt: number;
  /** What the user chose, before preparation. */
  original: { name: string; type: KycFileType; size: number; width?: number; height?: number };
  /** Bytes and pixels of what goes to GLAAS. */
  size: number;
  width?: number;
  height?: number;
  /** The original was sent as it was (already small enough, or a PDF). */
  keptAsIs: boolean;
  /** How it was added. */
  source: 'file' | 'drop' | 'camera';
  /** The stored file could not be read back: the user must add it again. */
  retakeNeeded?: boolean;
  uploaded?: KycUploadResult;
}
