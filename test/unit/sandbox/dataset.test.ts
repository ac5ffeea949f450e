import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../electron/sandbox';
import { CITIES } from '../../../electron/sandbox/data/india';

const now = new Date('2026-03-15T06:30:00Z');
const gen = (seed: number, loanCount: number, creditLineCount = 5, at = now) => generateDataset({ seed, loanCount, creditLineCount, now: at });

describe('generateDataset', () => {
  it('is a pure function of seed, counts and now', () => {
    expect(JSON.stringify(gen(7, 150))).toBe(JSON.stringify(gen(7, 150)));
    expect(JSON.stringify(gen(8, 150))).not.toBe(JSON.stringify(gen(7, 150)));
  });

  it('keeps a loan the same borrower whatever the book size', () => {
    const small = gen(7, 10).loans.find((l) => l.loan_details.loan_id === 'FD100005');
    const big = gen(7, 500).loans.find((l) => l.loan_details.loan_id === 'FD100005');
    expect(small?.loan_details).toEqual(big?.loan_details);
  });

  // Its speed is measured in test/bench (work-list); a test never asserts that code ran fast.
  it('generates 10,000 loans (and the documented example)', () => {
    const d = gen(42, 10_000, 20);
    expect(d.loans).toHaveLength(10_001);
  });

  it('serves the documented examples verbatim', () => {
    const d = gen(42, 5);
    const example = d.loans.find((l) => l.loan_details.loan_id === '2954');
    expect(example?.loan_details.applicant_name).toBe('Keval Gor');
    expect(example?.loan_details.defaults[0]?.allocation_month).toBe('2020-8-01');
    expect(example?.payment_history.map((p) => p.payment_id)).toEqual([123, 1234]);
    const customer = d.customers.find((c) => c.applicant_details.client_customer_id === '189004');
    expect(customer?.transactions_details.map((t) => t.transaction_id)).toEqual(['283921', '18372']);
  });

  it('writes allocation months YYYY-M-01 for this month and the previous one, across a year end', () => {
    expect(gen(1, 3).allocationMonths).toEqual({ current: '2026-3-01', previous: '2026-2-01' });
    const jan = gen(1, 50, 2, new Date('2026-01-10T12:00:00Z'));
    expect(jan.allocationMonths).toEqual({ current: '2026-1-01', previous: '2025-12-01' });
    const months = new Set(jan.loans.slice(1).flatMap((l) => l.loan_details.defaults.map((d) => d.allocation_month)));
    expect([...months].sort()).toEqual(['2025-12-01', '2026-1-01']);
  });

  it('draws believable Indian borrowers', () => {
    const d = gen(3, 1000, 10);
    const loans = d.loans.slice(1);
    const pairs = new Set(CITIES.map((c) => `${c.city}|${c.state}|${c.pincode}`));
    const brackets = new Set<string>();
    for (const { loan_details: l } of loans) {
      expect(l.loan_id).toMatch(/^FD\d+$/);
      expect(l['applicant_contact_number']).toMatch(/^[6-9]\d{9}$/);
      expect(l['applicant_pan_number']).toMatch(/^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/);
      expect(l['applicant_aadhar_number']).toMatch(/^[2-9]\d{11}$/);
      const addr = (l['applicant_address'] as Record<string, unknown>[])[0]!;
      expect(pairs.has(`${addr['applicant_city']}|${addr['applicant_state']}|${addr['applicant_pincode']}`)).toBe(true);
      for (const def of l.defaults) {
        const dpd = Number(def['dpd']);
        const bracket = def['dpd_bracket'] as string;
        brackets.add(bracket);
        const [lo, hi] = bracket === '180+' ? [181, Infinity] : bracket.split('-').map(Number);
        expect(dpd).toBeGreaterThanOrEqual(lo === 0 ? 1 : lo!);
        expect(dpd).toBeLessThanOrEqual(hi!);
        expect(['Initiated', 'Partially Recovered', 'Closed']).toContain(def.final_status);
      }
    }
    expect([...brackets].sort()).toEqual(['0-30', '121-180', '180+', '31-60', '61-90', '91-120']);
    const languages = new Set(loans.map((l) => l.loan_details['applicant_language']));
    expect(languages.size).toBeGreaterThanOrEqual(8);
    const withNotices = loans.filter((l) => l.notice_tracking_details.some((n) => (n as { document_type: string }).document_type === 'Speedpost'));
    expect(withNotices.length).toBeGreaterThan(50);
  });

  it("keeps each month's amount_recovered equal to that month's payments", () => {
    const d = gen(5, 300);
    let checked = 0;
    for (const loan of d.loans.slice(1)) {
      for (const def of loan.loan_details.defaults) {
        const paid = loan.payment_history.filter((p) => p.allocation_month === def.allocation_month).reduce((s, p) => s + p.amount_recovered, 0);
        expect(paid).toBe(def.amount_recovered);
        if (paid > 0) checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('links about 70% of loans to GLAAS with unique ids and a line each', () => {
    const d = gen(9, 1000, 20);
    const loanLinks = d.links.filter((l) => l.kind === 'loan');
    expect(loanLinks.length / 1000).toBeGreaterThan(0.62);
    expect(loanLinks.length / 1000).toBeLessThan(0.78);
    expect(new Set(d.links.map((l) => l.glaasLoanId)).size).toBe(d.links.length);
    const creditLinks = d.links.filter((l) => l.kind === 'credit-line');
    expect(creditLinks.length).toBeGreaterThan(0);
    for (const link of d.links) {
      const line = d.lines.find((l) => l.requestFlowId === link.requestFlowId);
      expect(line?.subLoans.some((s) => s.loanId === link.glaasLoanId)).toBe(true);
    }
  });
});
