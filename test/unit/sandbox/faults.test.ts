import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../electron/sandbox';
import { cg, glaas, glaasLogin, linkedLoan, manualClock, paymentBody, repaymentLine, smallSandbox } from './helpers';

let sb: Sandbox;
const month = '2026-3-01';

beforeEach(async () => {
  sb = await smallSandbox({ now: manualClock().now });
});
afterEach(() => sb.close());

const pay = (ref: string) => cg(sb, 'PATCH', `/payments/FD100001?allocation_month=${month}`, paymentBody({ payment_reference_number: ref }));
const lastOutcome = () => sb.state.requests.at(-1)?.outcome;

describe('faults', () => {
  it('5xx answers with a message and commits nothing', async () => {
    sb.setFaults({ errorRate: 1 });
    const res = await pay('E-1');
    expect([500, 502, 503]).toContain(res.status);
    expect(typeof res.body.message).toBe('string');
    expect(sb.state.paymentCount('E-1')).toBe(0);
    expect(lastOutcome()).toBe('fault-5xx');
  });

  it('a lost reply commits the write but the client only sees the socket die', async () => {
    sb.setFaults({ lostReplyRate: 1 });
    await expect(pay('L-1')).rejects.toThrow();
    expect(sb.state.paymentCount('L-1')).toBe(1);
    expect(sb.state.loan('FD100001')!.payment_history[0]!.payment_reference_number).toBe('L-1');
    expect(lastOutcome()).toBe('fault-lost-reply');
    // Reads are never "lost replies": the client can reconcile.
    const read = await cg(sb, 'GET', '/loan/FD100001?fields=payment');
    expect(read.status).toBe(200);
    expect(read.body.payment_history[0].payment_reference_number).toBe('L-1');
  });

  it('a lost GLAAS repayment reply still stores the line by uid', async () => {
    const session = await glaasLogin(sb);
    sb.setFaults({ lostReplyRate: 1, only: ['glaas'] });
    const rfid = linkedLoan(sb).requestFlowId;
    await expect(glaas(sb, session, 'POST', '/lms/loanRepayment', [{ callBackUrl: '', repaymentDetails: [repaymentLine({ requestFlowId: rfid, uid: 'lost-1' })] }])).rejects.toThrow();
    expect(sb.state.repaymentCount('lost-1')).toBe(1);
    const status = await glaas(sb, session, 'POST', '/lms/repaymentStatus', { uid: ['lost-1'] });
    expect(status.body[0].uid).toBe('lost-1');
  });

  it('a timeout holds the socket for hangMs, then drops it, committing nothing', async () => {
    sb.setFaults({ timeoutRate: 1, hangMs: 300 });
    const t0 = Date.now();
    await expect(pay('T-1')).rejects.toThrow();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(280);
    expect(sb.state.paymentCount('T-1')).toBe(0);
    expect(lastOutcome()).toBe('fault-timeout');
  });

  it('close() ends at once even while a timeout holds a socket', async () => {
    sb.setFaults({ timeoutRate: 1, hangMs: 60_000 });
    const pending = pay('T-2').then(
      () => 'answered',
      () => 'dropped',
    );
    while (lastOutcome() !== 'fault-timeout') await new Promise((r) => setTimeout(r, 5));
    // The socket would hang for a minute: close() must end it rather than wait. A bounded wait
    // (far below the hang, far above any busy machine's delay) tells the two apart.
    const closed = await Promise.race([
      sb.close().then(() => 'closed'),
      new Promise((r) => setTimeout(() => r('still waiting'), 15_000)),
    ]);
    expect(closed).toBe('closed');
    expect(await pending).toBe('dropped');
  });

  it('429 carries Retry-After: 1', async () => {
    sb.setFaults({ rateLimitRate: 1 });
    const res = await pay('R-1');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(sb.state.paymentCount('R-1')).toBe(0);
    expect(lastOutcome()).toBe('fault-429');
  });

  it('failNextAuth fails the next N authenticated calls once each, on either platform', async () => {
    const session = await glaasLogin(sb);
    sb.setFaults({ failNextAuth: 2 });
    expect((await cg(sb, 'GET', '/loan/FD100001')).status).toBe(401);
    expect(lastOutcome()).toBe('fault-auth');
    const g = await glaas(sb, session, 'POST', '/lms/repaymentStatus', { uid: [] });
    expect(g.status).toBe(401);
    expect(g.body).toEqual({ message: 'Session expired or invalid' });
    expect((await cg(sb, 'GET', '/loan/FD100001')).status).toBe(200);
    // The GLAAS session that failed is gone; a fresh login works.
    expect((await glaas(sb, session, 'POST', '/lms/repaymentStatus', { uid: [] })).status).toBe(401);
    expect((await glaas(sb, await glaasLogin(sb), 'POST', '/lms/repaymentStatus', { uid: [] })).status).toBe(200);
  });

  it('only restricts faults to one platform; onlyWrites spares reads', async () => {
    sb.setFaults({ errorRate: 1, only: ['glaas'] });
    expect((await pay('O-1')).status).toBe(200);
    // Faults strike before authentication, so no session is needed to see one.
    expect((await glaas(sb, null, 'POST', '/lms/repaymentStatus', { uid: [] })).status).toBeGreaterThanOrEqual(500);

    sb.resetFaults();
    sb.setFaults({ errorRate: 1, onlyWrites: true });
    expect((await cg(sb, 'GET', '/loan/FD100001?fields=payment')).status).toBe(200);
    expect((await pay('O-2')).status).toBeGreaterThanOrEqual(500);
    expect(sb.state.paymentCount('O-2')).toBe(0);
  });

  it('adds latency before every answer', async () => {
    sb.setFaults({ latencyMs: 150 });
    const t0 = Date.now();
    await cg(sb, 'GET', '/loan/FD100001?fields=remarks');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
  });

  it('draws random faults at about the configured rate, reproducibly per seed', async () => {
    sb.setFaults({ errorRate: 0.5 });
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await cg(sb, 'GET', '/loan/FD100001?fields=remarks')).status);
    const failures = statuses.filter((s) => s >= 500).length;
    expect(failures).toBeGreaterThan(8);
    expect(failures).toBeLessThan(32);
  });
});

describe('control surface', () => {
  it('sets and resets faults over HTTP and reports state without file bytes', async () => {
    const set = await fetch(`${sb.origin}/__sandbox/faults`, { method: 'POST', body: JSON.stringify({ errorRate: 1 }) });
    expect(((await set.json()) as { faults: { errorRate: number } }).faults.errorRate).toBe(1);
    expect((await pay('C-1')).status).toBeGreaterThanOrEqual(500);
    await fetch(`${sb.origin}/__sandbox/reset-faults`, { method: 'POST' });
    expect((await pay('C-2')).status).toBe(200);

    const session = await glaasLogin(sb);
    await glaas(sb, session, 'POST', '/lms/loanRepayment', [{ callBackUrl: '', repaymentDetails: [repaymentLine({ requestFlowId: linkedLoan(sb).requestFlowId, uid: 'ctl-1' })] }]);
    const state = (await (await fetch(`${sb.origin}/__sandbox/state`)).json()) as any;
    expect(state.counts).toMatchObject({ payments: 1, repayments: 1, activeSessions: 1 });
    expect(state.payments[0].paymentReferenceNumber).toBe('C-2');
    expect(state.repaymentUids).toEqual(['ctl-1']);
    expect(state.outcomes['fault-5xx']).toBe(1);
  });

  it('logs every vendor call with lower-cased headers and the query', async () => {
    await cg(sb, 'GET', '/loan/FD100001?fields=loan&company_id=c9', undefined, { 'X-Trace-Id': 'abc' });
    const entry = sb.state.requests.at(-1)!;
    expect(entry).toMatchObject({ method: 'GET', path: '/credgenics/recovery/loan/FD100001', platform: 'credgenics', write: false, status: 200, outcome: 'ok' });
    expect(entry.query).toEqual({ fields: 'loan', company_id: 'c9' });
    expect(entry.headers['x-trace-id']).toBe('abc');
    expect(entry.timestamp).toBe('2026-03-15T06:30:00.000Z');
  });
});
