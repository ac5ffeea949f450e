/**
 * A KYC document added on this laptop for one GLAAS application (requestFlowId). The prepared
 * file is kept as a Blob until GLAAS has it; the outbox item with the same id uploads it.
 * (Issue 6 owns this file: extend it as the feature needs.)
 */
export interface KycDocument {
  /** ULID made when added; also its outbox item's id. */
  id: string;
  requestFlowId: string;
  name: string;
  type: 'image/jpeg' | 'image/png' | 'application/pdf';
  file: Blob;
  createdAt: number;
}
