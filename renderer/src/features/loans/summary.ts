import type {
  CoApplicant,
  CustomerTransaction,
  GetCustomerResponse,
  GetLoanResponse,
  LoanDefault,
  LoanDetails,
} from '../../../../shared/credgenics';
import type { Assignment, CachedLoan, LoanSummary } from '../../../../shared/domain';
import { transactionClaims } from './transaction-claims';

/**
 * The flat fields the work list shows, filters and sorts on, computed once when a snapshot is
 * stored. Keeping them on the record means 10,000 rows filter in memory per keystroke without
 * walking nested JSON.
 */
export function summarizeLoan(
  loanId: string,
  snapshot: GetLoanResponse | GetCustomerResponse | undefined,
  assignments: readonly Pick<Assignment, 'allocationMonth' | 'priority'>[],
): LoanSummary {
  const details = snapshot ? borrowerOf(snapshot) : undefined;
  const month = latestMonth(assignments.map((a) => a.allocationMonth));
  const defaults = details?.defaults ?? [];
  const current: LoanDefault | undefined =
    defaults.find((d: LoanDefault) => d.allocation_month === month) ?? defaults.at(-1) ?? undefined;
  const address = details?.applicant_address?.[0];
  const phones = [details?.applicant_contact_number]
    .concat((details?.co_applicant ?? []).map((c: CoApplicant) => c.co_applicant_contact_number))
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  const name = details?.applicant_name ?? '';
  const city = address?.applicant_city ?? '';
  const pincode = address?.applicant_pincode != null ? String(address.applicant_pincode) : '';
  const priorities = assignments.map((a) => a.priority).filter((p): p is number => typeof p === 'number');
  // A credit-line customer owes per transaction: the claim is the transactions' claims summed.
  const claims = snapshot && !(snapshot as GetLoanResponse).loan_details ? transactionClaims(snapshot, month) : undefined;
  const sum = (pick: (c: NonNullable<typeof claims>[number]) => number) => Math.round((claims ?? []).reduce((s, c) => s + pick(c), 0) * 100) / 100;
  const dpds = (claims ?? []).map((c) => c.dpd).filter((d): d is number => d !== null);
  return {
    name,
    phones,
    city,
    pincode,
    allocationMonth: month ?? current?.allocation_month ?? '',
    dpd: claims ? (dpds.length > 0 ? Math.max(...dpds) : (current?.dpd ?? null)) : (current?.dpd ?? null),
    dpdBracket: current?.dpd_bracket ?? current?.allocation_dpd_bracket ?? '',
    finalStatus: current?.final_status ?? '',
    totalClaim: claims ? sum((c) => c.totalClaim) : (current?.total_claim_amount ?? 0),
    expectedEmi: claims ? sum((c) => c.expectedEmi) : (current?.expected_emi ?? 0),
    recovered: claims ? sum((c) => c.recovered) : (current?.amount_recovered ?? 0),
    priority: priorities.length > 0 ? Math.min(...priorities) : null,
    searchText: [name, loanId, ...phones, city, pincode].join(' ').toLowerCase(),
    ...(claims && claims.length > 0 ? { transactions: claims } : {}),
  };
}

/** Get Loan's loan_details, or Get Customer's applicant_details with the transactions' defaults. */
export function borrowerOf(snapshot: GetLoanResponse | GetCustomerResponse): LoanDetails | undefined {
  const asLoan = snapshot as GetLoanResponse;
  if (asLoan.loan_details) return asLoan.loan_details;
  const output = (snapshot as GetCustomerResponse).output as GetCustomerResponse['output'] | undefined;
  const applicant = output?.applicant_details;
  if (!applicant) return undefined;
  const txDefaults = (output.transactions_details ?? []).flatMap((t: CustomerTransaction) => t.data?.defaults ?? []);
  // The transactions' defaults first: they carry the claim; the customer-level ones only status and tags.
  return { ...applicant, loan_id: applicant.client_customer_id, defaults: [...txDefaults, ...(applicant.defaults ?? [])] };
}

/** `2021-10-01` sorts before `2021-9-01` as text, so compare as numbers. */
export function monthKey(month: string): number {
  const match = /^(\d{4})-(\d{1,2})-01$/.exec(month);
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : -1;
}

export function latestMonth(months: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const m of months) if (best === undefined || monthKey(m) > monthKey(best)) best = m;
  return best;
}

/** A loan row for a loan known only by its id (imported, not yet downloaded). */
export function pendingLoan(loanId: string, assignments: readonly Assignment[]): CachedLoan {
  return { loanId, kind: 'loan', fetchState: 'pending', summary: summarizeLoan(loanId, undefined, assignments) };
}
