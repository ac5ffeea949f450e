import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../electron/sandbox';
import { cg, manualClock, paymentBody, smallSandbox } from './helpers';

const VALIDATION = { message: 'Data Validation Failed', success: false };

let sb: Sandbox;
const clock = manualClock();
const current = '2026-3-01';

beforeAll(async () => {
  sb = await smallSandbox({ now: clock.now });
});
afterAll(() => sb.close());

/** A generated loan that is only in the current month (so the previous month is not allocated). */
function loanWithMonths(count: number): string {
  const loan = sb.state.dataset.loans.find((l) => l.loan_details.loan_id.startsWith('FD') && l.loan_details.defaults.length === count);
  if (!loan) throw new Error(`no loan with ${count} allocation months`);
  return loan.loan_details.loan_id;
}

describe('Credgenics authentication', () => {
  it('refuses a missing or wrong authenticationtoken with the documented 401', async () => {
    for (const headers of [{ authenticationtoken: 'wrong' }, { authenticationtoken: '' }]) {
      const res = await cg(sb, 'GET', '/loan/FD100001', undefined, headers);
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ message: 'Authentication failed. API credentials are incorrect.' });
    }
    expect(sb.state.requests.at(-1)?.outcome).toBe('auth-failed');
  });
});

describe('Get Loan', () => {
  it('answers every section when fields is absent', async () => {
    const res = await cg(sb, 'GET', '/loan/FD100001');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual(['loan_details', 'communication_details', 'payment_history', 'notice_tracking_details', 'remarks']);
    expect(res.body.loan_details.loan_id).toBe('FD100001');
  });

  it('answers only the sections fields asks for', async () => {
    const res = await cg(sb, 'GET', '/loan/FD100001?fields=payment,remarks');
    expect(Object.keys(res.body).sort()).toEqual(['payment_history', 'remarks']);
    const one = await cg(sb, 'GET', '/loan/2954?fields=loan');
    expect(Object.keys(one.body)).toEqual(['loan_details']);
    expect(one.body.loan_details.applicant_name).toBe('Keval Gor');
  });

  it('rejects an unknown field name in the documented 400 shape', async () => {
    const res = await cg(sb, 'GET', '/loan/FD100001?fields=loan,payments');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject(VALIDATION);
    expect(res.body.output.errors.fields).toContain('payments');
  });

  it('answers 404 for an unknown loan', async () => {
    const res = await cg(sb, 'GET', '/loan/NOPE1');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ message: 'Loan not found', output: 'No loan exists with loan_id NOPE1' });
  });

  it('answers a credit-line customer in the Get Customer shape, fields honoured', async () => {
    const all = await cg(sb, 'GET', '/loan/189004');
    expect(all.body.message).toBe('success');
    expect(all.body.output.applicant_details.client_customer_id).toBe('189004');
    const loanOnly = await cg(sb, 'GET', '/loan/189004?fields=loan');
    expect(Object.keys(loanOnly.body.output).sort()).toEqual(['applicant_details', 'transactions_details']);
  });

  it('records company_id from the query', async () => {
    await cg(sb, 'GET', '/loan/FD100002?company_id=6f1c-uuid');
    const last = sb.state.requests.at(-1);
    expect(last?.query).toEqual({ company_id: '6f1c-uuid' });
    expect(last?.headers['authenticationtoken']).toBe('training-token');
  });
});

describe('Update Payment', () => {
  it('appends a payment that keeps the reference number and moves the month', async () => {
    const id = loanWithMonths(1);
    const before = structuredClone(sb.state.loan(id)!.loan_details.defaults[0]!);
    const res = await cg(sb, 'PATCH', `/payments/${id}?allocation_month=${current}&company_id=co-1`, paymentBody({ payment_reference_number: 'UTR 4471-X/09' }));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ output: 'Data updated successfully', message: 'success' });

    const got = await cg(sb, 'GET', `/loan/${id}?fields=payment,loan`);
    const entry = got.body.payment_history[0];
    expect(entry).toMatchObject({
      amount_recovered: 1500,
      final_status: 'Partially Recovered',
      recovery_method: 'Field collection',
      allocation_month: current,
      payment_method: 'Cash',
      payment_mode: 'Cash',
      payment_reference_number: 'UTR 4471-X/09',
      author: 'agent@example.com',
      created: '2026-03-15 12:00:00', // 06:30 UTC is noon in India
    });
    expect(typeof entry.payment_id).toBe('number');
    const month = got.body.loan_details.defaults.find((d: { allocation_month: string }) => d.allocation_month === current);
    expect(month.amount_recovered).toBe((before.amount_recovered ?? 0) + 1500);
    expect(month.final_status).toBe('Partially Recovered');

    expect(sb.state.paymentCount('UTR 4471-X/09')).toBe(1);
    expect(sb.state.paymentsFor(id).at(-1)).toMatchObject({ companyId: 'co-1', allocationMonth: current, amountRecovered: 1500 });
  });

  it('answers 400 "Value must be an integer" to paise, as the Update Payment table types amount_recovered', async () => {
    const id = loanWithMonths(1);
    const res = await cg(sb, 'PATCH', `/payments/${id}?allocation_month=${current}`, paymentBody({
      amount_recovered: 1234.5,
      payment_reference_number: 'PAISE-1',
    }));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ message: 'Data Validation Failed', output: { errors: { amount_recovered: 'Value must be an integer' } } });
    expect(sb.state.paymentCount('PAISE-1')).toBe(0);
  });

  it('takes whole rupees and a bifurcation that adds up', async () => {
    const id = loanWithMonths(1);
    const res = await cg(sb, 'PATCH', `/payments/${id}?allocation_month=${current}`, paymentBody({
      amount_recovered: 2200,
      recovered_expected_emi: 2000,
      recovered_late_fee: 100,
      recovered_penalty: 100,
      payment_reference_number: 'BIF-1',
    }));
    expect(res.status).toBe(200);
    expect(sb.state.paymentCount('BIF-1')).toBe(1);
  });

  const cases: [string, Record<string, unknown>, string, string?][] = [
    ['final_status missing', { final_status: undefined }, 'final_status'],
    ['amount as a string', { amount_recovered: '1500' }, 'amount_recovered'],
    ['amount zero', { amount_recovered: 0 }, 'amount_recovered'],
    ['three decimals', { amount_recovered: 10.005 }, 'amount_recovered'],
    ['paise', { amount_recovered: 10.5 }, 'amount_recovered'],
    ['final_status not a string', { final_status: 7 }, 'final_status'],
    ['recovery_method not among the options', { recovery_method: 'Branch Counter' }, 'recovery_method'],
    ['payment_received_date not a date', { payment_received_date: '12/01/2022' }, 'payment_received_date'],
    ['unknown payment_method', { payment_method: 'UPI' }, 'payment_method'],
    ['Closed without closure_with', { final_status: 'Closed' }, 'closure_with'],
    ['bifurcation not adding up', { recovered_expected_emi: 1000, recovered_late_fee: 100 }, 'amount_recovered'],
    ['bad recovery_date', { recovery_date: '15/03/2026' }, 'recovery_date'],
    ['leading zero month', {}, 'allocation_month', '2026-03-01'],
    ['month not allocated', {}, 'allocation_month', '2025-6-01'],
  ];
  for (const [name, override, field, month] of cases) {
    it(`answers the documented 400 and commits nothing: ${name}`, async () => {
      const id = loanWithMonths(1);
      const count = sb.state.payments.length;
      const historyLength = sb.state.loan(id)!.payment_history.length;
      const res = await cg(sb, 'PATCH', `/payments/${id}?allocation_month=${month ?? current}`, paymentBody(override));
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject(VALIDATION);
      expect(Object.keys(res.body.output.errors)).toContain(field);
      expect(typeof res.body.output.errors[field]).toBe('string');
      expect(sb.state.payments.length).toBe(count);
      expect(sb.state.loan(id)!.payment_history.length).toBe(historyLength);
    });
  }

  it('needs allocation_month', async () => {
    const res = await cg(sb, 'PATCH', `/payments/${loanWithMonths(1)}`, paymentBody());
    expect(res.status).toBe(400);
    expect(res.body.output.errors.allocation_month).toMatch(/required/i);
  });

  it('accepts Closed with closure_with and the example loan in its own month', async () => {
    const res = await cg(sb, 'PATCH', '/payments/2954?allocation_month=2020-8-01', paymentBody({ final_status: 'Closed', closure_with: 'Settlement', payment_reference_number: 'EX-1' }));
    expect(res.status).toBe(200);
    expect(sb.state.loan('2954')!.loan_details.defaults[0]!.final_status).toBe('Closed');
  });

  it('pays a credit-line transaction only with its client_customer_id', async () => {
    const missing = await cg(sb, 'PATCH', '/payments/283921?allocation_month=2021-2-01', paymentBody());
    expect(missing.status).toBe(400);
    expect(missing.body.output.errors.client_customer_id).toBeDefined();
    const wrong = await cg(sb, 'PATCH', '/payments/283921?allocation_month=2021-2-01', paymentBody({ client_customer_id: '999' }));
    expect(wrong.status).toBe(400);

    const ok = await cg(sb, 'PATCH', '/payments/283921?allocation_month=2021-2-01', paymentBody({ client_customer_id: '189004', payment_reference_number: 'CL-REF-1' }));
    expect(ok.status).toBe(200);
    const got = await cg(sb, 'GET', '/loan/189004?fields=payment');
    expect(got.body.output.payment_history[0]).toMatchObject({ client_customer_id: '189004', transaction_id: '283921', payment_reference_number: 'CL-REF-1' });
    expect(sb.state.payments.at(-1)).toMatchObject({ kind: 'transaction', loanId: '283921', clientCustomerId: '189004' });
  });

  it('answers 404 for a payment on an unknown loan', async () => {
    const res = await cg(sb, 'PATCH', `/payments/NOPE?allocation_month=${current}`, paymentBody());
    expect(res.status).toBe(404);
  });
});

describe('Update Loan, Update Transaction, Upload Loan', () => {
  it('merges contact details and records the patch', async () => {
    const address = [{ applicant_address_type: 'Home', applicant_address_text: '12, Station Road, Pune, Maharashtra, 411001', applicant_city: 'Pune', applicant_state: 'Maharashtra', applicant_pincode: 411001 }];
    const res = await cg(sb, 'PATCH', '/loan/FD100003', { applicant_contact_number: '9876543210', applicant_address: address });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ output: 'Loan successfully updated', message: 'success' });
    const got = await cg(sb, 'GET', '/loan/FD100003?fields=loan');
    expect(got.body.loan_details.applicant_contact_number).toBe('9876543210');
    expect(got.body.loan_details.applicant_address).toEqual(address);
    expect(sb.state.loanUpdates.at(-1)).toMatchObject({ kind: 'loan', id: 'FD100003', patch: { applicant_contact_number: '9876543210' } });
  });

  it('rejects a bad mobile number in the documented words', async () => {
    const res = await cg(sb, 'PATCH', '/loan/FD100003', { applicant_contact_number: '83849879' });
    expect(res.status).toBe(400);
    expect(res.body.output.errors.applicant_contact_number).toBe('Invalid Mobile numbers, [83849879]');
  });

  it('updates a transaction of a customer', async () => {
    const res = await cg(sb, 'PATCH', '/transaction/189004/283921', { total_loan_amount: 60000 });
    expect(res.body).toEqual({ output: 'Transaction updated successfully', message: 'success' });
    expect(sb.state.customer('189004')!.transactions_details[0]!.data['total_loan_amount']).toBe(60000);
    const wrong = await cg(sb, 'PATCH', '/transaction/189004/nope', { total_loan_amount: 1 });
    expect(wrong.status).toBe(404);
  });

  it('uploads a new loan (201) that Get Loan then serves, and nests default errors', async () => {
    const body = {
      loan_id: 'UP-1',
      applicant_name: 'Shri Ram',
      applicant_contact_number: '9805265926',
      applicant_language: 'hi',
      defaults: [{ allocation_month: '2026-3-01', total_claim_amount: 113000, expected_emi: 54000 }],
    };
    const res = await cg(sb, 'POST', '/loan/UP-1', body);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ message: 'Data uploaded successfully' });
    const got = await cg(sb, 'GET', '/loan/UP-1?fields=loan');
    expect(got.body.loan_details.applicant_name).toBe('Shri Ram');

    const bad = await cg(sb, 'POST', '/loan/UP-2', { ...body, loan_id: 'UP-2', applicant_dob: '23-03-1992', applicant_language: 'feger', defaults: [{ allocation_month: '2026-3-01', default_emi_number: 'x' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.output.errors).toMatchObject({
      applicant_dob: 'Value must be of type date with format YYYY-MM-DD',
      applicant_language: 'Invalid languages, [feger]',
      defaults: { '0': { default_emi_number: 'Value must be a number' } },
    });
  });
});

describe('Upload Loan field table: types, options and nested lists', () => {
  const base = {
    applicant_name: 'Shri Ram',
    defaults: [{ allocation_month: '2026-3-01', total_claim_amount: 113000 }],
  };

  it("takes the document's own example values (digit strings for account numbers, null and empty strings)", async () => {
    const res = await cg(sb, 'POST', '/loan/UP-EX', {
      ...base,
      loan_id: 'UP-EX',
      applicant_cibil_score: 820,
      loan_tenure: 12,
      tenure_finished: true,
      security_type: 'Secured immovable',
      backed_by_surety: false,
      credit_account_number: '11271000005809',
      payment_link_expiry: 1627390971,
      document_details: [{ security_mode: 'NACH', document_amount: 50000, document_bounce_bank_account_number: '', document_bounce_charges: null, document_bounce_memo_date: null }],
      co_applicant: [{ co_applicant_name: 'Naveen', co_applicant_gender: 'Male', co_applicant_address: [{ co_applicant_address_type: 'Home', co_applicant_pincode: 301024 }] }],
      references: [{ relation_with_applicant: 'Colleague', name: 'Abhishek Kumar', contact_number: '8802913432' }],
    });
    expect(res.status).toBe(201);
  });

  it('refuses each key that breaks its Data Type or options, nested lists included, and stores nothing', async () => {
    const res = await cg(sb, 'POST', '/loan/UP-BAD', {
      ...base,
      loan_id: 'UP-BAD',
      applicant_cibil_score: 820.5,
      loan_tenure: '12',
      tenure_finished: 'yes',
      security_type: 'Gold',
      loan_type: 7,
      client_loan_sanction_date: '06/04/2018',
      document_details: [{ document_amount: '50000' }],
      co_applicant: [{ co_applicant_gender: 'X', co_applicant_address: [{ co_applicant_pincode: '301024' }] }],
      references: 'none',
      defaults: [{ allocation_month: '2026-3-01', allocation_dpd_value: 3.5 }],
    });
    expect(res.status).toBe(400);
    expect(res.body.output.errors).toMatchObject({
      applicant_cibil_score: 'Value must be an integer',
      loan_tenure: 'Value must be an integer',
      tenure_finished: 'Value must be true or false',
      security_type: expect.stringContaining('Invalid option Gold'),
      loan_type: 'Value must be of type string',
      client_loan_sanction_date: 'Value must be of type date with format YYYY-MM-DD',
      document_details: { '0': { document_amount: 'Value must be a number' } },
      co_applicant: { '0': { co_applicant_gender: expect.stringContaining('Invalid option X'), co_applicant_address: { '0': { co_applicant_pincode: 'Value must be an integer' } } } },
      references: 'Value must be a list',
      defaults: { '0': { allocation_dpd_value: 'Value must be an integer' } },
    });
    expect((await cg(sb, 'GET', '/loan/UP-BAD?fields=loan')).status).toBe(404);
  });

  it('Update Loan checks the same table', async () => {
    const res = await cg(sb, 'PATCH', '/loan/FD100003', { loan_tenure: 12.5 });
    expect(res.status).toBe(400);
    expect(res.body.output.errors).toEqual({ loan_tenure: 'Value must be an integer' });
  });
});

describe('Communication trigger', () => {
  const body = {
    allocation_month: current,
    loan_id: 'FD100001',
    company_id: 'co-1',
    communication_level: 'customer',
    source: 'fielddesk',
    event_name: 'Visit reminder',
    inbound_bot_id: 'bot-1',
    send_to: 'applicant',
  };
  const trigger = (b: unknown, headers: Record<string, string>) =>
    fetch(`${sb.credgenicsRootUrl}/communication/trigger/event`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(b) });

  it('needs both authenticationtoken and role', async () => {
    expect((await trigger(body, { authenticationtoken: 'training-token' })).status).toBe(401);
    expect((await trigger(body, { role: 'admin' })).status).toBe(401);
  });

  it('validates the required keys and answers 201 with the documented body', async () => {
    const headers = { authenticationtoken: 'training-token', role: 'admin' };
    const bad = await trigger({ ...body, send_to: undefined, inbound_bot_id: '' }, headers);
    expect(bad.status).toBe(400);
    expect(Object.keys(((await bad.json()) as { output: { errors: object } }).output.errors).sort()).toEqual(['inbound_bot_id', 'send_to']);

    const ok = await trigger(body, headers);
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({ message: 'success', output: 'Successfully triggered communication for event Visit reminder' });
    expect(sb.state.communications.at(-1)).toMatchObject({ role: 'admin', body: { loan_id: 'FD100001' } });
  });
});
