import { describe, expect, it } from 'vitest';
import type { PaymentHistoryEntry } from '../../../shared/credgenics';
import type { CachedLoan } from '../../../shared/domain';
import { defaultDispositions } from '../../../shared/settings';
import {
  captureFactsFor,
  defaultVisitValues,
  isOutsideContactHours,
  orderedErrors,
  parseVisitForm,
  visitContextFor,
  visitWarnings,
  type VisitFormContext,
  type VisitFormValues,
} from '../../../renderer/src/features/collections/visit-form-schema';
import { cachedLoan, getLoanExample } from '../loan-page/fixtures';

/** 15 January 2026, 11:00 on the laptop's own clock: inside contact hours, whatever the zone. */
const NOW = new Date(2026, 0, 15, 11, 0).getTime();
const TODAY = '2026-01-15';

function context(patch: Partial<VisitFormContext> = {}): VisitFormContext {
  return {
    now: NOW,
    loanId: 'L-1',
    borrowerName: 'Asha Devi',
    allocationMonth: '2026-1-01',
    totalClaim: 12_000,
    hasPromise: false,
    creditLine: false,
    dispositions: defaultDispositions,
    bifurcation: false,
    agent: { email: 'agent@lender.in', name: 'Ravi' },
    paymentHistory: [],
    ...patch,
  };
}

const base = (patch: Partial<VisitFormValues> = {}): VisitFormValues => ({
  ...defaultVisitValues({ hasPromise: false }),
  met: 'yes',
  whoMet: 'borrower',
  ...patch,
});

const cash = (patch: Partial<VisitFormValues> = {}) => base({ outcome: 'PAID_PART', amount: '1500', method: 'cash', ...patch });
const promise = (patch: Partial<VisitFormValues> = {}) =>
  base({ outcome: 'PTP', promiseDate: '2026-01-20', promiseAmount: '2000', ...patch });

function errorsOf(values: VisitFormValues, ctx = context()) {
  const result = parseVisitForm(values, ctx);
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.input)}`);
  return result.errors;
}

function inputOf(values: VisitFormValues, ctx = context()) {
  const result = parseVisitForm(values, ctx);
  if (!result.ok) throw new Error(`expected a valid visit, got ${JSON.stringify(result.errors)}`);
  return result.input;
}

describe('defaults', () => {
  it('starts as a scheduled visit, or a promise-to-pay follow-up when the loan has a promise', () => {
    expect(defaultVisitValues({ hasPromise: false }).purpose).toBe('scheduled');
    expect(defaultVisitValues({ hasPromise: true }).purpose).toBe('ptp-follow-up');
  });

  it('reads the loan and the settings: claim, month, name, payments, agent; default outcomes when none are set', () => {
    const loan = cachedLoan(getLoanExample());
    const ctx = visitContextFor(loan, { agentEmail: 'a@b.in', agentName: 'Ravi', bifurcation: true }, NOW);
    expect(ctx.loanId).toBe('2954');
    expect(ctx.borrowerName).toBe(loan.summary.name);
    expect(ctx.allocationMonth).toBe(loan.summary.allocationMonth);
    expect(ctx.totalClaim).toBe(loan.summary.totalClaim);
    expect(ctx.dispositions).toEqual(defaultDispositions);
    expect(ctx.bifurcation).toBe(true);
    expect(ctx.agent).toEqual({ email: 'a@b.in', name: 'Ravi' });
    expect(ctx.paymentHistory.length).toBeGreaterThan(0);
    const own = [{ code: 'VISITED', label: 'Visited', needs: 'none' as const }];
    expect(visitContextFor(loan, { dispositions: own }, NOW).dispositions).toEqual(own);
    expect(visitContextFor(loan, undefined, NOW).agent).toEqual({});
  });

  it('hands capture the known numbers and addresses, so Update Loan adds and never replaces', () => {
    const facts = captureFactsFor(cachedLoan(getLoanExample()));
    expect(facts.knownContact?.phones).toBe('9706367068');
    expect(facts.knownContact?.addresses?.length).toBeGreaterThan(0);
    const bare: CachedLoan = { ...cachedLoan(getLoanExample()), snapshot: undefined };
    expect(captureFactsFor(bare)).toEqual({ knownContact: {}, paymentHistory: [] });
  });
});

describe('who, why and what happened', () => {
  it('needs a purpose, whether the customer was met, and an outcome from the list', () => {
    const errors = errorsOf({ ...defaultVisitValues({ hasPromise: false }), purpose: '' });
    expect(errors.purpose).toBe('Choose why you made this visit.');
    expect(errors.met).toBe('Say whether you met the customer.');
    expect(errors.outcome).toBe('Choose what happened.');
    expect(errorsOf(base({ outcome: 'NOT_IN_SETTINGS' })).outcome).toBe('Choose what happened.');
  });

  it('needs who was met when the customer was met', () => {
    expect(errorsOf(base({ outcome: 'REFUSED', whoMet: '' })).whoMet).toBe('Choose who you met.');
  });

  it('does not ask who was met when nobody was, and drops a choice left over from before', () => {
    const input = inputOf(base({ outcome: 'NOT_AVAILABLE', met: 'no', whoMet: 'family' }));
    expect(input.met).toBe(false);
    expect(input).not.toHaveProperty('whoMet');
  });

  it('builds a visit without money from the loan, the settings and the choices', () => {
    const input = inputOf(base({ outcome: 'REFUSED', purpose: 'surprise', remarks: '  said come next week  ' }));
    expect(input).toEqual({
      loanId: 'L-1',
      allocationMonth: '2026-1-01',
      borrowerName: 'Asha Devi',
      purpose: 'surprise',
      met: true,
      whoMet: 'borrower',
      outcome: { code: 'REFUSED', label: 'Refused to pay', needs: 'none' },
      remarks: 'said come next week',
      agent: { email: 'agent@lender.in', name: 'Ravi' },
    });
  });

  it('keeps the outcome as the settings name it at capture time', () => {
    const ctx = context({ dispositions: [{ code: 'COLLECTED', label: 'Collected', needs: 'payment' }] });
    expect(inputOf(cash({ outcome: 'COLLECTED' }), ctx).outcome).toEqual({ code: 'COLLECTED', label: 'Collected', needs: 'payment' });
  });
});

describe('money taken', () => {
  it('accepts a valid cash payment', () => {
    const input = inputOf(cash({ amount: '1,500' }));
    expect(input.payment).toEqual({ amount: 1500, method: 'cash' });
    expect(input).not.toHaveProperty('promise');
  });

  it('refuses paise: Credgenics takes whole rupees (amount_recovered is an integer), and says so plainly', () => {
    for (const amount of ['1,234.50', '1234.5', '0.30', '₹ 99.99']) {
      expect(errorsOf(cash({ amount }), context({ totalClaim: 0 })).amount).toBe(
        'Credgenics takes whole rupees only. Enter the amount without paise (for example 1234, not 1234.50).',
      );
    }
    // ".00" is whole rupees written with paise: taken.
    expect(inputOf(cash({ amount: '1234.00' }), context({ totalClaim: 0 })).payment?.amount).toBe(1234);
  });

  it('refuses an amount that is missing, zero, has 3 decimals, is not a number, or is above 1 crore', () => {
    expect(errorsOf(cash({ amount: '' })).amount).toBe('Enter the amount.');
    expect(errorsOf(cash({ amount: '0' })).amount).toBe('The amount must be more than ₹0.');
    expect(errorsOf(cash({ amount: '10.255' })).amount).toMatch(/at most 2 decimals/);
    expect(errorsOf(cash({ amount: 'five hundred' })).amount).toMatch(/in rupees/);
    expect(errorsOf(cash({ amount: '-5' })).amount).toMatch(/in rupees/);
    expect(errorsOf(cash({ amount: '10000000.01' }), context({ totalClaim: 0 })).amount).toMatch(/1 crore/);
    expect(inputOf(cash({ amount: '10000000', confirmAboveClaim: true })).payment?.amount).toBe(10_000_000);
  });

  it('needs a payment method', () => {
    expect(errorsOf(cash({ method: '' })).method).toBe('Choose how the money was paid.');
  });

  it('only asks for money when the outcome needs it', () => {
    const input = inputOf(base({ outcome: 'REFUSED', amount: 'junk', method: 'cheque', chequeNumber: '1' }));
    expect(input).not.toHaveProperty('payment');
  });

  it('refuses a cheque number of 5 digits, and needs the bank and the date', () => {
    const errors = errorsOf(cash({ method: 'cheque', chequeNumber: '12345' }));
    expect(errors.chequeNumber).toBe('A cheque number has exactly 6 digits.');
    expect(errors.chequeBank).toBe('Enter the bank the cheque is drawn on.');
    expect(errors.chequeDate).toBe('Enter the date written on the cheque.');
    expect(errorsOf(cash({ method: 'cheque', chequeNumber: '1234567' })).chequeNumber).toMatch(/6 digits/);
  });

  it('accepts a cheque with 6 digits, a bank and a date; refuses one more than 3 months old', () => {
    const cheque = { method: 'cheque' as const, chequeNumber: ' 004512 ', chequeBank: 'SBI Bhuj', chequeDate: '2026-01-14' };
    expect(inputOf(cash(cheque)).payment).toEqual({
      amount: 1500,
      method: 'cheque',
      cheque: { number: '004512', bank: 'SBI Bhuj', date: '2026-01-14' },
    });
    expect(inputOf(cash({ ...cheque, chequeDate: '2025-10-15' })).payment?.cheque?.date).toBe('2025-10-15');
    expect(errorsOf(cash({ ...cheque, chequeDate: '2025-10-14' })).chequeDate).toMatch(/more than 3 months/);
    expect(errorsOf(cash({ ...cheque, chequeDate: '2026-02-30' })).chequeDate).toBe('Enter the date written on the cheque.');
  });

  it('refuses a UTR of 11 digits; keeps a 12-digit one as the reference', () => {
    expect(errorsOf(cash({ method: 'upi', utr: '12345678901' })).utr).toBe('A UTR or UPI reference has exactly 12 digits.');
    expect(errorsOf(cash({ method: 'upi', utr: '' })).utr).toMatch(/12 digits/);
    expect(inputOf(cash({ method: 'upi', utr: '123456789012' })).payment).toEqual({
      amount: 1500,
      method: 'upi',
      reference: '123456789012',
    });
  });

  it('takes a bank transfer with or without a reference of 6–30 letters or digits', () => {
    expect(inputOf(cash({ method: 'bank-transfer' })).payment).toEqual({ amount: 1500, method: 'bank-transfer' });
    expect(inputOf(cash({ method: 'bank-transfer', bankReference: 'NEFT12345' })).payment?.reference).toBe('NEFT12345');
    expect(errorsOf(cash({ method: 'bank-transfer', bankReference: 'AB12' })).bankReference).toMatch(/6 to 30 letters or digits/);
    expect(errorsOf(cash({ method: 'bank-transfer', bankReference: 'NEFT-12345' })).bankReference).toMatch(/letters or digits/);
  });

  it('drops the fields of a method no longer chosen', () => {
    const payment = inputOf(cash({ chequeNumber: '12', utr: '1', bankReference: 'x' })).payment;
    expect(payment).toEqual({ amount: 1500, method: 'cash' });
  });

  it('needs NOC or Settlement when the payment closes the loan', () => {
    expect(errorsOf(cash({ closesLoan: true })).closure).toBe('Choose NOC or Settlement, because this payment closes the loan.');
    expect(inputOf(cash({ closesLoan: true, closure: 'Settlement' })).payment?.closure).toBe('Settlement');
    expect(inputOf(cash({ closesLoan: false, closure: 'NOC' })).payment).not.toHaveProperty('closure');
  });

  it('refuses to book money on a loan with no allocation month, and says why', () => {
    const ctx = context({ allocationMonth: '' });
    expect(errorsOf(cash(), ctx).amount).toMatch(/no allocation month/);
    // A visit without money is still recorded.
    expect(inputOf(base({ outcome: 'REFUSED' }), ctx).allocationMonth).toBe('');
  });

  it('refuses money on a credit-line customer at the door (it could only be refused later), but keeps the visit', () => {
    const ctx = context({ creditLine: true });
    expect(errorsOf(cash(), ctx).amount).toMatch(/credit-line/);
    expect(inputOf(base({ outcome: 'REFUSED' }), ctx).outcome.code).toBe('REFUSED');
  });
});

describe('the split into EMI, late fee and penalty', () => {
  const on = context({ bifurcation: true });

  it('is kept when it adds up to the amount, compared in whole paise', () => {
    const input = inputOf(cash({ amount: '3', splitEmi: '1.10', splitLateFee: '1.90', splitPenalty: '' }), on);
    expect(input.payment?.split).toEqual({ emi: 1.1, lateFee: 1.9, penalty: 0 });
  });

  it('is refused when it does not add up', () => {
    const errors = errorsOf(cash({ amount: '1500', splitEmi: '1000', splitLateFee: '200', splitPenalty: '200' }), on);
    expect(errors.splitEmi).toBe('The split adds up to ₹1,400.00, but the amount is ₹1,500.00. Make them match, or leave the split empty.');
  });

  it('is optional, checks each part, and is ignored when the lender does not split payments', () => {
    expect(inputOf(cash(), on).payment).not.toHaveProperty('split');
    expect(errorsOf(cash({ splitEmi: 'abc', splitLateFee: '1500' }), on).splitEmi).toMatch(/in rupees/);
    expect(inputOf(cash({ splitEmi: '1', splitLateFee: '2' })).payment).not.toHaveProperty('split');
  });
});

describe('a promise to pay', () => {
  it('refuses a date in the past', () => {
    expect(errorsOf(promise({ promiseDate: '2026-01-14' })).promiseDate).toBe(
      'That date has passed. A promise must be for today or a later date.',
    );
  });

  it("accepts today's date, and needs an amount above zero", () => {
    expect(inputOf(promise({ promiseDate: TODAY })).promise).toEqual({ date: TODAY, amount: 2000 });
    expect(errorsOf(promise({ promiseAmount: '0' })).promiseAmount).toBe('The amount must be more than ₹0.');
    expect(errorsOf(promise({ promiseDate: '' })).promiseDate).toBe('Enter the date the customer promised to pay.');
  });

  it('uses the injected clock for "today", not the machine’s', () => {
    const later = new Date(2026, 0, 21, 11, 0).getTime();
    expect(errorsOf(promise(), context({ now: later })).promiseDate).toMatch(/has passed/);
  });
});

describe('what was learned, remarks and the photo', () => {
  it('keeps a new 10-digit mobile (6–9 first; +91, 0 and spaces dropped) and a new address', () => {
    const input = inputOf(base({ outcome: 'SHIFTED', phone: '+91 98765 43210', address: '  12 MG Road, Pune  ' }));
    expect(input.contact).toEqual({ phone: '9876543210', address: '12 MG Road, Pune' });
    expect(inputOf(base({ outcome: 'SHIFTED', phone: '09876543210' })).contact).toEqual({ phone: '9876543210' });
  });

  it('refuses a number that is not an Indian mobile', () => {
    for (const phone of ['5876543210', '987654321', '98765432101', '022 2345 6789']) {
      expect(errorsOf(base({ outcome: 'SHIFTED', phone })).phone).toBe('A mobile number has 10 digits and starts with 6, 7, 8 or 9.');
    }
  });

  it('refuses remarks over 500 characters and an address over 1,000', () => {
    expect(errorsOf(base({ outcome: 'REFUSED', remarks: 'x'.repeat(501) })).remarks).toMatch(/at most 500 characters \(now 501\)/);
    expect(inputOf(base({ outcome: 'REFUSED', remarks: 'x'.repeat(500) })).remarks).toHaveLength(500);
    expect(errorsOf(base({ outcome: 'REFUSED', address: 'x'.repeat(1001) })).address).toMatch(/1,000/);
  });

  it('keeps a photo as a Blob, refuses one over 10 MB and a file that is not an image', () => {
    const photo = new Blob([new Uint8Array(1024)], { type: 'image/jpeg' });
    expect(inputOf(base({ outcome: 'REFUSED', photo })).photo).toBe(photo);
    const big = new Blob([new Uint8Array(10 * 1024 * 1024 + 1)], { type: 'image/jpeg' });
    expect(errorsOf(base({ outcome: 'REFUSED', photo: big })).photo).toBe('The photo is 10.0 MB; it must be 10 MB or less.');
    const pdf = new Blob(['%PDF'], { type: 'application/pdf' });
    expect(errorsOf(base({ outcome: 'REFUSED', photo: pdf })).photo).toBe('The proof must be a photo (an image file).');
  });
});

describe('warnings that need a tick', () => {
  it('an amount above the month’s claim needs confirmation, and the visit records it', () => {
    const values = cash({ amount: '12001' });
    expect(visitWarnings(values, context()).map((w) => w.message)).toEqual([
      '₹12,001.00 is more than this month’s claim of ₹12,000.00. Tick to confirm.',
    ]);
    expect(errorsOf(values).confirmAboveClaim).toBe('Tick the box to confirm, or change what you entered.');
    expect(inputOf({ ...values, confirmAboveClaim: true }).aboveClaimConfirmed).toBe(true);
    // Exactly the claim, or no claim known: nothing to confirm.
    expect(visitWarnings(cash({ amount: '12000' }), context())).toEqual([]);
    expect(visitWarnings(values, context({ totalClaim: 0 }))).toEqual([]);
    expect(inputOf(cash({ amount: '12000' }))).not.toHaveProperty('aboveClaimConfirmed');
  });

  it('a visit outside 08:00–19:00 needs confirmation of the RBI contact hours, and is marked', () => {
    const evening = new Date(2026, 0, 15, 19, 1).getTime();
    const values = base({ outcome: 'REFUSED' });
    const [warning] = visitWarnings(values, context({ now: evening }));
    expect(warning?.field).toBe('confirmOutsideHours');
    expect(warning?.message).toMatch(/^It is 19:01\. RBI rules allow contacting borrowers only between 08:00 and 19:00/);
    expect(errorsOf(values, context({ now: evening })).confirmOutsideHours).toMatch(/Tick the box/);
    expect(inputOf({ ...values, confirmOutsideHours: true }, context({ now: evening })).outsideContactHours).toBe(true);
    expect(inputOf(values)).not.toHaveProperty('outsideContactHours');
  });

  it('knows the edges of contact hours', () => {
    const at = (h: number, m: number) => new Date(2026, 0, 15, h, m).getTime();
    expect(isOutsideContactHours(at(7, 59))).toBe(true);
    expect(isOutsideContactHours(at(8, 0))).toBe(false);
    expect(isOutsideContactHours(at(19, 0))).toBe(false);
    expect(isOutsideContactHours(at(19, 1))).toBe(true);
    expect(isOutsideContactHours(at(0, 30))).toBe(true);
  });

  it('a cheque number or UTR already in the payment history may be a duplicate', () => {
    const history: PaymentHistoryEntry[] = [
      { payment_reference_number: '004512', amount_recovered: 1500 },
      { payment_reference_number: '123456789012', amount_recovered: 900 },
    ];
    const ctx = context({ paymentHistory: history });
    const cheque = cash({ method: 'cheque', chequeNumber: '004512', chequeBank: 'SBI', chequeDate: TODAY });
    expect(visitWarnings(cheque, ctx).map((w) => w.message)).toEqual([
      'Cheque number 004512 is already in this loan’s payment history, so this may be a duplicate. Tick to confirm it is a new payment.',
    ]);
    expect(errorsOf(cheque, ctx).confirmDuplicate).toMatch(/Tick the box/);
    expect(inputOf({ ...cheque, confirmDuplicate: true }, ctx).payment?.cheque?.number).toBe('004512');
    expect(visitWarnings(cash({ method: 'upi', utr: '123456789012' }), ctx)[0]?.message).toMatch(/^UTR 123456789012/);
    expect(visitWarnings(cash({ method: 'upi', utr: '123456789013' }), ctx)).toEqual([]);
  });

  it('only warns about money when the outcome takes money', () => {
    expect(visitWarnings(base({ outcome: 'REFUSED', amount: '99999' }), context())).toEqual([]);
  });
});

describe('the error list', () => {
  it('is in the order of the form, so focus goes to the first bad field', () => {
    const errors = errorsOf({ ...cash({ method: 'upi', utr: '1', amount: '' }), met: '', phone: '1' });
    expect(orderedErrors(errors).map((e) => e.field)).toEqual(['met', 'amount', 'utr', 'phone']);
  });
});
