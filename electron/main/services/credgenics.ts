import type { z } from 'zod';
import {
  CommunicationTriggerRequest,
  CommunicationTriggerResponse,
  CredgenicsAck,
  CredgenicsField,
  GetCustomerResponse,
  GetLoanResponse,
  normalizeAllocationMonth,
  UpdateLoanRequest,
  UpdatePaymentRequest,
  UpdateTransactionPaymentRequest,
} from '../../../shared/credgenics';
import type { Result } from '../../../shared/result';
import {
  checkRequest,
  DEFAULT_TIMEOUT_MS,
  joinUrl,
  notConfigured,
  rejectedInput,
  requestJson,
  type HttpMethod,
  type HttpPorts,
} from './http';

export type { CredgenicsField } from '../../../shared/credgenics';
export type {
  CommunicationTriggerRequest,
  CommunicationTriggerResponse,
  CredgenicsAck,
  GetCustomerResponse,
  GetLoanResponse,
  UpdateLoanRequest,
  UpdatePaymentRequest,
  UpdateTransactionPaymentRequest,
} from '../../../shared/credgenics';

export interface CredgenicsConfig {
  /** e.g. https://apiuat.credgenics.com/recovery */
  baseUrl: string;
  /** The host root, where the communication trigger lives. */
  rootUrl: string;
  token: string;
  /** Sent as ?company_id= on every call when set (production clients do). */
  companyId?: string;
  /** Needed by the communication trigger only. */
  role?: string;
  timeoutMs?: number;
}

export interface CredgenicsClient {
  getLoan(loanId: string, fields?: CredgenicsField[]): Promise<Result<GetLoanResponse>>;
  getCustomer(customerId: string, fields?: CredgenicsField[]): Promise<Result<GetCustomerResponse>>;
  updatePayment(loanId: string, allocationMonth: string, payment: UpdatePaymentRequest): Promise<Result<CredgenicsAck>>;
  updateTransactionPayment(
    transactionId: string,
    allocationMonth: string,
    payment: UpdateTransactionPaymentRequest,
  ): Promise<Result<CredgenicsAck>>;
  updateLoan(loanId: string, patch: UpdateLoanRequest): Promise<Result<CredgenicsAck>>;
  triggerCommunication(request: CommunicationTriggerRequest): Promise<Result<CommunicationTriggerResponse>>;
  /** A cheap authenticated GET: any answer but 401/403 means the token was accepted. */
  checkConnection(): Promise<Result<{ connected: true }>>;
}

/** A loan id no lender uses: the probe only needs the server to look at the token. */
const PROBE_LOAN_ID = 'fielddesk-connection-check';

export function createCredgenicsClient(config: CredgenicsConfig, ports: HttpPorts): CredgenicsClient {
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const secrets = [config.token];

  function missingSetup(needRoot = false): Result<never> | undefined {
    if (!config.token) return { ok: false, error: notConfigured('credgenics', 'Enter the Credgenics auth token in Settings.') };
    if (!config.baseUrl || (needRoot && !config.rootUrl)) {
      return { ok: false, error: notConfigured('credgenics', 'Enter the Credgenics address in Settings.') };
    }
    return undefined;
  }

  function url(base: string, path: string, query: Record<string, string | undefined> = {}): string {
    const u = new URL(joinUrl(base, path));
    for (const [key, value] of Object.entries(query)) if (value !== undefined) u.searchParams.set(key, value);
    if (config.companyId) u.searchParams.set('company_id', config.companyId);
    return u.toString();
  }

  function send<S extends z.ZodType>(
    operation: string,
    method: HttpMethod,
    target: string,
    schema: S,
    json?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<Result<z.output<S>>> {
    return requestJson(
      {
        platform: 'credgenics',
        operation,
        method,
        url: target,
        headers: { authenticationtoken: config.token, accept: 'application/json', ...extraHeaders },
        json,
        timeoutMs,
        secrets,
      },
      schema,
      ports,
    );
  }

  /** A path segment the caller gave us: not blank, and encoded so it cannot change the route. */
  function segment(value: string, what: string): Result<string> {
    const trimmed = typeof value === 'string' ? value.trim() : '';
    if (!trimmed) return { ok: false, error: rejectedInput('credgenics', `the ${what} is empty.`) };
    return { ok: true, value: encodeURIComponent(trimmed) };
  }

  function fieldsQuery(fields: CredgenicsField[] | undefined): Result<string | undefined> {
    if (!fields || fields.length === 0) return { ok: true, value: undefined };
    const checked = checkRequest('credgenics', CredgenicsField.array(), fields);
    if (!checked.ok) return checked;
    return { ok: true, value: [...new Set(checked.value)].join(',') };
  }

  function month(allocationMonth: string): Result<string> {
    const wire = normalizeAllocationMonth(allocationMonth);
    if (wire) return { ok: true, value: wire };
    return {
      ok: false,
      error: rejectedInput('credgenics', `"${allocationMonth}" is not an allocation month (write it like 2021-07).`, {
        allocation_month: 'Allocation month must be a year and month, e.g. 2021-7-01',
      }),
    };
  }

  async function getRecord<S extends z.ZodType>(
    operation: string,
    id: string,
    what: string,
    fields: CredgenicsField[] | undefined,
    schema: S,
  ): Promise<Result<z.output<S>>> {
    const setup = missingSetup();
    if (setup) return setup;
    const path = segment(id, what);
    if (!path.ok) return path;
    const query = fieldsQuery(fields);
    if (!query.ok) return query;
    return send(operation, 'GET', url(config.baseUrl, `loan/${path.value}`, { fields: query.value }), schema);
  }

  async function patchPayment<S extends z.ZodType>(
    operation: string,
    id: string,
    what: string,
    allocationMonth: string,
    schema: S,
    payment: unknown,
  ): Promise<Result<CredgenicsAck>> {
    const setup = missingSetup();
    if (setup) return setup;
    const path = segment(id, what);
    if (!path.ok) return path;
    const wireMonth = month(allocationMonth);
    if (!wireMonth.ok) return wireMonth;
    const body = checkRequest('credgenics', schema, payment);
    if (!body.ok) return body;
    const target = url(config.baseUrl, `payments/${path.value}`, { allocation_month: wireMonth.value });
    return send(operation, 'PATCH', target, CredgenicsAck, body.value);
  }

  return {
    getLoan: (loanId, fields) => getRecord('getLoan', loanId, 'loan id', fields, GetLoanResponse),

    getCustomer: (customerId, fields) => getRecord('getCustomer', customerId, 'customer id', fields, GetCustomerResponse),

    updatePayment: (loanId, allocationMonth, payment) =>
      patchPayment('updatePayment', loanId, 'loan id', allocationMonth, UpdatePaymentRequest, payment),

    updateTransactionPayment: (transactionId, allocationMonth, payment) =>
      patchPayment('updateTransactionPayment', transactionId, 'transaction id', allocationMonth, UpdateTransactionPaymentRequest, payment),

    async updateLoan(loanId, patch) {
      const setup = missingSetup();
      if (setup) return setup;
      const path = segment(loanId, 'loan id');
      if (!path.ok) return path;
      const body = checkRequest('credgenics', UpdateLoanRequest, patch);
      if (!body.ok) return body;
      return send('updateLoan', 'PATCH', url(config.baseUrl, `loan/${path.value}`), CredgenicsAck, body.value);
    },

    async triggerCommunication(request) {
      const setup = missingSetup(true);
      if (setup) return setup;
      if (!config.role) {
        return { ok: false, error: notConfigured('credgenics', 'Enter the Credgenics user role in Settings to send messages.') };
      }
      // Callers may hold the month in any ISO-ish form; the wire form is YYYY-M-01.
      const normalized = isObject(request) && typeof request.allocation_month === 'string'
        ? { ...request, allocation_month: normalizeAllocationMonth(request.allocation_month) ?? request.allocation_month }
        : request;
      const body = checkRequest('credgenics', CommunicationTriggerRequest, normalized);
      if (!body.ok) return body;
      return send(
        'triggerCommunication',
        'POST',
        url(config.rootUrl, 'communication/trigger/event'),
        CommunicationTriggerResponse,
        body.value,
        { role: config.role },
      );
    },

    async checkConnection() {
      const setup = missingSetup();
      if (setup) return setup;
      const answer = await send(
        'checkConnection',
        'GET',
        url(config.baseUrl, `loan/${PROBE_LOAN_ID}`, { fields: 'loan' }),
        // Any JSON object will do: the status is what matters. An HTML page (a hotel Wi-Fi
        // login, a proxy) is a bad-response, not a connection.
        CredgenicsAck,
      );
      if (answer.ok) return { ok: true, value: { connected: true } };
      const { kind, status } = answer.error;
      // 404 "no such loan" and 400 "bad id" both mean the token got past authentication.
      if (kind === 'rejected' && (status === 404 || status === 400)) return { ok: true, value: { connected: true } };
      return answer;
    },
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
