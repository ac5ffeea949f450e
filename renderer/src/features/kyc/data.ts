import type { FieldDeskDb } from '../../db/schema';
import type { OutboxItem } from '../../sync/types';
import type { KycDocument } from './model';

export interface DocumentRow {
  doc: KycDocument;
  item?: OutboxItem;
}

/** One application's documents, oldest first, each with its upload item. */
export async function loadApplicationDocuments(db: FieldDeskDb, requestFlowId: string): Promise<DocumentRow[]> {
  const docs = await db.documents.where('requestFlowId').equals(requestFlowId).sortBy('createdAt');
  const items = await db.outbox.bulkGet(docs.map((d) => d.id));
  return docs.map((doc, i) => ({ doc, item: items[i] ?? undefined }));
}

export interface ApplicationSummary {
  requestFlowId: string;
  loanIds: string[];
  documents: number;
  sent: number;
  waiting: number;
  attention: number;
}

/**
 * Every application this laptop knows: those with documents, and those linked to a cached loan
 * by the allocation import (glaas requestFlowId on its assignment).
 */
export async function loadApplications(db: FieldDeskDb): Promise<ApplicationSummary[]> {
  const byId = new Map<string, ApplicationSummary>();
  const entry = (requestFlowId: string) => {
    let s = byId.get(requestFlowId);
    if (!s) {
      s = { requestFlowId, loanIds: [], documents: 0, sent: 0, waiting: 0, attention: 0 };
      byId.set(requestFlowId, s);
    }
    return s;
  };
  const assignments = await db.assignments.toArray();
  for (const a of assignments) {
    const id = a.requestFlowId?.trim();
    if (!id) continue;
    const s = entry(id);
    if (!s.loanIds.includes(a.loanId)) s.loanIds.push(a.loanId);
  }
  const docs = await db.documents.toArray();
  const items = await db.outbox.bulkGet(docs.map((d) => d.id));
  docs.forEach((doc, i) => {
    const s = entry(doc.requestFlowId);
    if (doc.loanId && !s.loanIds.includes(doc.loanId)) s.loanIds.push(doc.loanId);
    const state = items[i]?.state;
    if (state === 'discarded') return;
    s.documents += 1;
    if (state === 'sent') s.sent += 1;
    else if (state === 'rejected' || doc.retakeNeeded) s.attention += 1;
    else s.waiting += 1;
  });
  return [...byId.values()].sort((a, b) => Number(b.documents > 0) - Number(a.documents > 0) || Number(a.requestFlowId) - Number(b.requestFlowId));
}
