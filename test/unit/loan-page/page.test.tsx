import { formatRupees } from '../../../renderer/src/ui/format';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LoanPageView } from '../../../renderer/src/features/loans/page/LoanPageView';
import {
  assignment,
  cachedLoan,
  getCustomerExample,
  getLoanExample,
  glaasExample,
  HOUR,
  NOW,
  region,
  regionNames,
  textOf,
  viewProps,
} from './fixtures';

const render = (patch: Parameters<typeof viewProps>[0] = {}) => renderToStaticMarkup(<LoanPageView {...viewProps(patch)} />);

describe('the loan page for the Get Loan example', () => {
  const html = render({ assignments: [{ ...assignment, glaasLoanId: '1835', requestFlowId: '46542', glaasLine: true }], glaas: glaasExample() });
  const text = textOf(html);

  it('has every section, named by its title', () => {
    expect(regionNames(html)).toEqual([
      'Actions',
      'Dues by allocation month',
      'Borrower',
      'Identity',
      'Addresses',
      'Co-applicants',
      'References',
      'Payment history',
      'Remarks',
      'Communications',
      'Notice tracking',
      'Security documents',
      'GLAAS',
      'GLAAS link',
    ]);
  });

  it('heads the page with the borrower, the loan id, its status and freshness', () => {
    expect(html).toMatch(/<h1 id="loan-page-title">Keval Gor<\/h1>/);
    expect(text).toContain('Loan id 2954');
    expect(text).toContain('Status: Partially Recovered');
    expect(text).toMatch(/Updated \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(text).not.toContain('more than a day old');
    expect(html).not.toContain('role="alert"');
  });

  it('shows the borrower and the loan as booked', () => {
    const borrower = textOf(region(html, 'Borrower'));
    expect(borrower).toContain('9706367068');
    expect(borrower).toContain('Male');
    expect(borrower).toContain('Business Loan');
    expect(borrower).toContain('Arbitration');
    expect(borrower).toContain('22/02/2018');
    expect(borrower).toContain('₹2,68,500.00');
    expect(borrower).toContain('HLPL');
    expect(borrower).toContain('Sathiya Collection');
    // Empty values are looked at, not dropped.
    expect(borrower).toContain('Email Not recorded');
    expect(region(html, 'Borrower')).toMatch(/<button[^>]*>Copy<\/button>/);
  });

  it('shows addresses, co-applicants and references', () => {
    const addresses = textOf(region(html, 'Addresses'));
    expect(addresses).toContain('Shopno4, Sarpat Gate Bhuj, Bhuj, Gujarat, 370001');
    expect(addresses).toContain('Gujarat');
    expect(addresses).toContain('370001');
    const co = textOf(region(html, 'Co-applicants'));
    expect(co).toContain('Naveen Shekhawat');
    expect(co).toContain('9814274470');
    expect(co).toContain('pravinsingh@gmail.com');
    expect(co).toContain('29/06/1990');
    expect(co).toContain('Alwar');
    expect(co).toContain('301024');
    const refs = textOf(region(html, 'References'));
    expect(refs).toContain('Abhishek Kumar');
    expect(refs).toContain('Colleague');
    expect(refs).toContain('8802913432');
  });

  it('shows the dues of each allocation month in rupees', () => {
    const dues = textOf(region(html, 'Dues by allocation month'));
    expect(dues).toContain('Aug 2020');
    expect(dues).not.toContain('2020-8-01'); // months in words only, never the wire form
    expect(dues).toContain('₹1,27,718.00');
    expect(dues).toContain('₹25,000.00');
    expect(dues).toContain('₹8,500.00');
    expect(dues).toContain('225 (180+)');
    expect(dues).toContain('At allocation: 91 (91-120)');
    expect(dues).toContain('Partially Recovered');
    expect(dues).toContain('temporary');
  });

  it('lists payments newest first', () => {
    const payments = textOf(region(html, 'Payment history'));
    expect(payments).toContain('₹2,000.00');
    expect(payments).toContain('demo.admin@credgenics.com');
    expect(payments.indexOf('15/05/2021 18:44')).toBeGreaterThan(-1);
    expect(payments.indexOf('15/05/2021 18:44')).toBeLessThan(payments.indexOf('15/04/2021 06:43'));
  });

  it('shows remarks and communications', () => {
    const remarks = textOf(region(html, 'Remarks'));
    expect(remarks).toContain('(Legal Notice Template ) SMS Sent');
    expect(remarks).toContain('Will pay settlement amount tomorrow');
    expect(remarks.indexOf('23/11/2020 12:43')).toBeLessThan(remarks.indexOf('15/11/2020 16:57'));
    const comms = textOf(region(html, 'Communications'));
    expect(comms).toContain('Call');
    expect(comms).toContain('Will pay tomorrow');
    expect(comms).toContain('04/11/2020 17:16');
    expect(comms).toContain('SMS');
    expect(comms).toContain('Legal Notice Template');
    expect(comms).toContain('Show the whole message');
  });

  it('tracks notices, with the speed post events newest first', () => {
    const notices = textOf(region(html, 'Notice tracking'));
    expect(notices).toContain('Speedpost');
    expect(notices).toContain('ED670494304IN');
    expect(notices).toContain('Delivered');
    expect(notices).toContain('https://s3-ap-south-1.amazonaws.com/credgenics-cases/production/notice_links/930b9ecfee7e.pdf');
    expect(notices).toContain('05/10/2020 15:27 Bhuj HO Item Delivery Confirmed');
    expect(notices.indexOf('Item Delivery Confirmed')).toBeLessThan(notices.indexOf('Item Booked'));
    expect(notices).toContain('29/09/2020 16:17 Rohini Sector7 SO Item Booked');
  });

  it('says an empty list was looked at', () => {
    expect(textOf(region(html, 'Security documents'))).toContain('Nothing recorded');
  });

  it('shows the GLAAS schedule and line', () => {
    const glaas = textOf(region(html, 'GLAAS'));
    expect(glaas).toContain('Repayment schedule');
    expect(glaas).toContain('03/07/2020');
    expect(glaas).toContain('Moratorium');
    expect(glaas).toContain('₹16,631.00');
    expect(glaas).toContain('1.66%');
    expect(glaas).toContain('₹10,00,000.00');
    expect(glaas).toContain('₹9,10,000.00');
    expect(glaas).toContain('₹90,000.00');
    expect(glaas).toContain('31/03/2021');
    expect(glaas).toContain('31/05/2021');
    expect(glaas).toContain('Closure amount ₹22,201.00');
    expect(glaas).toContain('Delayed interest ₹0.00');
    expect(glaas).toContain('GST on penalty ₹0.00');
    expect(glaas).toMatch(/Fetched \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  });

  it('offers Record visit (a link to the visit form, no network needed), Refresh, and the way back', () => {
    const actions = region(html, 'Actions');
    expect(actions).toMatch(/<a href="#\/loans\/2954\/visit"[^>]*>Record visit<\/a>/);
    expect(actions).not.toMatch(/disabled[^>]*>Record visit/);
    expect(actions).toMatch(/<button type="button">Refresh<\/button>/);
    expect(actions).toContain('href="#/loans"');
    expect(textOf(actions)).toContain('Back to my loans');
  });

  it('leads with what is due: claim, EMI, days past due, promise and last visit, before the Record visit link', () => {
    const actions = region(html, 'Actions');
    const glance = /<dl class="due-glance" aria-label="What is due">(.*?)<\/dl>/.exec(actions)?.[1] ?? '';
    const summary = viewProps({}).loan!.summary;
    const said = textOf(glance);
    expect(said).toContain(`Claim this month ${formatRupees(summary.totalClaim)}`);
    expect(said).toContain(`EMI ${formatRupees(summary.expectedEmi)}`);
    expect(said).toContain(`Days past due ${summary.dpd} (${summary.dpdBracket})`);
    expect(said).toContain('Promise to pay None');
    expect(said).toContain('Last visit Not visited yet');
    expect(actions.indexOf('due-glance')).toBeLessThan(actions.indexOf('Record visit'));
  });
});

describe('identity numbers', () => {
  const html = render({
    loan: cachedLoan(getLoanExample({ applicant_aadhar_number: '235498671293', applicant_pan_number: 'ADJIY3516D' })),
  });

  it('are masked; PAN has a deliberate show button, Aadhaar none (only its last 4 digits are kept)', () => {
    const identity = region(html, 'Identity');
    expect(textOf(identity)).toContain('XXXX XXXX 1293');
    expect(textOf(identity)).toContain('XXXXX3516D');
    expect(identity).not.toContain('Show Aadhaar');
    expect(textOf(identity)).toContain('Only the last 4 digits of the Aadhaar number are kept on this laptop.');
    expect(identity).toMatch(/<button[^>]*>Show PAN<\/button>/);
    expect(identity).not.toContain('>Hide<');
  });

  it('are nowhere in the page unmasked', () => {
    for (const raw of ['235498671293', '2354 9867 1293', '9867', 'ADJIY3516D', 'ADJIY']) {
      expect(html).not.toContain(raw);
    }
  });

  it('say Not recorded when empty, with nothing to show', () => {
    const identity = region(render(), 'Identity');
    expect(textOf(identity)).toContain('Aadhaar Not recorded');
    expect(textOf(identity)).toContain('PAN Not recorded');
    expect(identity).not.toContain('Show Aadhaar');
  });

  it('keep a hyphenated PAN masked too', () => {
    const page = render({ loan: cachedLoan(getLoanExample({ applicant_pan_number: 'ADJIY-3516-D' })) });
    expect(page).toContain('XXXXX3516D');
    expect(page).not.toContain('ADJIY');
  });
});

describe('freshness and failures', () => {
  it('warns when the copy is more than a day old', () => {
    const html = render({ loan: cachedLoan(getLoanExample(), { fetchedAt: NOW - 25 * HOUR }) });
    expect(textOf(html)).toContain('This information is more than a day old');
  });

  it('says a loan was not downloaded, with our reason and the server’s', () => {
    const loan = cachedLoan(undefined, {
      fetchState: 'failed',
      fetchedAt: undefined,
      failure: { kind: 'rejected', status: 404, message: 'Credgenics has no loan with this id.', serverMessage: 'Loan not found' },
    });
    const html = render({ loan });
    const text = textOf(html);
    expect(html).toContain('<h1 id="loan-page-title">Loan 2954</h1>');
    expect(html).toContain('role="alert"');
    expect(text).toContain('Not downloaded. Credgenics has no loan with this id. The server said: Loan not found');
    // No snapshot: the Credgenics sections are not shown as if empty (linking to GLAAS still can be done).
    expect(regionNames(html)).toEqual(['Actions', 'GLAAS link']);
  });

  it('says a pending loan will be fetched', () => {
    const html = render({ loan: cachedLoan(undefined, { fetchState: 'pending', fetchedAt: undefined }) });
    expect(textOf(html)).toContain('Not downloaded. It will be downloaded at the next refresh.');
  });

  it('keeps showing the earlier copy when a refresh failed', () => {
    const loan = cachedLoan(getLoanExample(), {
      fetchState: 'failed',
      failure: { kind: 'server', status: 500, message: 'Credgenics had a problem.' },
    });
    const text = textOf(render({ loan }));
    expect(text).toContain('The last refresh failed; this is the earlier copy. Credgenics had a problem.');
    expect(text).toContain('Naveen Shekhawat');
  });

  it('says when the loan is not on the laptop', () => {
    const html = render({ loan: null, assignments: [] });
    expect(textOf(html)).toContain('This loan is not on this laptop');
  });
});

describe('actions', () => {
  it('disables Refresh offline, saying why', () => {
    const actions = region(render({ online: false }), 'Actions');
    expect(actions).toMatch(/<button type="button" disabled="" aria-describedby="loan-refresh-hint">Refresh<\/button>/);
    expect(textOf(actions)).toContain('You are offline');
  });

  it('disables Refresh when the app gave no way to refresh', () => {
    const actions = region(render({ refresh: { available: false, running: false, onRefresh: () => {} } }), 'Actions');
    expect(actions).toMatch(/disabled=""[^>]*>Refresh<\/button>/);
    expect(textOf(actions)).toContain('not available yet');
  });

  it('shows a refresh running and a refresh error', () => {
    const actions = textOf(
      region(render({ refresh: { available: true, running: true, error: 'No network.', onRefresh: () => {} } }), 'Actions'),
    );
    expect(actions).toContain('Refreshing…');
    expect(actions).toContain('No network.');
  });
});

describe('GLAAS', () => {
  it('a linked term loan shows its schedule, says it is a term loan, and no line and no error (issue 11, item 4)', () => {
    // What the loader stores for a term loan: the schedule only (it never asks for line details).
    const { lineDetails: _none, ...termLoan } = glaasExample();
    const text = textOf(region(render({ assignments: [{ ...assignment, glaasLoanId: '1835', requestFlowId: '46542' }], glaas: termLoan }), 'GLAAS'));
    expect(text).toContain('GLAAS account: term loan');
    expect(text).toContain('Repayment schedule');
    expect(text).toContain('₹16,631.00');
    expect(text).not.toContain('Could not fetch');
    expect(text).not.toContain('Limit sanctioned');
    expect(text).not.toMatch(/no sanctioned line/i);
  });

  it('is absent for a loan not linked to GLAAS', () => {
    expect(regionNames(render())).not.toContain('GLAAS');
  });

  it('says not fetched yet, or fetching, or why it failed', () => {
    const linked = [{ ...assignment, requestFlowId: '46542' }];
    expect(textOf(region(render({ assignments: linked }), 'GLAAS'))).toContain('Not fetched yet.');
    expect(textOf(region(render({ assignments: linked, online: false }), 'GLAAS'))).toContain(
      'It is fetched when you open this loan with a network.',
    );
    expect(textOf(region(render({ assignments: linked, glaasStatus: { loading: true } }), 'GLAAS'))).toContain(
      'Fetching from GLAAS…',
    );
    // A load where nothing ever arrived: the loader writes fetchedAt 0 and only the reason.
    const failed = textOf(
      region(
        render({
          assignments: linked,
          glaas: { loanId: '2954', fetchedAt: 0, failure: { kind: 'auth', message: 'GLAAS refused the sign-in.', serverMessage: 'Invalid session' } },
        }),
        'GLAAS',
      ),
    );
    expect(failed).toContain('Could not fetch from GLAAS. GLAAS refused the sign-in. The server said: Invalid session');
    expect(failed).toContain('Not fetched yet.');
    expect(failed).not.toContain('Fetched');
    expect(failed).not.toContain('Repayment schedule');
  });

  it('keeps showing the earlier copy when a later load failed', () => {
    const glaas = { ...glaasExample(), failure: { kind: 'timeout' as const, message: 'GLAAS did not answer in time.' } };
    const text = textOf(region(render({ assignments: [{ ...assignment, glaasLoanId: '1835', requestFlowId: '46542', glaasLine: true }], glaas }), 'GLAAS'));
    expect(text).toContain('Could not fetch from GLAAS. GLAAS did not answer in time.');
    expect(text).toMatch(/Fetched \d{2}\/\d{2}\/\d{4}/);
    expect(text).toContain('₹22,201.00');
  });
});

describe('a credit-line customer', () => {
  const snapshot = getCustomerExample();
  const html = render({ loan: cachedLoan(snapshot, { loanId: '189004', kind: 'credit-line' }), loanId: '189004' });
  const text = textOf(html);

  it('shows the customer, the transactions and each month’s dues with its transaction', () => {
    expect(html).toContain('<h1 id="loan-page-title">Sri Ram</h1>');
    expect(regionNames(html)).toContain('Transactions');
    const tx = textOf(region(html, 'Transactions'));
    expect(tx).toContain('283921');
    expect(tx).toContain('₹50,000.00');
    expect(tx).toContain('12 months');
    expect(tx).toContain('18%');
    const dues = textOf(region(html, 'Dues by allocation month'));
    expect(dues).toContain('Feb 2021');
    expect(dues).toContain('₹1,13,000.00');
    expect(dues).toContain('18372');
    expect(textOf(region(html, 'Borrower'))).toContain('Languages Hindi');
    expect(textOf(region(html, 'Borrower'))).toContain('CIBIL score 820');
  });

  it('shows its security document with the bounce', () => {
    const docs = textOf(region(html, 'Security documents'));
    expect(docs).toContain('NACH');
    expect(docs).toContain('757493');
    expect(docs).toContain('₹50,000.00');
    expect(docs).toContain('12/04/2018');
    expect(docs).toContain('Yes Bank');
  });

  it('reads remarks under either id spelling', () => {
    expect(text).toContain('Will pay settlement amount tomorrow');
    expect(text).toContain('(Legal Notice Template ) SMS Sent');
  });
});
