import type { Rng } from '../prng';
import type { GlaasOverdue } from '../wire-types';

/**
 * The money facts of one loan, drawn once and then written into both platforms' shapes, so a
 * loan's Credgenics claim and its GLAAS overdue tell the same story.
 */
export interface LoanTerms {
  amount: number;
  tenureMonths: number;
  annualRatePct: number;
  emi: number;
  sanctionDay: number;
  emiDayOfMonth: number;
  dpd: number;
  overdueEmis: number;
  principalOutstanding: number;
  expectedEmi: number;
  expectedEmiInterest: number;
  lateFee: number;
  otherPenalty: number | null;
  totalClaim: number;
  settlement: number | null;
  moratoriumMonths: number;
}

export const DPD_BRACKETS = ['0-30', '31-60', '61-90', '91-120', '121-180', '180+'] as const;
const BRACKET_RANGES: readonly [number, number][] = [
  [1, 30],
  [31, 60],
  [61, 90],
  [91, 120],
  [121, 180],
  [181, 720],
];
/** Early buckets dominate a collections book; the long tail is what field agents chase. */
const BRACKET_WEIGHTS = [30, 20, 14, 10, 10, 16];

export function dpdBracket(dpd: number): string {
  if (dpd <= 30) return '0-30';
  if (dpd <= 60) return '31-60';
  if (dpd <= 90) return '61-90';
  if (dpd <= 120) return '91-120';
  if (dpd <= 180) return '121-180';
  return '180+';
}

export function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

/** Standard reducing-balance EMI. */
export function emiFor(principal: number, annualRatePct: number, months: number): number {
  const r = annualRatePct / 1200;
  if (r === 0) return principal / months;
  const f = Math.pow(1 + r, months);
  return (principal * r * f) / (f - 1);
}

function outstandingAfter(principal: number, annualRatePct: number, emi: number, paid: number): number {
  const r = annualRatePct / 1200;
  const f = Math.pow(1 + r, paid);
  return Math.max(0, principal * f - (emi * (f - 1)) / r);
}

export interface TermsRange {
  minAmount: number;
  maxAmount: number;
  tenures: readonly number[];
  rates: readonly number[];
}

export const TERM_LOAN_RANGE: TermsRange = {
  minAmount: 25_000,
  maxAmount: 800_000,
  tenures: [12, 18, 24, 36, 48, 60],
  rates: [14, 16, 18, 20, 22, 24, 26],
};

export const CREDIT_LINE_RANGE: TermsRange = {
  minAmount: 5_000,
  maxAmount: 75_000,
  tenures: [3, 6, 9, 12],
  rates: [18, 21, 24, 30],
};

export function drawTerms(rng: Rng, today: number, range: TermsRange): LoanTerms {
  const bracket = rng.weighted(BRACKET_WEIGHTS);
  const [lo, hi] = BRACKET_RANGES[bracket] ?? [1, 30];
  const dpd = rng.int(lo, hi);
  const amount = roundTo(rng.int(range.minAmount, range.maxAmount), 500);
  const tenureMonths = rng.pick(range.tenures);
  const annualRatePct = rng.pick(range.rates);
  const emi = Math.round(emiFor(amount, annualRatePct, tenureMonths));
  // A loan defaults some while after sanction, never before its first EMI was due.
  const ageDays = Math.max(dpd + 45, rng.int(90, Math.max(120, tenureMonths * 30)));
  const sanctionDay = today - ageDays;
  const elapsedMonths = Math.floor(ageDays / 30.44);
  const overdueEmis = Math.min(tenureMonths, Math.max(1, Math.ceil(dpd / 30)));
  const paid = Math.max(0, Math.min(tenureMonths, elapsedMonths) - overdueEmis);
  const principalOutstanding = Math.round(outstandingAfter(amount, annualRatePct, emi, paid));
  const expectedEmi = emi * overdueEmis;
  const lateFee = overdueEmis * rng.pick([250, 500, 590, 750]);
  const otherPenalty = rng.chance(0.3) ? Math.round(expectedEmi * 0.02) : null;
  const totalClaim = expectedEmi + lateFee + (otherPenalty ?? 0);
  const settlement = rng.chance(0.4) ? roundTo(totalClaim * (0.55 + rng.float() * 0.25), 100) : null;
  return {
    amount,
    tenureMonths,
    annualRatePct,
    emi,
    sanctionDay,
    emiDayOfMonth: rng.pick([1, 5, 7, 10, 15, 20]),
    dpd,
    overdueEmis,
    principalOutstanding,
    expectedEmi,
    expectedEmiInterest: Math.round(expectedEmi * 0.35),
    lateFee,
    otherPenalty,
    totalClaim,
    settlement,
    moratoriumMonths: rng.chance(0.25) ? rng.int(3, 6) : 0,
  };
}

/** GLAAS' overdue breakdown of the same claim (GST at 18% on penal charges and charges). */
export function overdueFor(t: LoanTerms): GlaasOverdue {
  const charges = t.otherPenalty ?? 0;
  return {
    principal: t.expectedEmi - t.expectedEmiInterest,
    interest: t.expectedEmiInterest,
    penalty: t.lateFee,
    charges,
    delayed_interest: Math.round((t.expectedEmi * t.annualRatePct * Math.min(t.dpd, 365)) / 36500 / 2),
    penalty_gst: Math.round(t.lateFee * 0.18),
    charge_gst: Math.round(charges * 0.18),
  };
}
