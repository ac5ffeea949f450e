import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as cg from '../../shared/credgenics';
import * as gl from '../../shared/glaas';

const fixturesDir = join(import.meta.dirname, '..', 'fixtures');

/** Every fixture file and the schema it must satisfy. A fixture missing here fails the suite. */
const schemaFor: Record<string, z.ZodType> = {
  'credgenics/get-loan.json': cg.GetLoanResponse,
  'credgenics/get-customer.json': cg.GetCustomerResponse,
  'credgenics/upload-loan-request.json': cg.UploadLoanRequest,
  'credgenics/upload-loan-response.json': cg.CredgenicsAck,
  'credgenics/upload-loan-error.json': cg.CredgenicsErrorBody,
  'credgenics/update-loan-request.json': cg.UpdateLoanRequest,
  'credgenics/update-loan-response.json': cg.CredgenicsAck,
  'credgenics/update-payment-request.json': cg.UpdatePaymentRequest,
  'credgenics/update-payment-bifurcation-request.json': cg.UpdatePaymentRequest,
  'credgenics/update-payment-response.json': cg.CredgenicsAck,
  'credgenics/upload-transaction-request.json': cg.UploadTransactionRequest,
  'credgenics/upload-transaction-response.json': cg.CredgenicsAck,
  'credgenics/update-transaction-request.json': cg.UpdateTransactionRequest,
  'credgenics/update-transaction-response.json': cg.CredgenicsAck,
  'credgenics/update-transaction-payment-request.json': cg.UpdateTransactionPaymentRequest,
  'credgenics/update-transaction-payment-bifurcation-request.json': cg.UpdateTransactionPaymentRequest,
  'credgenics/update-transaction-payment-response.json': cg.CredgenicsAck,
  'credgenics/communication-trigger-request.json': cg.CommunicationTriggerRequest,
  'credgenics/communication-trigger-response.json': cg.CommunicationTriggerResponse,
  'credgenics/webhook-email.json': cg.CredgenicsWebhookEvent,
  'credgenics/webhook-sms.json': cg.CredgenicsWebhookEvent,
  'credgenics/webhook-voice.json': cg.CredgenicsWebhookEvent,
  'credgenics/webhook-whatsapp.json': cg.CredgenicsWebhookEvent,
  'credgenics/webhook-payment.json': cg.CredgenicsWebhookEvent,
  'credgenics/webhook-fos-collection.json': cg.CredgenicsWebhookEvent,
  'credgenics/webhook-fos-deposit-bank.json': cg.CredgenicsWebhookEvent,
  'credgenics/webhook-fos-deposit-company.json': cg.CredgenicsWebhookEvent,
  'glaas/login-request.json': gl.LoginRequest,
  'glaas/login-response.json': gl.LoginResponse,
  'glaas/create-application-request.json': gl.CreateApplicationRequest,
  'glaas/create-application-response.json': gl.CreateApplicationResponse,
  'glaas/create-application-error.json': gl.GlaasErrorBody,
  'glaas/document-upload-response.json': gl.DocumentUploadResponseList,
  'glaas/download-document-request.json': gl.DownloadDocumentRequest,
  'glaas/create-loan-request.json': gl.CreateLoanRequest,
  'glaas/create-loan-response.json': gl.GlaasLoan,
  'glaas/sanction-line-request.json': gl.SanctionLineRequest,
  'glaas/sanction-line-response.json': gl.SanctionLineResponse,
  'glaas/line-details-request.json': gl.LineDetailsRequest,
  'glaas/line-details-response.json': gl.LineDetailsResponse,
  'glaas/line-disbursement-request.json': gl.LineDisbursementRequest,
  'glaas/line-disbursement-response.json': gl.LineDisbursementResponse,
  'glaas/loan-repayment-request.json': gl.LoanRepaymentRequest,
  'glaas/loan-repayment-response.json': gl.LoanRepaymentResponse,
  'glaas/line-repayment-request.json': gl.LineRepaymentRequest,
  'glaas/line-repayment-response.json': gl.LineRepaymentResponse,
  'glaas/repayment-status-request.json': gl.RepaymentStatusRequest,
  'glaas/repayment-status-response.json': gl.RepaymentStatusResponse,
  'glaas/repayment-schedule-response.json': gl.RepaymentSchedule,
};

function listFixtures(): string[] {
  return ['credgenics', 'glaas'].flatMap((dir) =>
    readdirSync(join(fixturesDir, dir))
      .filter((f) => f.endsWith('.json'))
      .map((f) => `${dir}/${f}`),
  );
}

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(join(fixturesDir, name), 'utf8'));
}

/** A fresh deep copy of a fixture, to change one thing in it. */
function copyOf<T = Record<string, unknown>>(name: string): T {
  return fixture(name) as T;
}

describe('fixtures', () => {
  const files = listFixtures();

  it('every fixture file has a schema, and every schema entry a file', () => {
    expect(files.filter((f) => !(f in schemaFor))).toEqual([]);
    expect(Object.keys(schemaFor).filter((f) => !files.includes(f))).toEqual([]);
  });

  it.each(files)('%s parses with its schema', (name) => {
    const schema = schemaFor[name];
    expect(schema, `no schema for ${name}`).toBeDefined();
    const result = schema!.safeParse(fixture(name));
    expect(result.error?.issues ?? []).toEqual([]);
  });
});

describe('lenient responses', () => {
  it('reads numbers that arrive as strings', () => {
    const loan = cg.GetLoanResponse.parse(fixture('credgenics/get-loan.json'));
    expect(loan.loan_details?.defaults?.[0]?.dpd).toBe(225);
    const lines = gl.LineDetailsResponse.parse(fixture('glaas/line-details-response.json'));
    expect(lines[0]?.sub_loans?.[0]?.closure_amount).toBe(22201);
    const results = gl.LoanRepaymentResponse.parse(fixture('glaas/loan-repayment-response.json'));
    expect(results[0]?.requestFlowId).toBe(46547);
    const upload = gl.DocumentUploadResponseList.parse(fixture('glaas/document-upload-response.json'));
    expect(upload[0]?.gfile?.ocrJson?.tag).toBe(37);
    expect(upload[0]?.gfile?.ocrJson?.time).toBeCloseTo(7.21);
  });

  it('keeps unknown extra fields', () => {
    const body = copyOf<{ loan_details: Record<string, unknown> }>('credgenics/get-loan.json');
    body.loan_details.brand_new_field = { nested: true };
    (body as Record<string, unknown>).top_level_extra = 'kept';
    const loan = cg.GetLoanResponse.parse(body) as Record<string, unknown> & cg.GetLoanResponse;
    expect((loan.loan_details as Record<string, unknown>).brand_new_field).toEqual({ nested: true });
    expect(loan.top_level_extra).toBe('kept');
    const remarks = cg.GetCustomerResponse.parse(fixture('credgenics/get-customer.json')).output.remarks;
    expect(remarks?.[1]?.remarks_id).toBe(254);
  });

  it('accepts nulls, empty strings and missing parts', () => {
    const loan = cg.GetLoanResponse.parse({
      loan_details: {
        loan_id: 2954,
        total_loan_amount: '',
        emi_amount: null,
        applicant_address: null,
        defaults: [{ allocation_month: '2020-8-01', amount_recovered: '8,500.50', tags: 'a, b' }],
        applicant_pincode: 'not a number',
      },
      payment_history: null,
    });
    expect(loan.loan_details?.loan_id).toBe('2954');
    expect(loan.loan_details?.total_loan_amount).toBeNull();
    expect(loan.loan_details?.applicant_address).toEqual([]);
    expect(loan.loan_details?.defaults?.[0]?.amount_recovered).toBe(8500.5);
    expect(loan.loan_details?.defaults?.[0]?.tags?.map((t) => t.tag_name)).toEqual(['a', 'b']);
    expect(loan.payment_history).toEqual([]);
    // Not asked for is not the same as none: reconciliation must not read "no payment" into it.
    expect(loan.remarks).toBeUndefined();
  });

  it('reads a field it cannot understand as null instead of failing the loan', () => {
    const loan = cg.GetLoanResponse.safeParse({ loan_details: { loan_id: '1', total_loan_amount: 'lots', archive: 'maybe' } });
    expect(loan.success).toBe(true);
    expect(loan.data?.loan_details?.total_loan_amount).toBeNull();
    expect(loan.data?.loan_details?.archive).toBeNull();
  });

  it('accepts an OCR error as null, a message or a list', () => {
    for (const error of [null, 'blurred image', [{ key: 'acc_no', value: 'unreadable' }]]) {
      const body = copyOf<Array<{ gfile: { ocrJson: Record<string, unknown> } }>>('glaas/document-upload-response.json');
      body[0]!.gfile.ocrJson.error = error;
      expect(gl.DocumentUploadResponseList.safeParse(body).success).toBe(true);
    }
  });

  it('takes off an {output} wrapper around Get Loan and adds one around Get Customer', () => {
    const wrapped = { output: fixture('credgenics/get-loan.json'), message: 'success' };
    expect(cg.GetLoanResponse.parse(wrapped).loan_details?.loan_id).toBe('2954');
    const bare = (fixture('credgenics/get-customer.json') as { output: unknown }).output;
    expect(cg.GetCustomerResponse.parse(bare).output.applicant_details?.client_customer_id).toBe('189004');
  });

  it('drops any password the GLAAS user object carries', () => {
    const body = copyOf<{ user: Record<string, unknown> }>('glaas/login-response.json');
    body.user.password = 'leaked-secret';
    expect(gl.LoginResponse.parse(body).user?.password).toBeUndefined();
  });

  it('still refuses a body whose shape is wrong', () => {
    expect(gl.LoginResponse.safeParse({ username: 'system' }).success).toBe(false);
    expect(gl.RepaymentStatusResponse.safeParse([{ amount: 1 }]).success).toBe(false);
    expect(cg.GetLoanResponse.safeParse('<html>').success).toBe(false);
    expect(cg.GetLoanResponse.safeParse({ loan_details: 'x' }).success).toBe(false);
  });
});

describe('strict requests', () => {
  const payment = (): Record<string, unknown> => copyOf('credgenics/update-payment-request.json');

  it('refuses an unknown key', () => {
    expect(cg.UpdatePaymentRequest.safeParse({ ...payment(), surprise: 1 }).success).toBe(false);
    expect(gl.RepaymentStatusRequest.safeParse({ uid: ['a'], extra: true }).success).toBe(false);
    const repayment = copyOf<Array<{ repaymentDetails: Array<Record<string, unknown>> }>>('glaas/loan-repayment-request.json');
    repayment[0]!.repaymentDetails[0]!.cash = true;
    expect(gl.LoanRepaymentRequest.safeParse(repayment).success).toBe(false);
  });

  it('refuses a value outside a documented enum', () => {
    expect(cg.UpdatePaymentRequest.safeParse({ ...payment(), payment_method: 'UPI' }).success).toBe(false);
    expect(cg.UpdatePaymentRequest.safeParse({ ...payment(), closure_with: 'Waiver' }).success).toBe(false);
    const detail = { requestFlowId: 1, amount: 10, type: 'PF', paymentMode: 'CASH', date: '01/03/2021' };
    expect(gl.LoanRepaymentDetail.safeParse(detail).success).toBe(false);
    expect(gl.LoanRepaymentDetail.safeParse({ ...detail, paymentMode: 'UPI' }).success).toBe(true);
    expect(gl.LoanRepaymentDetail.safeParse({ ...detail, paymentMode: 'UPI', type: 'EMI' }).success).toBe(false);
  });

  it('refuses dates in the wrong format or that do not exist', () => {
    for (const recovery_date of ['08-01-2022', '2022-1-8', '2022-02-30', '2022-01-08T10:00:00', '2022-01-08 25:00:00']) {
      expect(cg.UpdatePaymentRequest.safeParse({ ...payment(), recovery_date }).success, recovery_date).toBe(false);
    }
    expect(cg.UpdatePaymentRequest.safeParse({ ...payment(), recovery_date: '2022-01-08 23:59:59' }).success).toBe(true);
    expect(cg.UpdatePaymentRequest.safeParse({ ...payment(), payment_received_date: '2022-01-12 10:00:00' }).success).toBe(false);
    const detail = { requestFlowId: 1, amount: 10, type: 'PF', paymentMode: 'UPI' };
    for (const date of ['2021-03-01', '1/3/2021', '31/02/2021', '01-03-2021']) {
      expect(gl.LoanRepaymentDetail.safeParse({ ...detail, date }).success, date).toBe(false);
    }
    expect(gl.LineDetailsRequest.safeParse([{ requestFlowIds: [1], paymentDate: '2021-03-01' }]).success).toBe(false);
  });

  it('refuses amounts that are not positive, not whole rupees (amount_recovered is an integer) or above ₹1 crore', () => {
    for (const amount_recovered of [0, -5, 10.005, 1234.56, 0.5, Number.NaN, '100', 1_00_00_001]) {
      expect(cg.UpdatePaymentRequest.safeParse({ ...payment(), amount_recovered }).success, String(amount_recovered)).toBe(false);
    }
    const paise = cg.UpdatePaymentRequest.safeParse({ ...payment(), amount_recovered: 1234.5 });
    expect(paise.error?.issues.map((i) => i.message)).toEqual([
      'Credgenics takes whole rupees only: this amount has paise. Correct it to whole rupees.',
    ]);
    expect(cg.UpdatePaymentRequest.safeParse({ ...payment(), amount_recovered: 1234 }).success).toBe(true);
    expect(cg.UpdatePaymentRequest.safeParse({ ...payment(), amount_recovered: 1_00_00_000 }).success).toBe(true);
    // GLAAS amounts stay decimal (its tables say Decimal), with the same ₹1 crore ceiling.
    const line = { requestFlowId: 1, type: 'PF', paymentMode: 'UPI', date: '01/03/2021' };
    expect(gl.LoanRepaymentDetail.safeParse({ ...line, amount: 1234.56 }).success).toBe(true);
    expect(gl.LoanRepaymentDetail.safeParse({ ...line, amount: 1_00_00_000.01 }).success).toBe(false);
  });

  it('requires closure_with when the loan is closed', () => {
    const { closure_with: _dropped, ...withoutClosure } = payment();
    const result = cg.UpdatePaymentRequest.safeParse(withoutClosure);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['closure_with']);
    expect(cg.UpdatePaymentRequest.safeParse({ ...withoutClosure, final_status: 'Partially Recovered' }).success).toBe(true);
  });

  it('requires the bifurcation to add up to amount_recovered', () => {
    const split = copyOf('credgenics/update-payment-bifurcation-request.json');
    expect(cg.UpdatePaymentRequest.safeParse(split).success).toBe(true);
    const wrong = cg.UpdatePaymentRequest.safeParse({ ...split, recovered_penalty: 99 });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.path).toEqual(['amount_recovered']);
    // Paise arithmetic in the parts: 1.10 + 1.90 is 3 at the counter.
    const whole = { final_status: 'Partially Recovered', payment_method: 'Cash', amount_recovered: 3 };
    expect(cg.UpdatePaymentRequest.safeParse({ ...whole, recovered_late_fee: 1.1, recovered_penalty: 1.9 }).success).toBe(true);
  });

  it('needs client_customer_id in the credit-line payment', () => {
    expect(cg.UpdateTransactionPaymentRequest.safeParse(payment()).success).toBe(false);
    expect(cg.UpdateTransactionPaymentRequest.safeParse({ ...payment(), client_customer_id: '189004' }).success).toBe(true);
  });

  it('checks an Update Loan patch', () => {
    expect(cg.UpdateLoanRequest.safeParse({}).success).toBe(false);
    expect(cg.UpdateLoanRequest.safeParse({ applicant_contact_number: '9805265926,9876543210' }).success).toBe(true);
    expect(cg.UpdateLoanRequest.safeParse({ applicant_contact_number: '83849879' }).success).toBe(false);
    expect(cg.UpdateLoanRequest.safeParse({ applicant_email: 'tempgmail.com' }).success).toBe(false);
    expect(cg.UpdateLoanRequest.safeParse({ loan_id: '1' }).success).toBe(false);
    const address = { applicant_address_type: 'Home', applicant_address_text: '12 MG Road', applicant_pincode: 560001 };
    expect(cg.UpdateLoanRequest.safeParse({ applicant_address: [address] }).success).toBe(true);
    expect(cg.UpdateLoanRequest.safeParse({ applicant_address: [{ ...address, applicant_pincode: 5600 }] }).success).toBe(false);
    expect(cg.UpdateLoanRequest.safeParse({ applicant_address: [{ ...address, applicant_address_type: 'Farm' }] }).success).toBe(false);
  });

  it('checks the communication trigger', () => {
    const trigger = copyOf('credgenics/communication-trigger-request.json');
    expect(cg.CommunicationTriggerRequest.safeParse({ ...trigger, allocation_month: '2021-08-01' }).success).toBe(false);
    expect(cg.CommunicationTriggerRequest.safeParse({ ...trigger, communication_level: 'loan' }).success).toBe(false);
  });
});

describe('helpers', () => {
  it('writes the allocation month without a leading zero', () => {
    expect(cg.formatAllocationMonth(2021, 7)).toBe('2021-7-01');
    expect(cg.formatAllocationMonth(2021, 12)).toBe('2021-12-01');
    expect(() => cg.formatAllocationMonth(2021, 13)).toThrow(RangeError);
    expect(() => cg.formatAllocationMonth(2021, 0)).toThrow(RangeError);
  });

  it.each([
    ['2021-07-01', '2021-7-01'],
    ['2021-7-01', '2021-7-01'],
    ['2021-7-1', '2021-7-01'],
    ['2021-07', '2021-7-01'],
    ['2021-7', '2021-7-01'],
    [' 2021-12-01 ', '2021-12-01'],
    ['2020-8-01', '2020-8-01'],
  ])('normalizes %j to %j', (input, expected) => {
    expect(cg.normalizeAllocationMonth(input)).toBe(expected);
  });

  it.each(['2021-13-01', '2021-00', '2021-07-15', 'Jul 2021', '07/2021', '21-7-01', '', '2021-7-01x'])(
    'refuses %j as an allocation month',
    (input) => {
      expect(cg.normalizeAllocationMonth(input)).toBeUndefined();
    },
  );

  it('writes the recovery date on an Indian clock', () => {
    // 2022-06-02 04:00:00 UTC is 09:30:00 in India.
    expect(cg.formatRecoveryDate(new Date('2022-06-02T04:00:00Z'))).toBe('2022-06-02 09:30:00');
    // 20:00 UTC on 31 Dec is already New Year in India.
    expect(cg.formatRecoveryDate(Date.UTC(2021, 11, 31, 20, 0, 5))).toBe('2022-01-01 01:30:05');
  });

  it('writes GLAAS dates as DD/MM/YYYY', () => {
    expect(gl.formatGlaasDate(new Date('2021-03-01T00:00:00+05:30'))).toBe('01/03/2021');
    expect(gl.formatGlaasDate(Date.UTC(2021, 2, 31, 19, 0))).toBe('01/04/2021');
    expect(gl.formatGlaasDate('2019-08-28')).toBe('28/08/2019');
    expect(() => gl.formatGlaasDate('28/08/2019')).toThrow(RangeError);
  });

  it('has a default path for every GLAAS operation, each a valid template', () => {
    expect(Object.keys(gl.defaultGlaasPaths).sort()).toEqual([...gl.glaasOperations].sort());
    expect(gl.GlaasPaths.safeParse(gl.defaultGlaasPaths).success).toBe(true);
    expect(gl.defaultGlaasPaths.uploadDocument).toBe('POST /los/document/upload?requestFlowId={requestFlowId}');
    expect(gl.defaultGlaasPaths.repaymentSchedule).toBe('GET /lms/repaymentSchedule/{loanId}');
    expect(gl.defaultGlaasPaths.login).toBe('POST /public/auth/login');
  });

  it('refuses a path override that is not METHOD /path', () => {
    for (const bad of ['/lms/loanRepayment', 'FETCH /x', 'POST lms/x', 'POST /x/{bad-name}', 'POST /x/{open', 'POST /a b']) {
      expect(gl.GlaasPathTemplate.safeParse(bad).success, bad).toBe(false);
    }
    expect(gl.GlaasPaths.partial().safeParse({ loanRepayment: 'POST /v2/lms/loanRepayment' }).success).toBe(true);
    expect(gl.splitGlaasPath('GET /lms/repaymentSchedule/{loanId}')).toEqual({
      method: 'GET',
      path: '/lms/repaymentSchedule/{loanId}',
    });
  });
});
