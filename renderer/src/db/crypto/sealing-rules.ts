/**
 * Which tables are sealed, with which key, and what stays in clear.
 *
 * Whatever an index needs (the primary key and every indexed field) always stays in clear: the
 * middleware reads it from the table's schema, so a new index can never be sealed by mistake.
 * Everything else in a sealed record is sealed, unless the rule names the only fields to seal.
 */
export type KeyName = 'data' | 'send';

export interface SealingRule {
  /** Which key seals a record: fixed, or chosen per record. */
  key: KeyName | ((value: Record<string, unknown>) => KeyName);
  /** When set, only these fields are sealed and the rest stays in clear. */
  only?: readonly string[];
}

export const sealingRules: Readonly<Record<string, SealingRule>> = {
  // The borrower cache: work-list rows, whole Get Loan answers, GLAAS schedules and lines.
  loans: { key: 'data' },
  snapshots: { key: 'data' },
  glaas: { key: 'data' },
  listBlocks: { key: 'data' },
  // What the agent recorded: visits (remarks, phones, photos), deposits, repayment lines.
  collections: { key: 'data' },
  deposits: { key: 'data' },
  repayments: { key: 'data' },
  daySummaries: { key: 'data' },
  // Audit entries name borrowers ("revealed the PAN of ...").
  audit: { key: 'data' },
  // What must still reach a platform is sealed with the send key, which needs no PIN, so a
  // forgotten PIN never costs unsent work. The engine's own fields (state, queue, times) stay
  // in clear for its indexes; the payload and the server's words are sealed.
  outbox: { key: 'send', only: ['payload', 'lastError'] },
  // A KYC file waiting for upload is send data; once GLAAS has it the bytes are gone and what
  // is left (name, OCR, document id) is borrower data like any other.
  documents: { key: (doc) => (doc.file ? 'send' : 'data') },
};
