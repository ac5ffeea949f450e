import { startSandbox, type Sandbox, type SandboxOptions } from '../../../electron/sandbox';

/** A clock the test moves by hand, so TTLs and settle times need no real waiting. */
export function manualClock(startIso = '2026-03-15T06:30:00.000Z') {
  let t = new Date(startIso).getTime();
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
  };
}

export async function smallSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  return startSandbox({ loanCount: 40, creditLineCount: 4, ...opts });
}

export interface JsonAnswer<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

async function asJson(res: Response): Promise<JsonAnswer> {
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

/** Calls the Credgenics base URL with the training token unless headers say otherwise. */
export async function cg(sb: Sandbox, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<JsonAnswer> {
  const res = await fetch(sb.credgenicsBaseUrl + path, {
    method,
    headers: { authenticationtoken: sb.training.credgenicsToken, 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return asJson(res);
}

export async function glaasLogin(sb: Sandbox): Promise<string> {
  const res = await fetch(`${sb.glaasAuthUrl}/public/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: sb.training.glaasUsername, password: sb.training.glaasPassword }),
  });
  const body = (await res.json()) as { sessionId: string };
  if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
  return body.sessionId;
}

export async function glaas(sb: Sandbox, session: string | null, method: string, path: string, body?: unknown): Promise<JsonAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (session) headers['sessionId'] = session;
  const res = await fetch(sb.glaasApiUrl + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return asJson(res);
}

/** A valid Update Payment body; override what the test is about. */
export function paymentBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    final_status: 'Partially Recovered',
    amount_recovered: 1500,
    recovery_date: '2026-03-15 11:20:00',
    recovery_method: 'Field collection',
    recovered_by: 'agent@example.com',
    payment_method: 'Cash',
    payment_mode: 'Cash',
    payment_reference_number: 'FD-RCPT-0001',
    ...overrides,
  };
}

/** The first generated loan that GLAAS also services. */
/** A GLAAS line of credit serving a Credgenics credit-line customer (one of its transactions). */
export function linkedLine(sb: Sandbox, index = 0) {
  const link = sb.state.links.filter((l) => l.kind === 'credit-line')[index];
  if (!link) throw new Error('no linked credit line in the dataset');
  return link;
}

export function linkedLoan(sb: Sandbox) {
  const link = sb.state.links.find((l) => l.kind === 'loan');
  if (!link) throw new Error('no linked loan in the dataset');
  return link;
}

export function repaymentLine(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    requestFlowId: 0,
    amount: 2500,
    type: 'service',
    paymentMode: 'UPI',
    date: '15/03/2026',
    comment: 'cash deposit at branch',
    uid: 'uid-1',
    ...overrides,
  };
}
