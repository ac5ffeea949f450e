import { Rng, subSeed } from '../prng';
import { addMonths, allocationMonth, fromEpochDay, istEpochDay, toEpochDay } from '../time';
import type { Dataset, GlaasLine, GlaasLink, GlaasSubLoan } from '../wire-types';
import type { Counters } from './activity';
import { generateCustomer } from './credit-line';
import { exampleCustomer } from './example-customer';
import { exampleLoan } from './example-loan';
import { generateLoan, type Months } from './loan';
import { overdueFor, type LoanTerms } from './terms';

export interface DatasetOptions {
  seed: number;
  loanCount: number;
  creditLineCount: number;
  now: Date;
}

/** Share of loans (and credit-line customers) that GLAAS also services. */
const GLAAS_SHARE = 0.7;

const FIRST_LOAN_NUMBER = 100001;
const FIRST_CUSTOMER_NUMBER = 300001;
const FIRST_TRANSACTION_NUMBER = 500001;
const FIRST_REQUEST_FLOW_ID = 46501;
const FIRST_GLAAS_LOAN_ID = 1801;

export const loanIdFor = (index: number): string => `FD${FIRST_LOAN_NUMBER + index}`;
export const customerIdFor = (index: number): string => `CL${FIRST_CUSTOMER_NUMBER + index}`;

function monthsAround(today: number): Months {
  const t = fromEpochDay(today);
  const firstOfCurrent = { year: t.year, month: t.month, day: 1 };
  const firstOfPrevious = addMonths(firstOfCurrent, -1);
  const currentFirst = toEpochDay(firstOfCurrent);
  return {
    current: { allocationMonth: allocationMonth(firstOfCurrent), firstDay: currentFirst, lastDay: today },
    previous: { allocationMonth: allocationMonth(firstOfPrevious), firstDay: toEpochDay(firstOfPrevious), lastDay: currentFirst - 1 },
  };
}

function subLoanFor(terms: LoanTerms, glaasLoanId: number): GlaasSubLoan {
  return {
    loanId: glaasLoanId,
    uid: `INV${glaasLoanId}`,
    installment: terms.emi,
    principal: terms.amount,
    pos: terms.principalOutstanding,
    dpd: terms.dpd,
    overdue: overdueFor(terms),
    sanctionDay: terms.sanctionDay,
    tenureMonths: terms.tenureMonths,
    annualRatePct: terms.annualRatePct,
    moratoriumMonths: terms.moratoriumMonths,
    emiDayOfMonth: terms.emiDayOfMonth,
  };
}

/**
 * The whole book, a pure function of its options: the same seed, counts and `now` give
 * byte-identical JSON. Each loan draws from its own seeded stream, so loan FD100001 is the same
 * borrower whether the book holds 200 loans or 10,000. The two documented examples ("2954" and
 * customer "189004") are added verbatim on top of the generated ones.
 */
export function generateDataset(opts: DatasetOptions): Dataset {
  const today = istEpochDay(opts.now);
  const months = monthsAround(today);
  const counters: Counters = { paymentId: 700001, communicationId: 900001, noticeId: 130001, remarkId: 20001 };
  const links: GlaasLink[] = [];
  const lines: GlaasLine[] = [];
  let requestFlowId = FIRST_REQUEST_FLOW_ID;
  let glaasLoanId = FIRST_GLAAS_LOAN_ID;

  const loans = [structuredClone(exampleLoan)];
  for (let i = 0; i < opts.loanCount; i++) {
    const rng = new Rng(subSeed(opts.seed, `loan:${i}`));
    const loanId = loanIdFor(i);
    const { loan, terms, person } = generateLoan(rng, counters, loanId, months, today);
    loans.push(loan);
    if (rng.chance(GLAAS_SHARE)) {
      const link: GlaasLink = { kind: 'loan', credgenicsId: loanId, requestFlowId: requestFlowId++, glaasLoanId: glaasLoanId++ };
      links.push(link);
      lines.push({
        requestFlowId: link.requestFlowId,
        kind: 'loan',
        credgenicsId: loanId,
        borrowerName: person.name,
        limitSanctioned: terms.amount,
        subLoans: [subLoanFor(terms, link.glaasLoanId)],
      });
    }
  }

  const customers = [structuredClone(exampleCustomer)];
  let transactionNumber = FIRST_TRANSACTION_NUMBER;
  const nextTransactionId = (): string => `TX${transactionNumber++}`;
  for (let i = 0; i < opts.creditLineCount; i++) {
    const rng = new Rng(subSeed(opts.seed, `customer:${i}`));
    const customerId = customerIdFor(i);
    const { customer, person, transactions } = generateCustomer(rng, counters, customerId, nextTransactionId, months, today);
    customers.push(customer);
    if (rng.chance(GLAAS_SHARE)) {
      const rfid = requestFlowId++;
      const subLoans: GlaasSubLoan[] = [];
      for (const t of transactions) {
        const id = glaasLoanId++;
        links.push({ kind: 'credit-line', credgenicsId: customerId, transactionId: t.transactionId, requestFlowId: rfid, glaasLoanId: id });
        subLoans.push(subLoanFor(t.terms, id));
      }
      const used = subLoans.reduce((s, l) => s + l.pos, 0);
      lines.push({
        requestFlowId: rfid,
        kind: 'credit-line',
        credgenicsId: customerId,
        borrowerName: person.name,
        limitSanctioned: Math.max(100_000, Math.ceil((used * 1.5) / 50_000) * 50_000),
        subLoans,
      });
    }
  }

  return {
    seed: opts.seed,
    generatedFor: opts.now.toISOString(),
    allocationMonths: { current: months.current.allocationMonth, previous: months.previous.allocationMonth },
    loans,
    customers,
    links,
    lines,
  };
}
