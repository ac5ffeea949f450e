import type { LoanRepaymentDetail } from '../../../../shared/glaas';
import type { FieldDeskDb } from '../../db/schema';
import type { OutboxItem } from '../../sync/types';
import type { RepaymentLine } from './model';
import type { RepaymentPayloadV1 } from './outbox-handler';

/** Each line is its own queue: lines are independent payments, and one GLAAS refuses must not hold back the others. */
export const repaymentQueue = (lineId: string) => `glaas.repayment:${lineId}`;
export const lineRepaymentQueue = (lineId: string) => `glaas.line-repayment:${lineId}`;

/** YYYY-MM-DD → DD/MM/YYYY, the wire format GLAAS wants. */
export function glaasDate(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

/** GLAAS's comment is free text of at most 500 characters. */
const MAX_COMMENT = 500;

export function repaymentDetail(line: RepaymentLine): RepaymentPayloadV1['detail'] {
  const comment = [line.reference ? `Ref ${line.reference}` : '', line.comment ?? ''].filter(Boolean).join(' · ');
  const detail: LoanRepaymentDetail & { uid: string } = {
    uid: line.id,
    requestFlowId: Number(line.requestFlowId),
    amount: line.amount,
    type: line.type,
    paymentMode: line.paymentMode,
    date: glaasDate(line.date),
    ...(comment ? { comment: comment.slice(0, MAX_COMMENT) } : {}),
    ...(line.glaasLoanId ? { loanId: Number(line.glaasLoanId) } : {}),
  };
  return detail;
}

/** The outbox item that carries one line to GLAAS; same id as the line (the uid). */
export function repaymentItem(line: RepaymentLine, now: number): OutboxItem<RepaymentPayloadV1> {
  return {
    id: line.id,
    // A line of credit's repayment goes to Line Repayment; a term loan's to Loan Repayment.
    kind: line.line ? 'glaas.line-repayment' : 'glaas.repayment',
    queue: line.line ? lineRepaymentQueue(line.id) : repaymentQueue(line.id),
    recordId: line.depositId ?? line.id,
    loanId: line.loanId,
    amount: line.amount,
    payload: { v: 1, detail: repaymentDetail(line) },
    state: 'pending',
    attempts: 0,
    createdAt: now,
    updatedAt: now,
    nextAttemptAt: 0,
  };
}

/**
 * Puts lines and their outbox items on disk. Call inside the caller's transaction (which must
 * include db.repayments and db.outbox), so a line never exists without what sends it.
 */
export async function putLines(db: FieldDeskDb, lines: readonly RepaymentLine[], now: number): Promise<void> {
  await db.repayments.bulkAdd([...lines]);
  await db.outbox.bulkAdd(lines.map((line) => repaymentItem(line, now)));
}
