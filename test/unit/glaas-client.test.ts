import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../electron/sandbox';
import { createGlaasClient, type GlaasConfig, type GlaasSessionPort } from '../../electron/main/services/glaas';
import { uploadTimeoutMs } from '../../electron/main/services/http';
import { createLogger, type LogRecord } from '../../electron/main/services/log';
import type { LoanRepaymentDetail } from '../../shared/glaas';

let sandbox: Sandbox;
/** Every log line, through a logger that knows NO secrets: the client itself must not leak. */
const records: LogRecord[] = [];
const log = createLogger((r) => records.push(r));
const errors: unknown[] = [];
/** Every session id the sandbox handed out, to prove none reaches an error or a log line. */
const sessionIds = new Set<string>();

beforeAll(async () => {
  sandbox = await startSandbox({
    port: 0,
    seed: 23,
    loanCount: 4,
    creditLineCount: 2,
    // A password unlike any other word, so finding it anywhere means it leaked.
    credentials: { glaasPassword: 'pw-only-the-vault-knows-73' },
  });
});
afterEach(() => sandbox.resetFaults());
afterAll(async () => {
  await sandbox.close();
});

function sessionPort(initial?: string): GlaasSessionPort & { value?: string } {
  const port = {
    value: initial,
    get: () => port.value,
    set: (id: string | undefined) => {
      if (id) sessionIds.add(id);
      port.value = id;
    },
  };
  return port;
}

function client(
  overrides: Partial<GlaasConfig> = {},
  session = sessionPort(),
  fetchImpl: typeof fetch = fetch,
) {
  const c = createGlaasClient(
    {
      authUrl: sandbox.glaasAuthUrl,
      apiUrl: sandbox.glaasApiUrl,
      username: sandbox.training.glaasUsername,
      password: sandbox.training.glaasPassword,
      ...overrides,
    },
    { fetch: fetchImpl, log, session },
  );
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

const requestsSince = (mark: number) => sandbox.state.requests.slice(mark).map((r) => `${r.status ?? '-'} ${r.method} ${r.path}`);
const isLogin = (path: string) => path.endsWith('/public/auth/login');
const loanLine = () => sandbox.state.dataset.lines.find((l) => l.kind === 'loan')!;
const creditLine = () => sandbox.state.dataset.lines.find((l) => l.kind === 'credit-line')!;
let uidCounter = 0;
const repayment = (requestFlowId: number, extra: Partial<LoanRepaymentDetail> = {}): LoanRepaymentDetail => ({
  requestFlowId,
  amount: 1500.5,
  type: 'service',
  paymentMode: 'UPI',
  date: '01/03/2024',
  comment: 'UTR 4012345678',
  uid: `FD-TEST-${++uidCounter}`,
  ...extra,
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('GLAAS sessions', () => {
  it('logs in and sends sessionId on every API call', async () => {
    const session = sessionPort();
    const c = client({}, session);
    const login = await c.login();
    expect(login).toEqual({ ok: true, value: { username: sandbox.training.glaasUsername } });
    expect(session.value).toBeTruthy();

    const mark = sandbox.state.requests.length;
    expect((await c.repaymentStatus(['nothing-yet'])).ok).toBe(true);
    expect((await c.lineDetails([creditLine().requestFlowId], '01/03/2024')).ok).toBe(true);
    const sent = sandbox.state.requests.slice(mark);
    expect(sent).toHaveLength(2);
    for (const r of sent) expect(r.headers.sessionid).toBe(session.value);
  });

  it('logs in lazily, once, when there is no session', async () => {
    const mark = sandbox.state.requests.length;
    const result = await client().repaymentStatus(['x']);
    expect(result.ok).toBe(true);
    expect(requestsSince(mark)).toEqual(['200 POST /glaas/auth/public/auth/login', '200 POST /glaas/api/lms/repaymentStatus']);
  });

  it('renews an expired session silently: one re-login, one retry', async () => {
    const session = sessionPort();
    const c = client({}, session);
    await c.login();
    const before = session.value;
    sandbox.setFaults({ expireSessionsNow: true });

    const mark = sandbox.state.requests.length;
    const result = await c.repaymentSchedule(loanLine().subLoans[0]!.loanId);
    expect(result.ok).toBe(true);
    expect(requestsSince(mark)).toEqual([
      expect.stringMatching(/^401 GET .*\/lms\/repaymentSchedule\//),
      '200 POST /glaas/auth/public/auth/login',
      expect.stringMatching(/^200 GET .*\/lms\/repaymentSchedule\//),
    ]);
    expect(session.value).toBeTruthy();
    expect(session.value).not.toBe(before);
  });

  it('a second 401 is auth, after exactly one re-login and one retry', async () => {
    const session = sessionPort();
    const c = client({}, session);
    await c.login();
    sandbox.setFaults({ failNextAuth: 2 });
    const mark = sandbox.state.requests.length;
    const result = await c.repaymentStatus(['x']);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ kind: 'auth', status: 401 });
    const sent = requestsSince(mark);
    expect(sent).toEqual(['401 POST /glaas/api/lms/repaymentStatus', '200 POST /glaas/auth/public/auth/login', '401 POST /glaas/api/lms/repaymentStatus']);
    expect(session.value).toBeUndefined();
  });

  it('a wrong password is auth, in plain words, without the password', async () => {
    const mark = sandbox.state.requests.length;
    const result = await client({ password: 'hunter2-wrong-password' }).repaymentStatus(['x']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('auth');
    expect(result.error.message).toMatch(/username or password/i);
    expect(result.error.message).not.toMatch(/401|session|token/i);
    expect(JSON.stringify(result)).not.toContain('hunter2-wrong-password');
    // No API call goes out without a session.
    expect(requestsSince(mark)).toEqual(['401 POST /glaas/auth/public/auth/login']);
  });

  it('concurrent calls without a session share one login', async () => {
    const c = client();
    const mark = sandbox.state.requests.length;
    const results = await Promise.all([c.repaymentStatus(['a']), c.repaymentStatus(['b']), c.repaymentStatus(['c'])]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(requestsSince(mark).filter(isLogin)).toHaveLength(1);
  });

  it('shares the session across client instances', async () => {
    const session = sessionPort();
    await client({}, session).login();
    const mark = sandbox.state.requests.length;
    await client({}, session).repaymentStatus(['x']);
    await client({}, session).repaymentStatus(['y']);
    expect(requestsSince(mark).filter(isLogin)).toHaveLength(0);
  });

  it('checkConnection is a fresh login even with a live session', async () => {
    const session = sessionPort();
    const c = client({}, session);
    await c.login();
    const mark = sandbox.state.requests.length;
    expect(await c.checkConnection()).toEqual({ ok: true, value: { connected: true } });
    expect(requestsSince(mark)).toEqual(['200 POST /glaas/auth/public/auth/login']);
    const wrong = await client({ password: 'nope-nope' }).checkConnection();
    expect(!wrong.ok && wrong.error.kind).toBe('auth');
  });

  it('answers not-configured without credentials, and makes no call', async () => {
    const mark = sandbox.state.requests.length;
    const result = await client({ password: '' }).repaymentStatus(['x']);
    expect(!result.ok && result.error.kind).toBe('not-configured');
    expect(requestsSince(mark)).toEqual([]);
  });
});

describe('GLAAS repayments', () => {
  it('posts a loan repayment wrapped as [{callBackUrl, repaymentDetails}] and reads the per-line answer', async () => {
    const line = loanLine();
    const detail = repayment(line.requestFlowId, { loanId: line.subLoans[0]!.loanId });
    const result = await client().loanRepayment([detail]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // The sandbox, like the document's example, answers requestFlowId as a string.
    expect(result.value).toEqual([
      expect.objectContaining({ requestFlowId: line.requestFlowId, status: 'Accepted', uid: detail.uid }),
    ]);
    expect(sandbox.state.repaymentCount(detail.uid!)).toBe(1);
    expect(sandbox.state.repayments.at(-1)).toMatchObject({ endpoint: 'loanRepayment', callBackUrl: '', amount: 1500.5 });

    const status = await client().repaymentStatus([detail.uid!]);
    expect(status.ok && status.value).toEqual([expect.objectContaining({ uid: detail.uid, status: 'READY_FOR_PAYMENT', amount: 1500.5 })]);
  });

  it('posts a line repayment with a callback address', async () => {
    const line = creditLine();
    const detail = repayment(line.requestFlowId, { type: 'service', paymentMode: 'CHEQUE' });
    const result = await client().lineRepayment([detail], 'https://lender.example/glaas/callback');
    expect(result.ok && result.value[0]?.status).toBe('Accepted');
    expect(sandbox.state.repayments.at(-1)).toMatchObject({
      endpoint: 'lineRepayment',
      uid: detail.uid,
      callBackUrl: 'https://lender.example/glaas/callback',
    });
  });

  it('reads a per-line rejection as a result, not as an error', async () => {
    const result = await client().loanRepayment([repayment(999_999)]);
    expect(result.ok && result.value[0]).toMatchObject({ status: 'Rejected', message: expect.stringMatching(/Unknown requestFlowId/) });
  });

  it('refuses to send a repayment without a uid, a bad mode or a bad date, making no call', async () => {
    const line = loanLine();
    const mark = sandbox.state.requests.length;
    const { uid: _none, ...withoutUid } = repayment(line.requestFlowId);
    const cases: LoanRepaymentDetail[] = [
      withoutUid,
      repayment(line.requestFlowId, { paymentMode: 'CASH' as 'UPI' }),
      repayment(line.requestFlowId, { date: '2024-03-01' }),
      repayment(line.requestFlowId, { amount: 0 }),
      repayment(line.requestFlowId, { amount: 10.001 }),
    ];
    for (const detail of cases) {
      const result = await client({}, sessionPort('unused-session')).loanRepayment([detail]);
      expect(!result.ok && result.error.kind, JSON.stringify(detail)).toBe('rejected');
    }
    const empty = await client().loanRepayment([]);
    expect(!empty.ok && empty.error.kind).toBe('rejected');
    const badCallback = await client().loanRepayment([repayment(line.requestFlowId)], 'not a url');
    expect(!badCallback.ok && badCallback.error.kind).toBe('rejected');
    expect(requestsSince(mark)).toEqual([]);
  });
});

describe('GLAAS loans, lines and documents', () => {
  it('reads a repayment schedule', async () => {
    const sub = loanLine().subLoans[0]!;
    const result = await client().repaymentSchedule(String(sub.loanId));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.loanId).toBe(sub.loanId);
    expect(result.value.principal_schedule?.length).toBeGreaterThan(0);
    expect(typeof result.value.principal_schedule?.[0]?.is_moratorium).toBe('boolean');
  });

  it('reads line details, closure_amount as a number', async () => {
    const line = creditLine();
    const result = await client().lineDetails([line.requestFlowId], '01/03/2024');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const sub = result.value[0]?.sub_loans?.[0];
    expect(typeof sub?.closure_amount).toBe('number');
    expect(sub?.overdue?.total_overdue).toEqual(expect.any(Number));
    const bad = await client().lineDetails([line.requestFlowId], '2024-03-01');
    expect(!bad.ok && bad.error.kind).toBe('rejected');
  });

  it('uploads documents as multipart, one file per part', async () => {
    const line = loanLine();
    const photo = new Uint8Array(40_000).map((_, i) => (i * 7) % 256);
    const pan = new TextEncoder().encode('%PDF-1.4 pan card');
    const result = await client().uploadDocuments(String(line.requestFlowId), [
      { name: 'aadhaar-front.jpg', type: 'image/jpeg', bytes: photo },
      { name: 'pan.pdf', type: 'application/pdf', bytes: pan },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toHaveLength(2);
    expect(result.value[0]?.gfile?.documentName).toMatch(/\.jpg$/);
    const stored = sandbox.state.documents.slice(-2);
    expect(stored.map((d) => d.filename)).toEqual(['aadhaar-front.jpg', 'pan.pdf']);
    expect(stored[0]?.sha256).toBe(createHash('sha256').update(photo).digest('hex'));
    expect(stored[1]?.contentType).toBe('application/pdf');
  });

  it('gives an upload time for its bytes: 30 s plus a second per 16 KB', () => {
    expect(uploadTimeoutMs(0)).toBe(30_000);
    expect(uploadTimeoutMs(10 * 16 * 1024)).toBe(40_000);
    expect(uploadTimeoutMs(5 * 1024 * 1024)).toBe(30_000 + 320_000);
  });

  it('downloads the loan document as bytes', async () => {
    const result = await client().downloadLoanDocument(loanLine().requestFlowId);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(new TextDecoder().decode(result.value.bytes.slice(0, 5))).toBe('%PDF-');
    expect(result.value.contentType).toBe('application/pdf');
  });

  it('400 → rejected with the server words', async () => {
    const result = await client().uploadDocuments(987_654, [{ name: 'a.jpg', type: 'image/jpeg', bytes: new Uint8Array([1]) }]);
    expect(!result.ok && result.error).toMatchObject({ kind: 'rejected', status: 400 });
    expect(!result.ok && result.error.serverMessage).toMatch(/Unknown requestFlowId 987654/);
    const missing = await client().repaymentSchedule(123_456_789);
    expect(!missing.ok && missing.error).toMatchObject({ kind: 'rejected', status: 404 });
    expect(!missing.ok && missing.error.serverMessage).toMatch(/No loan exists/);
  });
});

describe('GLAAS paths', () => {
  it('uses per-deployment overrides merged with the defaults', async () => {
    const mark = sandbox.state.requests.length;
    const result = await client({ paths: { repaymentStatus: 'POST /lms/repaymentStatus?source=fielddesk' } }).repaymentStatus(['x']);
    expect(result.ok).toBe(true);
    expect(sandbox.state.requests.slice(mark).at(-1)?.query).toEqual({ source: 'fielddesk' });
    const moved = await client({ paths: { repaymentStatus: 'POST /v2/lms/repaymentStatus' } }).repaymentStatus(['x']);
    expect(!moved.ok && moved.error).toMatchObject({ kind: 'rejected', status: 404 });
  });

  it('refuses a broken override without calling out', async () => {
    const mark = sandbox.state.requests.length;
    const broken = await client({ paths: { repaymentStatus: 'lms/repaymentStatus' } }).repaymentStatus(['x']);
    expect(!broken.ok && broken.error.kind).toBe('not-configured');
    const unknownPlaceholder = await client({ paths: { repaymentSchedule: 'GET /lms/schedule/{subLoanId}' } }).repaymentSchedule(1);
    expect(!unknownPlaceholder.ok && unknownPlaceholder.error.kind).toBe('not-configured');
    expect(requestsSince(mark)).toEqual([]);
  });
});

describe('GLAAS failures', () => {
  it('5xx → server with the server message', async () => {
    const session = sessionPort();
    await client({}, session).login();
    sandbox.setFaults({ errorRate: 1, only: ['glaas'] });
    const result = await client({}, session).repaymentStatus(['x']);
    expect(!result.ok && result.error.kind).toBe('server');
    expect(!result.ok && result.error.serverMessage).toMatch(/Internal Server Error|Bad Gateway|Service Unavailable/);
  });

  it('no answer in time → timeout', async () => {
    const session = sessionPort();
    await client({}, session).login();
    sandbox.setFaults({ timeoutRate: 1, hangMs: 5_000 });
    const result = await client({ timeoutMs: 300 }, session).repaymentStatus(['x']);
    expect(!result.ok && result.error.kind).toBe('timeout');
  });

  it('a repayment whose reply is lost → timeout, and the uid finds it afterwards', async () => {
    const session = sessionPort();
    await client({}, session).login();
    const detail = repayment(loanLine().requestFlowId);
    sandbox.setFaults({ lostReplyRate: 1 });
    const result = await client({}, session).loanRepayment([detail]);
    expect(!result.ok && result.error.kind).toBe('timeout');
    sandbox.resetFaults();
    const status = await client({}, session).repaymentStatus([detail.uid!]);
    expect(status.ok && status.value.map((s) => s.uid)).toEqual([detail.uid]);
  });

  it('refused connection → offline', async () => {
    const port = await closedPort();
    const result = await client({ authUrl: `http://127.0.0.1:${port}/auth` }).login();
    expect(!result.ok && result.error.kind).toBe('offline');
  });

  it('a 2xx login answer without a session id → bad-response', async () => {
    const odd: typeof fetch = async () => Response.json({ username: 'training' });
    const result = await client({}, sessionPort(), odd).login();
    expect(!result.ok && result.error.kind).toBe('bad-response');
  });
});

describe('GLAAS secrets', () => {
  it('no password or session id in any error or log record', () => {
    expect(records.length).toBeGreaterThan(0);
    expect(errors.length).toBeGreaterThan(0);
    expect(sessionIds.size).toBeGreaterThan(0);
    const everything = JSON.stringify({ records, errors });
    for (const secret of [sandbox.training.glaasPassword, 'hunter2-wrong-password', 'nope-nope', ...sessionIds]) {
      expect(everything, secret).not.toContain(secret);
    }
  });
});
