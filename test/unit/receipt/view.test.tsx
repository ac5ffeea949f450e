import 'fake-indexeddb/auto';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { captureVisit, type VisitInput } from '../../../renderer/src/features/collections/capture';
import type { TakenPayment, VisitRecord } from '../../../renderer/src/features/collections/model';
import { readReceipt } from '../../../renderer/src/features/collections/receipt/read';
import { receiptFileName, ReceiptActions } from '../../../renderer/src/features/collections/receipt/ReceiptActions';
import { hasReceipt, NoReceipt, ReceiptView } from '../../../renderer/src/features/collections/receipt/ReceiptView';

const opened: FieldDeskDb[] = [];
let counter = 0;
function freshDb(): FieldDeskDb {
  counter += 1;
  const database = new FieldDeskDb(`receipt-${process.pid}-${Date.now()}-${counter}`);
  opened.push(database);
  return database;
}
afterEach(() => {
  for (const database of opened.splice(0)) database.close();
});

/** 3 November 2025, 14:07 local time. */
const CAPTURED = new Date(2025, 10, 3, 14, 7, 30).getTime();

function input(payment: TakenPayment | undefined, extra: Partial<VisitInput> = {}): VisitInput {
  return {
    loanId: 'FD000123',
    allocationMonth: '2025-11-01',
    borrowerName: 'Sunita Devi',
    purpose: 'scheduled',
    met: true,
    whoMet: 'borrower',
    outcome: payment
      ? { code: 'PAID_PART', label: 'Paid partly', needs: 'payment' }
      : { code: 'REFUSED', label: 'Refused to pay', needs: 'none' },
    ...(payment ? { payment } : {}),
    agent: { email: 'ravi@lender.test', name: 'Ravi Kumar' },
    ...extra,
  };
}

/** Visible text, one space between pieces; entities decoded. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

/** "Label value" pairs of the receipt's fields, in order. */
function fields(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of html.matchAll(/<dt id="([^"]+)">(.*?)<\/dt><dd aria-labelledby="\1">(.*?)<\/dd>/g)) {
    out[textOf(m[2]!)] = textOf(m[3]!);
  }
  return out;
}

async function receiptOf(payment: TakenPayment, extra: Partial<VisitInput> = {}) {
  const db = freshDb();
  const visit = await captureVisit(db, input(payment, extra), { now: CAPTURED });
  const data = await readReceipt(db, visit.id);
  if (!data.visit || !hasReceipt(data.visit)) throw new Error('no receipt');
  return { visit: data.visit, payment: data.payment, db };
}

describe('the receipt of a captured payment', () => {
  it('shows every part of a cash receipt, the amount in figures and in words', async () => {
    const { visit, payment } = await receiptOf({ amount: 123456, method: 'cash' });
    const html = renderToStaticMarkup(
      <ReceiptView visit={visit} payment={payment} lenderName="Sahyog Finance Ltd" actions={<button>x</button>} />,
    );
    expect(html).toMatch(/<article class="receipt card" aria-labelledby="([^"]+)">.*<h1 id="\1">Receipt<\/h1>/);
    expect(textOf(html)).toContain('Sahyog Finance Ltd Receipt');
    expect(fields(html)).toEqual({
      'Receipt number': visit.receiptNo,
      'Date and time': '03/11/2025 14:07',
      'Loan id': 'FD000123',
      Borrower: 'Sunita Devi',
      'Amount received': '₹1,23,456.00',
      'Amount in words': 'One Lakh Twenty Three Thousand Four Hundred Fifty Six Rupees Only',
      'Paid by': 'Cash',
      'Closes the loan': 'No',
      'Collected by': 'Ravi Kumar',
      'Agent email': 'ravi@lender.test',
    });
    expect(visit.receiptNo).toMatch(/^FD-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    // The sync state, the buttons and the way back are outside the printed article.
    const aside = html.slice(html.indexOf('</article>'));
    expect(aside).toMatch(/^<\/article><div class="no-print receipt-aside">/);
    expect(textOf(aside)).toContain('Sending to Credgenics: Saved on this laptop');
    expect(aside).toContain('<button>x</button>');
    expect(aside).toContain(`href="#/loans/FD000123">Back to loan</a>`);
    expect(textOf(aside)).not.toContain('lender’s name is not set');
  });

  it('shows a cheque with its number, bank and date, and a split', async () => {
    const { visit } = await receiptOf({
      amount: 12345,
      method: 'cheque',
      cheque: { number: '004512', bank: 'State Bank of India', date: '2025-11-05' },
      split: { emi: 11000, lateFee: 1045, penalty: 300 },
    });
    expect(fields(renderToStaticMarkup(<ReceiptView visit={visit} />))).toMatchObject({
      'Amount received': '₹12,345.00',
      'Amount in words': 'Twelve Thousand Three Hundred Forty Five Rupees Only',
      'Towards EMI': '₹11,000.00',
      'Towards late fee': '₹1,045.00',
      'Towards penalty': '₹300.00',
      'Paid by': 'Cheque',
      'Cheque number': '004512',
      Bank: 'State Bank of India',
      'Cheque date': '05/11/2025',
    });
  });

  it('shows the UPI or bank-transfer reference and a closure', async () => {
    const upi = await receiptOf({ amount: 1, method: 'upi', reference: '412345678901', closure: 'NOC' });
    expect(fields(renderToStaticMarkup(<ReceiptView visit={upi.visit} />))).toMatchObject({
      'Amount in words': 'One Rupee Only',
      'Paid by': 'UPI or online',
      'Reference (UTR)': '412345678901',
      'Closes the loan': 'Yes, paid in full (NOC)',
    });
    const neft = await receiptOf({ amount: 99_50_000, method: 'bank-transfer', reference: 'SBIN0123', closure: 'Settlement' });
    const html = renderToStaticMarkup(<ReceiptView visit={neft.visit} />);
    expect(fields(html)).toMatchObject({
      'Amount received': '₹99,50,000.00',
      'Amount in words': 'Ninety Nine Lakh Fifty Thousand Rupees Only',
      'Paid by': 'Bank transfer',
      'Reference (UTR)': 'SBIN0123',
      'Closes the loan': 'Yes, settlement',
    });
    expect(fields(html)).not.toHaveProperty('Cheque number');
    expect(fields(html)).not.toHaveProperty('Towards EMI');
  });

  it('takes the agent from settings when the visit has none, and says when the lender is not set', async () => {
    const { visit } = await receiptOf({ amount: 500, method: 'cash' }, { agent: {} });
    const html = renderToStaticMarkup(<ReceiptView visit={visit} agent={{ name: 'From Settings', email: 'set@lender.test' }} />);
    expect(fields(html)).toMatchObject({ 'Collected by': 'From Settings', 'Agent email': 'set@lender.test' });
    expect(textOf(html)).toContain('The lender’s name is not set');
  });

  it('follows the payment through the outbox', async () => {
    const { visit, db } = await receiptOf({ amount: 500, method: 'cash' });
    await db.outbox.update(visit.id, { state: 'sent', serverRef: 'payment 4512' });
    const { payment } = await readReceipt(db, visit.id);
    expect(payment).toEqual({ state: 'sent', serverRef: 'payment 4512' });
    expect(textOf(renderToStaticMarkup(<ReceiptView visit={visit} payment={payment} />))).toContain(
      'Sending to Credgenics: Sent · payment 4512',
    );
  });
});

describe('no receipt', () => {
  it('for a visit without money: says so and links back to its loan', async () => {
    const db = freshDb();
    const visit = await captureVisit(db, input(undefined), { now: CAPTURED });
    const data = await readReceipt(db, visit.id);
    expect(data.payment).toBeUndefined();
    expect(hasReceipt(data.visit as VisitRecord)).toBe(false);
    const html = renderToStaticMarkup(<NoReceipt visitId={visit.id} visit={data.visit} />);
    expect(textOf(html)).toContain('No money was taken on this visit, so it has no receipt.');
    expect(html).toContain('href="#/loans/FD000123">Back to loan</a>');
  });

  it('for an unknown id: says so and links to My loans', async () => {
    const data = await readReceipt(freshDb(), '01NOPE');
    expect(data).toEqual({ visit: undefined, payment: undefined });
    const html = renderToStaticMarkup(<NoReceipt visitId="01NOPE" />);
    expect(textOf(html)).toContain('There is no visit 01NOPE on this laptop');
    expect(html).toContain('href="#/loans">Back to My loans</a>');
  });
});

describe('receipt actions', () => {
  it('offer Print and Save PDF, and name the file after the receipt', () => {
    const html = renderToStaticMarkup(
      <ReceiptActions receiptNo="FD-KA3Z-7QMP-R2XD" print={() => undefined} savePdf={async () => ({ ok: true, value: { saved: false } })} />,
    );
    expect(html).toContain('role="group" aria-label="Receipt actions"');
    expect(textOf(html)).toBe('Print Save PDF');
    expect(receiptFileName('FD-KA3Z-7QMP-R2XD')).toBe('Receipt FD-KA3Z-7QMP-R2XD.pdf');
  });
});
