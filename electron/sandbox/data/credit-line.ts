import type { Rng } from '../prng';
import { addMonths, cgDate, fromEpochDay, toEpochDay } from '../time';
import type { CgCustomer, CgDefault, CgPaymentEntry, CgTransaction } from '../wire-types';
import { communications, notices, remarks, type Counters } from './activity';
import { BANKS, LENDER, OCCUPATIONS } from './india';
import { applicantAddress, coApplicants, monthDefaults, references, type Months } from './loan';
import { makePerson, pickCity, type Person } from './people';
import { CREDIT_LINE_RANGE, drawTerms, type LoanTerms } from './terms';

export interface GeneratedCustomer {
  customer: CgCustomer;
  person: Person;
  transactions: { transactionId: string; terms: LoanTerms }[];
}

/** Customer-level default per month: what the Get Customer example shows, summed over the
 *  customer's transactions. */
function customerDefaults(transactions: CgTransaction[]): CgDefault[] {
  const byMonth = new Map<string, CgDefault>();
  for (const t of transactions) {
    for (const d of t.data.defaults) {
      const seen = byMonth.get(d.allocation_month);
      const settlement = typeof d['settlement_amount'] === 'number' ? d['settlement_amount'] : null;
      if (!seen) {
        byMonth.set(d.allocation_month, {
          final_status: d.final_status,
          allocation_month: d.allocation_month,
          amount_recovered: d.amount_recovered ?? 0,
          settlement_amount: settlement,
          tags: [],
        });
      } else {
        seen.amount_recovered = (seen.amount_recovered ?? 0) + (d.amount_recovered ?? 0);
        if (settlement !== null) seen.settlement_amount = ((seen['settlement_amount'] as number | null) ?? 0) + settlement;
        if (seen.final_status !== d.final_status) seen.final_status = 'Partially Recovered';
      }
    }
  }
  return [...byMonth.values()].sort((a, b) => monthKey(a.allocation_month) - monthKey(b.allocation_month));
}

export function monthKey(allocationMonth: string): number {
  const [y, m] = allocationMonth.split('-');
  return Number(y) * 12 + Number(m);
}

export function generateCustomer(
  rng: Rng,
  counters: Counters,
  customerId: string,
  nextTransactionId: () => string,
  months: Months,
  today: number,
): GeneratedCustomer {
  const person = makePerson(rng, pickCity(rng));
  const bank = rng.pick(BANKS);
  const txCount = rng.int(2, 4);
  const transactions: CgTransaction[] = [];
  const terms: { transactionId: string; terms: LoanTerms }[] = [];
  const payments: CgPaymentEntry[] = [];
  for (let i = 0; i < txCount; i++) {
    const transactionId = nextTransactionId();
    const t = drawTerms(rng, today, CREDIT_LINE_RANGE);
    const sanction = fromEpochDay(t.sanctionDay);
    const end = addMonths(sanction, t.tenureMonths);
    const md = monthDefaults(rng, counters, t, months);
    for (const p of md.payments) payments.push({ ...p, client_customer_id: customerId, transaction_id: transactionId });
    transactions.push({
      transaction_id: transactionId,
      data: {
        defaults: md.defaults,
        emi_amount: t.emi,
        loan_tenure: t.tenureMonths,
        loan_end_date: cgDate(end),
        transaction_id: transactionId,
        tenure_finished: toEpochDay(end) < today,
        interest_on_loan: t.annualRatePct,
        total_loan_amount: t.amount,
        client_loan_sanction_date: cgDate(sanction),
      },
    });
    terms.push({ transactionId, terms: t });
  }
  payments.sort((a, b) => b.created.localeCompare(a.created));
  const claim = terms.reduce((sum, t) => sum + t.terms.totalClaim, 0);

  const customer: CgCustomer = {
    applicant_details: {
      client_customer_id: customerId,
      defaults: customerDefaults(transactions),
      loan_type: 'Personal Loan',
      references: references(rng, person),
      co_applicant: coApplicants(rng, person),
      payment_link: '',
      product_type: 'Credit Line',
      applicant_dob: person.dob,
      business_name: '',
      engine_number: '',
      loan_end_date: null,
      loan_nbfc_cin: LENDER.cin,
      merchant_name: rng.pick(['Flipkart', 'Reliance Digital', 'Croma', 'Bajaj Electronics', '']),
      security_type: 'Unsecured',
      applicant_name: person.name,
      chassis_number: '',
      loan_nbfc_name: LENDER.name,
      make_and_model: '',
      applicant_email: person.email,
      applicant_gender: person.gender,
      backed_by_surety: false,
      credit_bank_name: bank.name,
      document_details: [],
      applicant_address: applicantAddress(rng, person),
      applicant_language: person.city.language,
      applicant_occupation: rng.pick(OCCUPATIONS),
      applicant_pan_number: person.pan,
      applicant_cibil_score: rng.int(560, 800),
      credit_account_number: rng.digits(14),
      credit_bank_ifsc_code: `${bank.ifscPrefix}0${rng.digits(6)}`,
      applicant_aadhar_number: person.aadhaar,
      applicant_contact_number: person.mobile,
      applicant_monthly_income: rng.int(15, 90) * 1000,
      credit_account_holder_name: person.name,
      credit_account_holder_type: 'Savings',
      loan_regional_manager_name: '',
      vehicle_registration_number: '',
      loan_regional_manager_contact_email: '',
      loan_regional_manager_contact_number: '',
      archive: false,
    },
    transactions_details: transactions,
    payment_history: payments,
    communication_details: communications(rng, counters, person, claim, months.previous.firstDay, today),
    notice_tracking_details: notices(rng, counters, person, months.previous.firstDay, today),
    remarks: remarks(rng, counters, months.previous.firstDay, today),
  };
  return { customer, person, transactions: terms };
}
