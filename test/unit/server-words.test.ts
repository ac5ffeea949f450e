import { describe, expect, it } from 'vitest';
import { errorFromResponse } from '../../electron/main/services/errors';

/** An HTTP answer as the platforms send it. */
const answer = (status: number, body: unknown) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

/**
 * Every error shape the two API documents (and NOTES.md) show must reach the user as the
 * server's own reasons, never as a bare "Bad Request".
 */
describe('the server’s words, from every documented error shape', () => {
  it('Credgenics output as a list of reasons (the shape that used to lose its reasons)', async () => {
    const error = await errorFromResponse(
      'credgenics',
      answer(400, { message: 'Bad Request', output: ['Value must be an integer', 'allocation_month is not allocated'] }),
    );
    expect(error.kind).toBe('rejected');
    expect(error.serverMessage).toContain('Value must be an integer');
    expect(error.serverMessage).toContain('allocation_month is not allocated');
  });

  it('Credgenics output as a list of field → why objects keeps the field names', async () => {
    const error = await errorFromResponse(
      'credgenics',
      answer(400, { message: 'Bad Request', output: [{ amount_recovered: 'Value must be an integer' }] }),
    );
    expect(error.details).toEqual({ amount_recovered: 'Value must be an integer' });
    expect(error.serverMessage).toContain('amount_recovered: Value must be an integer');
  });

  it('Credgenics output as a string (404 loan not found)', async () => {
    const error = await errorFromResponse('credgenics', answer(404, { message: 'Loan not found', output: 'No loan exists with loan_id X1' }));
    expect(error.serverMessage).toBe('Loan not found; No loan exists with loan_id X1');
  });

  it('Credgenics output.errors, nested as in the Upload Loan sample failure', async () => {
    const error = await errorFromResponse(
      'credgenics',
      answer(400, {
        message: 'Data Validation Failed',
        output: {
          errors: {
            applicant_contact_number: 'Invalid Mobile numbers, [83849879]',
            co_applicant: { '0': { co_applicant_email: 'Invalid Emails, [tempgmail.com]' } },
            defaults: { '0': { default_emi_number: 'Value must be a number' } },
          },
        },
      }),
    );
    expect(error.details).toEqual({
      applicant_contact_number: 'Invalid Mobile numbers, [83849879]',
      'co_applicant.0.co_applicant_email': 'Invalid Emails, [tempgmail.com]',
      'defaults.0.default_emi_number': 'Value must be a number',
    });
    expect(error.serverMessage).toContain('Data Validation Failed');
    expect(error.serverMessage).toContain('co_applicant.0.co_applicant_email: Invalid Emails, [tempgmail.com]');
  });

  it('Credgenics output as a plain field → why object (no errors key)', async () => {
    const error = await errorFromResponse('credgenics', answer(400, { message: 'Bad Request', output: { payment_method: 'Invalid option' } }));
    expect(error.details).toEqual({ payment_method: 'Invalid option' });
  });

  it('GLAAS errorMessage with a list of reasons (ApplicationErrorMessage)', async () => {
    const error = await errorFromResponse(
      'glaas',
      answer(400, { errorMessage: { status: 'Rejected', message: ['Invalid dob details', 'Invalid firm bank details'] } }),
    );
    expect(error.serverMessage).toBe('Invalid dob details; Invalid firm bank details');
  });

  it('GLAAS errorMessage with one string reason', async () => {
    const error = await errorFromResponse('glaas', answer(400, { errorMessage: { status: 'Rejected', message: 'Unknown requestFlowId 9' } }));
    expect(error.serverMessage).toBe('Unknown requestFlowId 9');
  });

  it('a list of per-item decisions (GLAAS response lists) gives each reason', async () => {
    const error = await errorFromResponse(
      'glaas',
      answer(400, [
        { requestFlowId: 1, status: 'Rejected', message: 'Line is already sanctioned for requestFlowId 1' },
        { requestFlowId: 2, status: 'Rejected', message: 'Unknown requestFlowId 2' },
      ]),
    );
    expect(error.serverMessage).toBe('Line is already sanctioned for requestFlowId 1; Unknown requestFlowId 2');
  });

  it('a bare message (401), an error string, an error object and a detail list', async () => {
    expect((await errorFromResponse('credgenics', answer(401, { message: 'Authentication failed. API credentials are incorrect.' }))).serverMessage).toBe(
      'Authentication failed. API credentials are incorrect.',
    );
    expect((await errorFromResponse('credgenics', answer(400, { error: 'Invalid role' }))).serverMessage).toBe('Invalid role');
    expect((await errorFromResponse('credgenics', answer(400, { error: { error_code: 'TEMPLATE_MISSING' } }))).serverMessage).toBe('TEMPLATE_MISSING');
    expect(
      (await errorFromResponse('credgenics', answer(422, { detail: [{ loc: ['body', 'amount_recovered'], msg: 'value is not a valid integer' }] })))
        .serverMessage,
    ).toBe('amount_recovered: value is not a valid integer');
  });

  it('the same reason said twice is shown once', async () => {
    const error = await errorFromResponse('credgenics', answer(400, { message: 'Invalid', output: ['Invalid'] }));
    expect(error.serverMessage).toBe('Invalid');
  });
});
