import type { Rng } from '../prng';
import { addMonths, cgDate, fromEpochDay, toEpochDay } from '../time';
import type { CgDefault, CgLoan, CgPaymentEntry } from '../wire-types';
import { communications, notices, remarks, type Counters, type MonthSpan } from './activity';
import { allocationDefault } from './defaults';
import { BANKS, BUSINESSES, LENDER, OCCUPATIONS } from './india';
import { addressText, makePerson, mobileNumber, pickCity, type Person } from './people';
import { drawTerms, TERM_LOAN_RANGE, type LoanTerms } from './terms';

export interface Months {
  current: MonthSpan;
  previous: MonthSpan;
}

const LOAN_TYPES: readonly [string, string][] = [
  ['Personal Loan', 'Term Loan'],
  ['Business Loan', 'Unsecured Business Loan'],
  ['Two Wheeler Loan', '2-wheeler Loan'],
  ['Consumer Durable Loan', 'EMI Card'],
  ['Business Loan', 'Micro Enterprise Loan'],
];

const RELATIONS = ['Friend', 'Colleague', 'Brother', 'Neighbour', 'Relative', 'Father'];

export function coApplicants(rng: Rng, person: Person): unknown[] {
  if (!rng.chance(0.4)) return [];
  const spouse = makePerson(rng, person.city, person.lastName, person.gender === 'Male' ? 'Female' : 'Male');
  return [
    {
      co_applicant_name: spouse.name,
      co_applicant_type: 'Individual',
      co_applicant_email: spouse.email,
      co_applicant_gender: spouse.gender,
      co_applicant_contact_number: spouse.mobile,
      co_applicant_dob: spouse.dob,
      co_applicant_address: [
        {
          co_applicant_address_text: '',
          co_applicant_address_type: 'Home',
          co_applicant_state: person.city.state,
          co_applicant_city: person.city.city,
          co_applicant_pincode: person.city.pincode,
        },
      ],
    },
  ];
}

export function references(rng: Rng, person: Person): unknown[] {
  const out: unknown[] = [];
  const count = rng.int(1, 2);
  for (let i = 0; i < count; i++) {
    const ref = makePerson(rng, person.city);
    out.push({ relation_with_applicant: rng.pick(RELATIONS), name: ref.name, contact_number: mobileNumber(rng) });
  }
  return out;
}

export function applicantAddress(rng: Rng, person: Person): unknown[] {
  const { text, landmark } = addressText(rng, person.city);
  return [
    {
      applicant_address_type: 'Home',
      applicant_address_text: text,
      applicant_city: person.city.city,
      applicant_state: person.city.state,
      applicant_landmark: landmark,
      applicant_pincode: person.city.pincode,
    },
  ];
}

/** Defaults for the allocation months a loan is in: always the current, often the previous. */
export function monthDefaults(
  rng: Rng,
  counters: Counters,
  terms: LoanTerms,
  months: Months,
): { defaults: CgDefault[]; payments: CgPaymentEntry[] } {
  const defaults: CgDefault[] = [];
  const payments: CgPaymentEntry[] = [];
  if (terms.dpd > 30 && rng.chance(0.6)) {
    const prev = allocationDefault(rng, counters, terms, months.previous, false);
    defaults.push(prev.entry);
    payments.push(...prev.payments);
  }
  const cur = allocationDefault(rng, counters, terms, months.current, true);
  defaults.push(cur.entry);
  payments.push(...cur.payments);
  return { defaults, payments };
}

export interface GeneratedLoan {
  loan: CgLoan;
  terms: LoanTerms;
  person: Person;
}

export function generateLoan(rng: Rng, counters: Counters, loanId: string, months: Months, today: number): GeneratedLoan {
  const city = pickCity(rng);
  const person = makePerson(rng, city);
  const terms = drawTerms(rng, today, TERM_LOAN_RANGE);
  const [loanType, productType] = rng.pick(LOAN_TYPES);
  const bank = rng.pick(BANKS);
  const sanction = fromEpochDay(terms.sanctionDay);
  const end = addMonths(sanction, terms.tenureMonths);
  const { defaults, payments } = monthDefaults(rng, counters, terms, months);
  const business = loanType === 'Business Loan' ? `${person.lastName} ${rng.pick(BUSINESSES)}` : '';

  const loan: CgLoan = {
    loan_details: {
      loan_id: loanId,
      loan_type: loanType,
      product_type: productType,
      applicant_name: person.name,
      applicant_contact_number: person.mobile,
      applicant_email: person.email,
      applicant_gender: person.gender,
      business_name: business,
      emi_amount: terms.emi,
      loan_tenure: terms.tenureMonths,
      applicant_language: person.city.language,
      applicant_occupation: rng.pick(OCCUPATIONS),
      applicant_pan_number: person.pan,
      applicant_cibil_score: rng.chance(0.8) ? rng.int(520, 780) : null,
      applicant_dob: person.dob,
      payment_link: rng.chance(0.5) ? `https://rzp.io/i/${rng.letters(7, 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789')}` : '',
      client_loan_sanction_date: cgDate(sanction),
      loan_end_date: cgDate(end),
      interest_on_loan: terms.annualRatePct,
      merchant_name: '',
      security_type: loanType === 'Two Wheeler Loan' ? 'Secured Movable' : 'Unsecured',
      total_loan_amount: terms.amount,
      loan_nbfc_name: LENDER.name,
      loan_nbfc_cin: LENDER.cin,
      tenure_finished: toEpochDay(end) < today,
      backed_by_surety: false,
      credit_bank_name: bank.name,
      applicant_address: applicantAddress(rng, person),
      defaults,
      document_details: [],
      references: references(rng, person),
      co_applicant: coApplicants(rng, person),
      credit_account_number: rng.digits(rng.int(11, 16)),
      applicant_aadhar_number: person.aadhaar,
      applicant_monthly_income: Math.round(rng.int(12, 150)) * 1000,
      credit_account_holder_name: person.name,
      credit_account_holder_type: 'Savings',
      archive: false,
    },
    communication_details: communications(rng, counters, person, terms.totalClaim, months.previous.firstDay, today),
    payment_history: payments.slice().reverse(), // newest first, as the document lists them
    notice_tracking_details: notices(rng, counters, person, months.previous.firstDay, today),
    remarks: remarks(rng, counters, months.previous.firstDay, today),
  };
  return { loan, terms, person };
}
