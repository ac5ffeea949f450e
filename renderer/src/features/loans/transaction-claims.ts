import type { CustomerTransaction, GetCustomerResponse, GetLoanResponse, LoanDefault } from '../../../../shared/credgenics';
import type { TransactionClaim } from '../../../../shared/domain';

export type { TransactionClaim } from '../../../../shared/domain';

/** `2021-10-01` sorts before `2021-9-01` as text, so compare as numbers. */
function monthKey(month: string | null | undefined): number {
  const match = /^(\d{4})-(\d{1,2})-01$/.exec(month ?? '');
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : -1;
}

const amount = (n: number | null | undefined) => (typeof n === 'number' && Number.isFinite(n) ? n : 0);

/**
 * What a credit-line customer owes, per transaction. Credgenics keeps the claim on each
 * transaction's defaults (the customer-level defaults carry only status and tags), and a payment
 * is booked against one transaction in that transaction's allocation month. Each transaction's
 * default for `month` is taken, or its latest one when that month is not among them.
 */
export function transactionClaims(snapshot: GetLoanResponse | GetCustomerResponse | undefined, month?: string): TransactionClaim[] {
  const output = (snapshot as GetCustomerResponse | undefined)?.output;
  const transactions: CustomerTransaction[] = output?.transactions_details ?? [];
  return transactions.flatMap((tx) => {
    const transactionId = tx.transaction_id ?? tx.data?.transaction_id;
    if (!transactionId) return [];
    const defaults: LoanDefault[] = tx.data?.defaults ?? [];
    const latest = [...defaults].sort((a, b) => monthKey(b.allocation_month) - monthKey(a.allocation_month))[0];
    const current = defaults.find((d) => d.allocation_month === month) ?? latest;
    if (!current?.allocation_month) return [];
    return [
      {
        transactionId: String(transactionId),
        allocationMonth: current.allocation_month,
        totalClaim: amount(current.total_claim_amount),
        expectedEmi: amount(current.expected_emi),
        recovered: amount(current.amount_recovered),
        dpd: typeof current.dpd === 'number' ? current.dpd : null,
      },
    ];
  });
}
