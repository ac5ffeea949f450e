import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../electron/sandbox';
import { createCredgenicsClient, type CredgenicsConfig } from '../../electron/main/services/credgenics';
import { createLogger, type LogRecord } from '../../electron/main/services/log';
import type { UpdatePaymentRequest } from '../../shared/credgenics';

let sandbox: Sandbox;
/** Every log line any client wrote, through a logger that knows NO secrets: the client must not leak. */
const records: LogRecord[] = [];
const log = createLogger((r) => records.push(r));
/** Every error any client answered, checked for secrets at the end. */
const errors: unknown[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, seed: 11, loanCount: 5, creditLineCount: 2 });
});
afterEach(() => sandbox.resetFaults());
afterAll(async () => {
  await sandbox.close();
});

function client(overrides: Partial<CredgenicsConfig> = {}, fetchImpl: typeof fetch = fetch) {
  const c = createCredgenicsClient(
    {
      baseUrl: sandbox.credgenicsBaseUrl,
      rootUrl: sandbox.credgenicsRootUrl,
      token: sandbox.training.credgenicsToken,
      ...overrides,
    },
    { fetch: fetchImpl, log },
  );
  // Record every failure for the no-secrets check.
  return new Proxy(c, {
    get(target, key) {
      const fn = target[key as keyof typeof target] as (...a: unknown[]) => Promise<{ ok: boolean; error?: unknown }>;
      return async (...args: unknown[]) => {
        const result = await fn(...args);
        if (!result.ok) errors.push(result.error);
        return result;
      };
    },
  });
}

const requestsSince = (mark: number) => sandbox.state.requests.slice(mark);
const cashPayment = (reference: string, amount = 500): UpdatePaymentRequest => ({
  final_status: 'Partially Recovered',
  amount_recovered: amount,
  payment_method: 'Cash',
  recovery_method: 'Field Collection',
  payment_reference_number: reference,
  recovery_date: '2024-03-01 10:15:00',
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('Credgenics client against the sandbox', () => {
  it('gets the example loan, sending the token header', async () => {
    const mark = sandbox.state.requests.length;
    const result = await client().getLoan('2954');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.loan_details?.loan_id).toBe('2954');
    expect(result.value.loan_details?.defaults?.map((d) => d.allocation_month)).toContain('2020-8-01');
    const [sent] = requestsSince(mark);
    expect(sent?.headers.authenticationtoken).toBe(sandbox.training.credgenicsToken);
    expect(sent?.query).not.toHaveProperty('company_id');
  });

  it('asks only for the fields given', async () => {
    const mark = sandbox.state.requests.length;
    const result = await client().getLoan('2954', ['payment', 'loan', 'payment']);
    expect(requestsSince(mark)[0]?.query.fields).toBe('payment,loan');
    expect(result.ok && Object.keys(result.value).sort()).toEqual(['loan_details', 'payment_history']);
  });

  it('reads every seeded loan and customer leniently', async () => {
    const c = client();
    for (const loan of sandbox.state.dataset.loans) {
      const result = await c.getLoan(loan.loan_details.loan_id);
      expect(result.ok, loan.loan_details.loan_id).toBe(true);
    }
    for (const customer of sandbox.state.dataset.customers) {
      const result = await c.getCustomer(customer.applicant_details.client_customer_id);
      expect(result.ok, customer.applicant_details.client_customer_id).toBe(true);
    }
    const example = await c.getCustomer('189004');
    expect(example.ok && example.value.output.applicant_details?.client_customer_id).toBe('189004');
  });

  it('records a payment under the YYYY-M-01 month whatever form the caller used', async () => {
    const mark = sandbox.state.requests.length;
    const result = await client().updatePayment('2954', '2020-08', cashPayment('FD-RCPT-0001'));
    expect(result).toEqual({ ok: true, value: { output: 'Data updated successfully', message: 'success' } });
    const [sent] = requestsSince(mark);
    expect(sent?.method).toBe('PATCH');
    expect(sent?.path).toBe('/credgenics/recovery/payments/2954');
    expect(sent?.query.allocation_month).toBe('2020-8-01');
    expect(sent?.headers.authenticationtoken).toBe(sandbox.training.credgenicsToken);
    expect(sandbox.state.paymentCount('FD-RCPT-0001')).toBe(1);

    // The reference number comes back in payment_history: that is how an unclear outcome is checked.
    const loan = await client().getLoan('2954', ['payment']);
    const refs = loan.ok ? loan.value.payment_history?.map((p) => p.payment_reference_number) : [];
    expect(refs).toContain('FD-RCPT-0001');
  });

  it('sends the company id on every call when it is set', async () => {
    const companyId = '3f1c2a9e-5b7d-4c8e-9a01-2b3c4d5e6f70';
    const c = client({ companyId, role: 'agent' });
    const mark = sandbox.state.requests.length;
    await c.getLoan('2954');
    await c.getCustomer('189004');
    await c.updatePayment('2954', '2020-8-01', cashPayment('FD-RCPT-0002'));
    await c.updateLoan('2954', { applicant_contact_number: '9876543210' });
    await c.triggerCommunication({
      loan_id: '2954',
      company_id: companyId,
      inbound_bot_id: 'bot-1',
      allocation_month: '2020-08-01',
      source: 'fielddesk',
      event_name: 'Test',
      send_to: 'applicant',
      communication_level: 'customer',
    });
    await c.checkConnection();
    const sent = requestsSince(mark);
    expect(sent).toHaveLength(6);
    for (const r of sent) expect(r.query.company_id, `${r.method} ${r.path}`).toBe(companyId);
  });

  it('records a credit-line transaction payment', async () => {
    const customer = await client().getCustomer('189004');
    if (!customer.ok) throw new Error('no customer');
    const transaction = customer.value.output.transactions_details?.[0];
    const month = transaction?.data?.defaults?.[0]?.allocation_month;
    expect(transaction && month).toBeTruthy();
    const result = await client().updateTransactionPayment(transaction!.transaction_id, month!, {
      ...cashPayment('FD-RCPT-0003'),
      client_customer_id: '189004',
    });
    expect(result.ok).toBe(true);
    expect(sandbox.state.payments.at(-1)).toMatchObject({ kind: 'transaction', clientCustomerId: '189004' });
  });

  it('updates a loan with a checked patch', async () => {
    const result = await client().updateLoan('2954', {
      applicant_address: [
        { applicant_address_type: 'Home', applicant_address_text: 'Shop 4, Sarpat Gate', applicant_city: 'Bhuj', applicant_pincode: 370001 },
      ],
    });
    expect(result.ok).toBe(true);
    expect(sandbox.state.loanUpdates.at(-1)?.id).toBe('2954');
  });

  it('triggers a communication with the role header, at the host root', async () => {
    const mark = sandbox.state.requests.length;
    const result = await client({ role: 'admin' }).triggerCommunication({
      loan_id: '2954',
      company_id: 'company-1',
      inbound_bot_id: 'bot-1',
      allocation_month: '2020-8-01',
      source: 'fielddesk',
      event_name: 'Test',
      send_to: 'applicant',
      communication_level: 'customer',
    });
    expect(result.ok).toBe(true);
    const [sent] = requestsSince(mark);
    expect(sent?.path).toBe('/credgenics/communication/trigger/event');
    expect(sent?.headers.role).toBe('admin');
    expect(sent?.headers.authenticationtoken).toBe(sandbox.training.credgenicsToken);
  });

  it('checks the connection: accepted token → connected, wrong token → auth', async () => {
    expect(await client().checkConnection()).toEqual({ ok: true, value: { connected: true } });
    const wrong = await client({ token: 'not-the-token' }).checkConnection();
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.error.kind).toBe('auth');
  });
});

describe('Credgenics client refuses to send what is wrong', () => {
  it('refuses an allocation month it cannot read, without any HTTP call', async () => {
    const mark = sandbox.state.requests.length;
    for (const month of ['July', '2020-13', '2020-08-15', '']) {
      const result = await client().updatePayment('2954', month, cashPayment('FD-RCPT-X'));
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.kind).toBe('rejected');
      expect(!result.ok && result.error.details).toHaveProperty('allocation_month');
    }
    expect(requestsSince(mark)).toHaveLength(0);
  });

  it('refuses a payment that breaks the table, without any HTTP call', async () => {
    const mark = sandbox.state.requests.length;
    const bad = [
      { ...cashPayment('A'), payment_method: 'UPI' },
      { ...cashPayment('A'), amount_recovered: 0 },
      { ...cashPayment('A'), amount_recovered: 10.005 },
      { ...cashPayment('A'), recovery_date: '01/03/2024' },
      { ...cashPayment('A'), final_status: 'Closed' },
      { ...cashPayment('A'), receipt: 'extra' },
      { ...cashPayment('A', 100), recovered_late_fee: 60, recovered_penalty: 50 },
    ];
    for (const payment of bad) {
      const result = await client().updatePayment('2954', '2020-8-01', payment as UpdatePaymentRequest);
      expect(!result.ok && result.error.kind, JSON.stringify(payment)).toBe('rejected');
      expect(!result.ok && result.error.status).toBeUndefined();
    }
    expect(requestsSince(mark)).toHaveLength(0);
  });

  it('answers not-configured without a token, and without a role for the trigger', async () => {
    const noToken = await client({ token: '' }).getLoan('2954');
    expect(!noToken.ok && noToken.error.kind).toBe('not-configured');
    const noRole = await client().triggerCommunication({
      loan_id: '2954',
      company_id: 'c',
      inbound_bot_id: 'b',
      allocation_month: '2020-8-01',
      source: 's',
      event_name: 'e',
      send_to: 'applicant',
      communication_level: 'customer',
    });
    expect(!noRole.ok && noRole.error.kind).toBe('not-configured');
  });
});

describe('Credgenics client maps every failure to one ApiError', () => {
  it('400 → rejected with the server words and field details', async () => {
    const result = await client().updatePayment('2954', '2019-1-01', cashPayment('FD-RCPT-0004'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('rejected');
    expect(result.error.status).toBe(400);
    expect(result.error.serverMessage).toContain('Data Validation Failed');
    expect(result.error.details?.allocation_month).toMatch(/No allocation in 2019-1-01/);
  });

  it('404 → rejected with the server words', async () => {
    const result = await client().getLoan('no-such-loan');
    expect(!result.ok && result.error).toMatchObject({ kind: 'rejected', status: 404 });
    expect(!result.ok && result.error.serverMessage).toMatch(/No loan exists/);
  });

  it('401 → auth, and the token never shows', async () => {
    const result = await client({ token: 'a-wrong-token-1234' }).getLoan('2954');
    expect(!result.ok && result.error).toMatchObject({ kind: 'auth', status: 401 });
    expect(JSON.stringify(result)).not.toContain('a-wrong-token-1234');
  });

  it('5xx → server with the server message', async () => {
    sandbox.setFaults({ errorRate: 1 });
    const result = await client().getLoan('2954');
    expect(!result.ok && result.error.kind).toBe('server');
    expect(!result.ok && result.error.status).toBeGreaterThanOrEqual(500);
    expect(!result.ok && result.error.serverMessage).toMatch(/Internal Server Error|Bad Gateway|Service Unavailable/);
  });

  it('429 → server with Retry-After', async () => {
    sandbox.setFaults({ rateLimitRate: 1 });
    const result = await client().getLoan('2954');
    expect(!result.ok && result.error).toMatchObject({ kind: 'server', status: 429, retryAfterMs: 1000 });
  });

  it('no answer in time → timeout', async () => {
    // The server would hang for a minute, longer than the test may run: an answer at all proves
    // the client's own 300 ms timer ended the request. The lower bound proves it waited for it.
    sandbox.setFaults({ timeoutRate: 1, hangMs: 60_000 });
    const started = Date.now();
    const result = await client({ timeoutMs: 300 }).getLoan('2954');
    expect(!result.ok && result.error.kind).toBe('timeout');
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('a reply lost after the payment was committed → timeout (outcome unknown), never offline', async () => {
    sandbox.setFaults({ lostReplyRate: 1 });
    const result = await client().updatePayment('2954', '2020-8-01', cashPayment('FD-RCPT-0005'));
    expect(!result.ok && result.error.kind).toBe('timeout');
    expect(sandbox.state.paymentCount('FD-RCPT-0005')).toBe(1);
  });

  it('refused connection → offline', async () => {
    const port = await closedPort();
    const result = await client({ baseUrl: `http://127.0.0.1:${port}/recovery` }).getLoan('2954');
    expect(!result.ok && result.error.kind).toBe('offline');
  });

  it('a 2xx body that is not the documented shape → bad-response', async () => {
    const html: typeof fetch = async () => new Response('<html>Wi-Fi login</html>', { status: 200 });
    const result = await client({}, html).getLoan('2954');
    expect(!result.ok && result.error).toMatchObject({ kind: 'bad-response', status: 200 });
    const wrong: typeof fetch = async () => Response.json({ loan_details: 'nope' });
    const second = await client({}, wrong).getLoan('2954');
    expect(!second.ok && second.error.kind).toBe('bad-response');
    expect(!second.ok && second.error.details).toHaveProperty('loan_details');
    // A captive portal must not pass for a working connection.
    const probe = await client({}, html).checkConnection();
    expect(!probe.ok && probe.error.kind).toBe('bad-response');
  });

  it('an answer that stops half-way through the body → timeout', async () => {
    const stalled: typeof fetch = async () =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"loan_details": {"loan_id": "29'));
            // ... and nothing more, ever.
          },
        }),
        { status: 200, headers: { 'content-type': 'application/json' } },
      );
    const result = await client({ timeoutMs: 200 }, stalled).getLoan('2954');
    expect(!result.ok && result.error.kind).toBe('timeout');
  });

  it('a fetch that throws is never thrown on', async () => {
    const broken: typeof fetch = async () => {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }) });
    };
    const result = await client({}, broken).getLoan('2954');
    expect(!result.ok && result.error.kind).toBe('offline');
    expect(!result.ok && result.error.message).toMatch(/Cannot find the Credgenics server/);
  });
});

describe('Credgenics client keeps the token secret', () => {
  it('no token in any error or log record', () => {
    expect(records.length).toBeGreaterThan(0);
    expect(errors.length).toBeGreaterThan(0);
    const everything = JSON.stringify({ records, errors });
    expect(everything).not.toContain(sandbox.training.credgenicsToken);
    expect(everything).not.toContain('a-wrong-token-1234');
    expect(everything).not.toContain('not-the-token');
  });
});
