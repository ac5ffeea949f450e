import { toStoredFile } from '../../db/crypto/stored-file';
import type { GlaasRepaymentMapping } from '../../../../shared/settings';
import type { FieldDeskDb } from '../../db/schema';
import { t } from '../../i18n';
import { newOutboxId } from '../../sync/ids';
import { localDay } from '../collections/capture';
import type { CollectionMethod, VisitRecord } from '../collections/model';
import type { GlaasLinkIds } from '../loans/glaas/link';
import type { RepaymentLine } from '../repayments/model';
import { putLines } from '../repayments/queue';
import type { DepositBranch, DepositLoanData, DepositRecord } from './model';

export interface DepositInput {
  collectionIds: readonly string[];
  branch: DepositBranch;
  receiptNumber: string;
  /** YYYY-MM-DD */
  depositDate: string;
  proof?: Blob;
  agent: { email?: string; name?: string };
}

export interface DepositContext {
  now: number;
  /** Must be confirmed: GLAAS has no cash mode, so how cash is posted is a person's decision. */
  mapping: GlaasRepaymentMapping;
  /** GLAAS link per Credgenics loan id (from the loan's assignments). */
  links: ReadonlyMap<string, GlaasLinkIds>;
}

/** Refused for a reason a person can act on; nothing was saved. */
export class DepositRefused extends Error {
  constructor(
    message: string,
    readonly code: 'mapping' | 'unlinked' | 'already-deposited' | 'missing' | 'empty' | 'totals',
    readonly loanIds: readonly string[] = [],
  ) {
    super(message);
  }
}

const cents = (n: number) => Math.round(n * 100);
const rupees = (c: number) => c / 100;

/**
 * One line per loan and method: a deposit's money for one loan goes to GLAAS as one repayment,
 * but cash and a cheque for the same loan stay apart because GLAAS records one payment mode per
 * line. Amounts are summed in paise so 0.1 + 0.2 never drifts.
 */
function groupByLoan(visits: readonly VisitRecord[]): { loanId: string; method: CollectionMethod; visits: VisitRecord[] }[] {
  const groups = new Map<string, { loanId: string; method: CollectionMethod; visits: VisitRecord[] }>();
  for (const visit of visits) {
    const method = visit.payment!.method;
    const key = `${visit.loanId}\u0000${method}`;
    const group = groups.get(key) ?? { loanId: visit.loanId, method, visits: [] };
    group.visits.push(visit);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * Saves a deposit, marks its collections deposited, and queues one GLAAS repayment line per loan,
 * all in ONE transaction: a collection can be in one deposit only (checked inside the
 * transaction, so two windows cannot both deposit it), and the deposit's total is by
 * construction the sum of its loans' lines, which are the sums of their collections.
 */
export async function recordDeposit(db: FieldDeskDb, input: DepositInput, ctx: DepositContext): Promise<DepositRecord> {
  if (!ctx.mapping.confirmedAt) {
    throw new DepositRefused(t('deposit.refused.mapping'), 'mapping');
  }
  const ids = [...new Set(input.collectionIds)];
  if (ids.length === 0) throw new DepositRefused(t('deposit.refused.empty'), 'empty');
  const depositId = newOutboxId(ctx.now);
  const day = localDay(ctx.now);
  // Bytes before the transaction: a Blob can only be read asynchronously, which would end it.
  const proof = input.proof ? await toStoredFile(input.proof) : undefined;

  return db.transaction('rw', [db.collections, db.deposits, db.repayments, db.outbox], async () => {
    const found = await db.collections.bulkGet(ids);
    const missing = ids.filter((_, i) => !found[i]?.payment);
    if (missing.length > 0) throw new DepositRefused(t('deposit.refused.missing'), 'missing');
    const visits = found as VisitRecord[];
    const taken = visits.filter((v) => v.depositId);
    if (taken.length > 0) {
      throw new DepositRefused(
        t('deposit.refused.taken', { count: taken.length }),
        'already-deposited',
        taken.map((v) => v.loanId),
      );
    }
    const unlinked = [...new Set(visits.map((v) => v.loanId).filter((loanId) => !ctx.links.get(loanId)?.requestFlowId))];
    if (unlinked.length > 0) {
      throw new DepositRefused(t('deposit.refused.unlinked', { loans: unlinked.join(', ') }), 'unlinked', unlinked);
    }

    const lines: RepaymentLine[] = [];
    const loanData: DepositLoanData[] = [];
    for (const group of groupByLoan(visits)) {
      const link = ctx.links.get(group.loanId)!;
      const amount = rupees(group.visits.reduce((sum, v) => sum + cents(v.payment!.amount), 0));
      const lineId = newOutboxId(ctx.now);
      const receipts = group.visits.map((v) => v.receiptNo).filter(Boolean).join(', ');
      lines.push({
        id: lineId,
        source: 'deposit',
        depositId,
        loanId: group.loanId,
        borrowerName: group.visits[0]!.borrowerName,
        requestFlowId: link.requestFlowId!,
        ...(link.glaasLoanId ? { glaasLoanId: link.glaasLoanId } : {}),
        ...(link.line ? { line: true } : {}),
        amount,
        type: ctx.mapping.type,
        paymentMode: ctx.mapping.modes[group.method],
        collectedAs: group.method,
        date: input.depositDate,
        reference: input.receiptNumber.trim(),
        comment: `FieldDesk deposit of ${group.method}; receipts ${receipts}`,
        createdAt: ctx.now,
        day,
        statusFinal: 0,
      });
      loanData.push({ loan_id: group.loanId, amount, collection_ids: group.visits.map((v) => v.id), line_id: lineId });
    }
    const total = rupees(loanData.reduce((sum, l) => sum + cents(l.amount), 0));
    const collected = rupees(visits.reduce((sum, v) => sum + cents(v.payment!.amount), 0));
    if (cents(total) !== cents(collected)) {
      throw new DepositRefused(t('deposit.refused.totals'), 'totals');
    }
    const methods = [...new Set(visits.map((v) => v.payment!.method))];
    const deposit: DepositRecord = {
      deposit_id: depositId,
      agent: input.agent,
      branch_details: input.branch,
      loan_data: loanData,
      total_amount: total,
      deposit_receipt_number: input.receiptNumber.trim(),
      deposit_date: input.depositDate,
      deposit_method: methods.length === 1 && methods[0] === 'cash' ? 'cash' : methods.every((m) => m === 'cheque') ? 'cheque' : 'mixed',
      methods,
      ...(proof ? { proof } : {}),
      createdAt: ctx.now,
      day,
    };
    await db.deposits.add(deposit);
    await db.collections.bulkUpdate(visits.map((v) => ({ key: v.id, changes: { depositId } })));
    await putLines(db, lines, ctx.now);
    return deposit;
  });
}
