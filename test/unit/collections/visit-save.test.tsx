import 'fake-indexeddb/auto';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultDispositions } from '../../../shared/settings';
import { putLoans } from '../../../renderer/src/db/loans';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { captureVisit } from '../../../renderer/src/features/collections/capture';
import { describeSaveError } from '../../../renderer/src/features/collections/save-error';
import { readVisitHistory } from '../../../renderer/src/features/collections/visit-history-data';
import {
  captureFactsFor,
  defaultVisitValues,
  parseVisitForm,
  visitContextFor,
  type VisitFormValues,
} from '../../../renderer/src/features/collections/visit-form-schema';
import { VisitForm } from '../../../renderer/src/features/collections/VisitForm';
import { cachedLoan, getLoanExample } from '../loan-page/fixtures';

const opened: FieldDeskDb[] = [];
let counter = 0;
function freshDb(): FieldDeskDb {
  counter += 1;
  const database = new FieldDeskDb(`visit-save-${process.pid}-${Date.now()}-${counter}`);
  opened.push(database);
  return database;
}
afterEach(() => {
  for (const database of opened.splice(0)) database.close();
});

/** 15 January 2026 on the laptop's clock, inside contact hours. */
const at = (hour: number, minute = 0) => new Date(2026, 0, 15, hour, minute).getTime();
const loan = cachedLoan(getLoanExample());
const values = (patch: Partial<VisitFormValues>): VisitFormValues => ({
  ...defaultVisitValues({ hasPromise: false }),
  met: 'yes',
  whoMet: 'borrower',
  ...patch,
});

async function saveForm(database: FieldDeskDb, patch: Partial<VisitFormValues>, now: number) {
  const ctx = visitContextFor(loan, { agentEmail: 'ravi@lender.test', agentName: 'Ravi' }, now);
  const parsed = parseVisitForm(values(patch), ctx);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return captureVisit(database, parsed.input, { now, ...captureFactsFor(loan) });
}

describe('what the form produces is what capture stores', () => {
  it('a cash payment gets a receipt number and a payment waiting to be sent; a promise stays on the laptop', async () => {
    const database = freshDb();
    await putLoans(database, [loan]);
    const paid = await saveForm(database, { outcome: 'PAID_PART', amount: '1500', method: 'cash' }, at(10));
    const promised = await saveForm(
      database,
      { outcome: 'PTP', promiseDate: '2026-01-20', promiseAmount: '2000', phone: '9876543210' },
      at(11),
    );
    expect(paid.receiptNo).toMatch(/^FD-/);
    expect(promised.receiptNo).toBeUndefined();

    const rows = await readVisitHistory(database, loan.loanId);
    expect(rows.map((r) => [r.visit.id, r.state])).toEqual([
      [promised.id, 'local-only'],
      [paid.id, 'pending'],
    ]);
    // The new number goes to Credgenics after the known one, never instead of it.
    const contact = (await database.outbox.where('loanId').equals(loan.loanId).toArray()).filter(
      (item) => item.kind === 'credgenics.contact',
    ) as Array<{ payload: { patch: { applicant_contact_number?: string } } }>;
    expect(contact[0]?.payload.patch.applicant_contact_number).toBe('9706367068,9876543210');
    expect((await database.loans.get(loan.loanId))?.summary.promiseToPay).toEqual({ date: '2026-01-20', amount: 2000 });

    await database.outbox.update(paid.id, { state: 'sent', serverRef: 'payment 4512' });
    const after = await readVisitHistory(database, loan.loanId);
    expect(after[1]).toMatchObject({ state: 'sent', serverRef: 'payment 4512' });
    expect(await readVisitHistory(database, 'another-loan')).toEqual([]);
  });

  it('a cheque, a UPI payment and a closing settlement all build a valid Update Payment', async () => {
    const database = freshDb();
    await putLoans(database, [loan]);
    const cheque = await saveForm(
      database,
      { outcome: 'PAID_PART', amount: '2,500', method: 'cheque', chequeNumber: '004512', chequeBank: 'SBI', chequeDate: '2026-01-15' },
      at(12),
    );
    const upi = await saveForm(database, { outcome: 'PAID_PART', amount: '99.99', method: 'upi', utr: '123456789012' }, at(13));
    const closing = await saveForm(
      database,
      { outcome: 'PAID_FULL', amount: '5000', method: 'cash', closesLoan: true, closure: 'Settlement' },
      at(14),
    );
    const bodies = (await database.outbox.bulkGet([cheque.id, upi.id, closing.id])).map(
      (item) => (item?.payload as { body: Record<string, unknown> }).body,
    );
    expect(bodies[0]).toMatchObject({ payment_method: 'Cheque', payment_reference_number: '004512', amount_recovered: 2500 });
    expect(bodies[1]).toMatchObject({ payment_method: 'Online', payment_reference_number: '123456789012', amount_recovered: 99.99 });
    expect(bodies[2]).toMatchObject({ final_status: 'Closed', closure_with: 'Settlement', recovered_by: 'ravi@lender.test' });
  });
});

describe('a failed save in plain words', () => {
  it('names a full disk, and passes anything else on', () => {
    const quota = Object.assign(new Error('QuotaExceededError'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    expect(describeSaveError(quota)).toBe(
      'The visit was not saved. This laptop has run out of storage space for FieldDesk. Free some space, then try again. Everything you typed is still here: try Save again.',
    );
    expect(describeSaveError(new Error('Database closed'))).toMatch(/could not store it \(Database closed\)/);
  });
});

describe('the form', () => {
  const context = (() => {
    const { now: _now, ...rest } = visitContextFor(loan, { bifurcation: true }, at(11));
    return rest;
  })();
  const render = (initial: Partial<VisitFormValues> = {}, hour = 11) =>
    renderToStaticMarkup(
      <VisitForm context={context} onSave={async () => {}} cancelHref="#/loans/2954" clock={() => at(hour)} initial={initial} />,
    );

  it('groups each choice in a fieldset with a legend, and ties every label to its input', () => {
    const html = render();
    for (const legend of ['Why this visit?', 'Did you meet the customer?', 'What happened?']) {
      expect(html).toContain(`<legend>${legend}</legend>`);
    }
    for (const d of defaultDispositions) expect(html).toContain(`value="${d.code}"`);
    expect(html).toMatch(/name="purpose" checked="" value="scheduled"/);
    expect(html).toContain('<label for="visit-phone">New mobile number</label>');
    expect(html).toContain('id="visit-phone"');
    expect(html).toMatch(/<button type="submit" class="primary">Save visit<\/button>/);
    expect(html).toContain('href="#/loans/2954"');
  });

  it('shows the money section only for an outcome that takes money, and who was met only when met', () => {
    expect(render()).not.toContain('Money taken');
    expect(render()).not.toContain('Who did you meet?');
    expect(render({ outcome: 'REFUSED', met: 'no' })).not.toContain('Money taken');
    const paid = render({ outcome: 'PAID_PART', met: 'yes', method: 'cheque' });
    expect(paid).toContain('Money taken');
    expect(paid).toContain('Who did you meet?');
    expect(paid).toContain('<label for="visit-amount">Amount taken (₹)</label>');
    expect(paid).toContain('<label for="visit-chequeNumber">Cheque number (6 digits)</label>');
    expect(paid).toContain('Split of the amount (optional)');
    expect(paid).not.toContain('Promise to pay</h2>');
    const promised = render({ outcome: 'PTP' });
    expect(promised).toContain('<label for="visit-promiseDate">Promised date</label>');
    // A DD/MM/YYYY text box, whatever the laptop's locale (a past date is refused on Save).
    expect(promised).toMatch(/<input id="visit-promiseDate"[^>]*type="text"[^>]*placeholder="DD\/MM\/YYYY"/);
  });

  it('asks for the over-claim and contact-hours ticks as checkboxes labelled with the warning', () => {
    const claim = loan.summary.totalClaim;
    const html = render({ outcome: 'PAID_PART', amount: String(claim + 1), method: 'cash' }, 20);
    expect(html).toMatch(/type="checkbox" id="visit-confirmAboveClaim"[^>]*\/><span>₹[\d,.]+ is more than this month’s claim of ₹[\d,.]+\. Tick to confirm\.<\/span>/);
    expect(html).toMatch(/id="visit-confirmOutsideHours"[^>]*\/><span>It is 20:00\. RBI rules/);
    expect(render({ outcome: 'PAID_PART', amount: '1', method: 'cash' })).not.toContain('checkbox" id="visit-confirm');
  });
});
