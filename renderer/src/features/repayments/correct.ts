import type { FieldDeskDb } from '../../db/schema';
import { t } from '../../i18n';
import type { RepaymentLine } from './model';
import type { RepaymentPayloadV1 } from './outbox-handler';
import { repaymentDetail } from './queue';

/** What a person may change on a line GLAAS refused. The uid never changes. */
export type LineCorrection = Partial<Pick<RepaymentLine, 'requestFlowId' | 'glaasLoanId' | 'amount' | 'paymentMode' | 'date' | 'reference' | 'comment'>>;

/**
 * Corrects a refused line and puts it back in the outbox, alone: only this line is due, so it
 * goes in a request of its own. GLAAS keeps no refused lines, so the same uid is safe to send.
 * The line, its item and an audit entry change in one transaction.
 */
export async function correctRepaymentLine(db: FieldDeskDb, id: string, change: LineCorrection, now: number): Promise<RepaymentLine> {
  return db.transaction('rw', [db.repayments, db.outbox, db.audit], async () => {
    const line = await db.repayments.get(id);
    const item = await db.outbox.get(id);
    if (!line || !item) throw new Error(t('lines.fix.gone'));
    if (item.state !== 'rejected') throw new Error(t('lines.fix.notRefused'));
    const { lineAnswer: _answer, ...rest } = line;
    const next: RepaymentLine = { ...rest, ...change };
    const payload: RepaymentPayloadV1 = { v: 1, detail: repaymentDetail(next) };
    const { lastError: _error, ...itemRest } = item;
    await db.repayments.put(next);
    await db.outbox.put({ ...itemRest, payload, amount: next.amount, state: 'pending', nextAttemptAt: 0, updatedAt: now });
    const what = Object.entries(change)
      .filter(([k, v]) => v !== undefined && line[k as keyof RepaymentLine] !== v)
      .map(([k, v]) => `${k}: ${String(line[k as keyof RepaymentLine] ?? '—')} → ${String(v)}`)
      .join('; ');
    await db.audit.add({ at: now, kind: 'correct-repayment', loanId: line.loanId, detail: `Line ${id} corrected (${what || 'no change'}) and sent again` });
    return next;
  });
}
