import type { Rng } from '../prng';
import { cgDate, fromEpochDay } from '../time';
import type { CgDefault, CgPaymentEntry } from '../wire-types';
import { paymentEntries, stamp, type Counters, type MonthSpan } from './activity';
import { dpdBracket, type LoanTerms } from './terms';

export const FINAL_STATUSES = ['Initiated', 'Partially Recovered', 'Closed'] as const;

/**
 * One allocation month ("defaults" entry) with the payments that produced its recovered amount,
 * so `amount_recovered` always equals the sum of that month's payment_history entries.
 */
export function allocationDefault(
  rng: Rng,
  counters: Counters,
  terms: LoanTerms,
  span: MonthSpan,
  isCurrent: boolean,
): { entry: CgDefault; payments: CgPaymentEntry[] } {
  const roll = rng.float();
  const status = isCurrent
    ? roll < 0.6
      ? 'Initiated'
      : roll < 0.92
        ? 'Partially Recovered'
        : 'Closed'
    : roll < 0.5
      ? 'Initiated'
      : 'Partially Recovered';
  // The previous month's claim was a month younger.
  const dpd = isCurrent ? terms.dpd : Math.max(1, terms.dpd - 30);
  const claim = terms.totalClaim;
  let recovered = 0;
  let payments: CgPaymentEntry[] = [];
  if (status === 'Partially Recovered') {
    recovered = Math.max(500, Math.round((claim * rng.int(10, 60)) / 100 / 100) * 100);
    payments = paymentEntries(rng, counters, span, recovered, status, rng.int(1, 2));
  } else if (status === 'Closed') {
    recovered = terms.settlement ?? claim;
    payments = paymentEntries(rng, counters, span, recovered, status, 1);
  }
  const last = payments[payments.length - 1];
  const allocationDpd = Math.max(0, dpd - (span.lastDay - span.firstDay));
  const entry: CgDefault = {
    created: stamp(span.firstDay, rng.int(3600, 6 * 3600)),
    late_fee: terms.lateFee,
    expected_emi: terms.expectedEmi,
    final_status: status,
    other_penalty: terms.otherPenalty,
    recovery_date: last ? last.created : null,
    payment_method: last ? last.payment_method : '',
    date_of_default: cgDate(fromEpochDay(span.lastDay - dpd)),
    dpd: String(dpd),
    dpd_bracket: dpdBracket(dpd),
    tags: rng.chance(0.3) ? [{ tag_name: rng.pick(['field-visit', 'high-risk', 'ptp', 'skip-trace']), active: true, created: stamp(span.firstDay, 30_000) }] : [],
    recovery_method: last ? last.recovery_method : '',
    allocation_month: span.allocationMonth,
    amount_recovered: recovered,
    settlement_amount: terms.settlement,
    default_emi_number: Math.max(1, Math.min(terms.tenureMonths, Math.floor((span.lastDay - terms.sanctionDay - dpd) / 30.44) + 1)),
    total_claim_amount: claim,
    allocation_dpd_value: allocationDpd,
    actual_date_of_default: cgDate(fromEpochDay(span.lastDay - dpd)),
    allocation_dpd_bracket: dpdBracket(allocationDpd),
    client_amount_recovered: null,
    expected_emi_interest_amount: terms.expectedEmiInterest,
    principal_outstanding_amount: terms.principalOutstanding,
    expected_emi_principal_amount: terms.expectedEmi - terms.expectedEmiInterest,
  };
  return { entry, payments };
}
