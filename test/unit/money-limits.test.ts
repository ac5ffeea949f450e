import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../electron/sandbox';
import { newOutboxId } from '../../renderer/src/sync/ids';
import { createHarnessMain, type HarnessMain } from '../support/harness-main';

/**
 * The main process refuses what the screens refuse (issue 11, items 1 and 9): a renderer that is
 * old, buggy or hostile cannot get paise to Credgenics, more than ₹1 crore into one payment, a
 * path id that climbs the URL, or a line break into a header.
 */

let sandbox: Sandbox;
let main: HarnessMain;
let loanId: string;
let month: string;

const WHOLE_RUPEES = 'Credgenics takes whole rupees only: this amount has paise. Correct it to whole rupees.';

beforeAll(async () => {
  sandbox = await startSandbox({ loanCount: 10, creditLineCount: 1 });
  main = createHarnessMain({ sandbox });
  await main.invoke('settings.update', { credgenics: { environment: 'training' }, glaas: { environment: 'training' } });
  month = sandbox.state.dataset.allocationMonths.current;
  loanId = String(
    sandbox.state.dataset.loans.find((l) => l.loan_details.defaults?.some((d) => d.allocation_month === month))!.loan_details.loan_id,
  );
});
afterAll(async () => {
  await sandbox.close();
});

const payment = (amount: unknown, reference: string) => ({
  final_status: 'Partially Recovered',
  amount_recovered: amount,
  payment_method: 'Cash',
  payment_reference_number: reference,
});

type Answer = { ok: boolean; error?: { kind: string; details?: Record<string, string> } };
const pay = (input: Record<string, unknown>) =>
  main.invoke('credgenics.updatePayment', { loanId, allocationMonth: month, opKey: newOutboxId(Date.now()), ...input }) as Promise<Answer>;

describe('credgenics.updatePayment in the main process', () => {
  it('refuses a fraction with the plain reason, and nothing reaches the platform', async () => {
    const answer = await pay({ payment: payment(1234.5, 'PAISE-MAIN') });
    expect(answer.ok).toBe(false);
    expect(answer.error?.kind).toBe('rejected');
    expect(answer.error?.details).toEqual({ 'payment.amount_recovered': WHOLE_RUPEES });
    expect(sandbox.state.paymentCount('PAISE-MAIN')).toBe(0);
  });

  it('sends whole rupees, which the strict sandbox takes', async () => {
    const answer = await pay({ payment: payment(1234, 'WHOLE-MAIN') });
    expect(answer.ok).toBe(true);
    expect(sandbox.state.paymentCount('WHOLE-MAIN')).toBe(1);
  });

  it('refuses more than ₹1 crore', async () => {
    const answer = await pay({ payment: payment(1_00_00_001, 'HUGE-MAIN') });
    expect(answer.ok).toBe(false);
    expect(answer.error?.details?.['payment.amount_recovered']).toMatch(/1 crore/);
    expect(sandbox.state.paymentCount('HUGE-MAIN')).toBe(0);
  });

  it.each(['.', '..', 'FD1/../../x', 'a/b', '..\\admin', ' .. '])('refuses the path id %j', async (id) => {
    const before = sandbox.state.requests.length;
    const answer = await pay({ loanId: id, payment: payment(100, `PATH-${id}`) });
    expect(answer.ok).toBe(false);
    expect(answer.error?.kind).toBe('rejected');
    expect(Object.keys(answer.error?.details ?? {})).toEqual(['loanId']);
    expect(sandbox.state.requests.length).toBe(before);
  });

  it('refuses .. as a customer id too', async () => {
    const customer = (await main.invoke('credgenics.getCustomer', { customerId: '..' })) as Answer;
    expect(customer.ok).toBe(false);
    expect(Object.keys(customer.error?.details ?? {})).toContain('customerId');
  });
});

describe('glaas.loanRepayment in the main process', () => {
  it('keeps paise (GLAAS is decimal) but refuses more than ₹1 crore', async () => {
    const link = sandbox.state.links.find((l) => l.kind === 'loan')!;
    const line = (amount: number, uid: string) => ({ requestFlowId: link.requestFlowId, amount, type: 'service', paymentMode: 'UPI', date: '01/03/2026', uid });
    const huge = (await main.invoke('glaas.loanRepayment', { details: [line(1_00_00_000.5, 'huge-uid')] })) as Answer;
    expect(huge.ok).toBe(false);
    expect(sandbox.state.repaymentCount('huge-uid')).toBe(0);
    const decimal = (await main.invoke('glaas.loanRepayment', { details: [line(1500.5, 'decimal-uid')] })) as Answer;
    expect(decimal.ok).toBe(true);
    expect(sandbox.state.repaymentCount('decimal-uid')).toBe(1);
  });
});

describe('settings that become a header or a URL refuse control characters', () => {
  const hostile: [string, Record<string, unknown>][] = [
    ['company id with CR LF (header injection via ?company_id=)', { credgenics: { companyId: 'acme\r\nX-Evil: 1' } }],
    ['company id ending in LF', { credgenics: { companyId: 'acme\n' } }],
    ['role with LF (the role header)', { credgenics: { role: 'agent\nX-Evil: 1' } }],
    ['role with NUL', { credgenics: { role: 'agent\u0000' } }],
    ['partner id with CR LF (becomes a host name)', { glaas: { partnerId: 'acme\r\n' } }],
    ['agent name with NUL', { collections: { agentName: 'Ravi\u0000Kumar' } }],
    ['lender name with CR', { collections: { lenderName: 'Sahyog\rFinance' } }],
    ['receipt event name with LF', { collections: { receiptMessage: { eventName: 'receipt\nx' } } }],
  ];
  it.each(hostile)('%s', async (_name, patch) => {
    const before = await main.invoke('settings.get', {});
    const answer = (await main.invoke('settings.update', patch)) as Answer;
    expect(answer.ok).toBe(false);
    expect(answer.error?.kind).toBe('rejected');
    expect(await main.invoke('settings.get', {})).toEqual(before);
  });

  it('takes the same settings without the control characters, trimmed', async () => {
    const answer = (await main.invoke('settings.update', {
      credgenics: { companyId: ' acme ', role: 'field-agent' },
      glaas: { partnerId: 'acme-1' },
      collections: { agentName: 'Ravi Kumar' },
    })) as Answer & { value?: { credgenics: { companyId?: string; role?: string } } };
    expect(answer.ok).toBe(true);
    expect(answer.value?.credgenics).toMatchObject({ companyId: 'acme', role: 'field-agent' });
  });
});
