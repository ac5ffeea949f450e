import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { emptyRow, loanIndex, parseDay, pasteInto, postRows, validateRow, type GridLoan } from '../../../renderer/src/features/repayments/grid';
import { confirmedMapping } from './helpers';

const loans: GridLoan[] = [
  { loanId: 'FD100001', name: 'Asha Devi', link: { requestFlowId: '501' } },
  { loanId: 'FD100002', name: 'Ravi Kumar', link: { requestFlowId: '502' } },
  { loanId: 'FD100003', name: 'No Link' },
  { loanId: 'FD100004', name: 'Ravi Kumar', link: { requestFlowId: '504' } },
];
const lookup = loanIndex(loans);
const today = '2026-11-21';

/** 200 tab-separated rows as a spreadsheet copies them; the rows at `badAt` each break one rule. */
function sheet(badAt: ReadonlySet<number>): string {
  const breakers = [
    (r: string[]) => (r[0] = 'FD999999'),
    (r: string[]) => (r[1] = 'twelve'),
    (r: string[]) => (r[2] = 'CASH'),
    (r: string[]) => (r[3] = '31/02/2026'),
    (r: string[]) => (r[3] = '01/01/2027'),
    (r: string[]) => (r[1] = '-5'),
    (r: string[]) => (r[0] = 'FD100003'),
    (r: string[]) => ((r[2] = 'CHEQUE'), (r[4] = '12')),
    (r: string[]) => (r[0] = 'Ravi Kumar'),
    (r: string[]) => (r[1] = '1.234'),
  ];
  const lines = ['Loan\tAmount\tMode\tDate\tReference\tComment'];
  let b = 0;
  for (let i = 0; i < 200; i++) {
    const row = [i % 2 ? 'FD100001' : 'asha devi', `${1000 + i}.50`, 'NACH', '20/11/2026', '', `counter ${i}`];
    if (badAt.has(i)) breakers[b++ % breakers.length]!(row);
    lines.push(row.join('\t'));
  }
  return lines.join('\r\n');
}

describe('branch repayment grid', () => {
  it('refuses paise on a row that is also recorded in Credgenics (whole rupees there), and only there', async () => {
    const mirrored: GridLoan[] = [
      { loanId: 'FD200001', name: 'In Credgenics', link: { requestFlowId: '601' }, allocationMonth: '2026-11-01', kind: 'loan' },
      { loanId: 'FD200002', name: 'GLAAS only', link: { requestFlowId: '602' } },
    ];
    const find = loanIndex(mirrored);
    const row = { ...emptyRow(), loan: 'FD200001', amount: '1,250.50', mode: 'NACH', date: '20/11/2026' };
    const message = 'This row is also recorded in Credgenics, which takes whole rupees only: remove the paise.';
    expect(validateRow(row, find, today, { alsoCredgenics: true })).toEqual({ amount: message });
    // Setting off, or a loan Credgenics does not hold here: GLAAS takes decimals.
    expect(validateRow(row, find, today)).toEqual({});
    expect(validateRow({ ...row, loan: 'FD200002' }, find, today, { alsoCredgenics: true })).toEqual({});
    expect(validateRow({ ...row, amount: '1,250' }, find, today, { alsoCredgenics: true })).toEqual({});
    // postRows checks the same rule, so nothing is queued (no silent skip of the Credgenics copy).
    const db = new FieldDeskDb(`grid-paise-${process.pid}-${Date.now()}`);
    const outcome = await postRows(db, [row], { now: Date.now(), mapping: confirmedMapping, lookup: find, today, alsoCredgenics: {} });
    expect(outcome.ok).toBe(false);
    expect(await db.outbox.count()).toBe(0);
    db.close();
  });

  it('pasting 200 rows with 10 bad ones marks exactly those 10 and queues nothing', async () => {
    const bad = new Set([3, 17, 40, 41, 88, 99, 120, 150, 177, 199]);
    const rows = pasteInto([emptyRow()], { row: 0, column: 'loan' }, sheet(bad));
    expect(rows).toHaveLength(200);
    const db = new FieldDeskDb(`grid-${process.pid}-${Date.now()}`);
    const outcome = await postRows(db, rows, { now: Date.now(), mapping: confirmedMapping, lookup, today });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const marked = rows.map((r, i) => (outcome.errors.has(r.key) ? i : -1)).filter((i) => i >= 0);
    expect(marked).toEqual([...bad]);
    expect(await db.repayments.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    // Fixed, the same rows post: 200 lines, each with its own uid and item.
    for (const i of bad) Object.assign(rows[i]!, { loan: 'FD100002', amount: '10', mode: 'UPI', date: '20/11/2026', reference: '123456789012' });
    const fixed = await postRows(db, rows, { now: Date.now(), mapping: confirmedMapping, lookup, today });
    expect(fixed.ok).toBe(true);
    expect(await db.outbox.filter((i) => i.kind === 'glaas.repayment').count()).toBe(200);
    db.close();
  });

  it('says what is wrong with each cell in plain words', () => {
    const row = { ...emptyRow(), loan: 'Ravi Kumar', amount: '1,250.5', mode: 'upi', date: '21/11/2026', reference: '99' };
    expect(validateRow(row, lookup, today)).toEqual({
      loan: 'Two loans have this name: type the loan id.',
      reference: 'A UPI reference (UTR) has 12 digits.',
    });
    expect(validateRow({ ...row, loan: 'FD100003 — No Link', reference: '123456789012' }, lookup, today)).toEqual({
      loan: 'This loan has no GLAAS link. Add it on the loan page first.',
    });
  });

  it('pastes from the cell pasted into, across and down, adding rows', () => {
    const rows = pasteInto([emptyRow(), emptyRow()], { row: 1, column: 'amount' }, '10\tUPI\n20\tNACH\n30\tCHEQUE\n');
    expect(rows.map((r) => [r.amount, r.mode])).toEqual([['', ''], ['10', 'UPI'], ['20', 'NACH'], ['30', 'CHEQUE']]);
  });

  it('reads dates as India writes them and refuses impossible ones', () => {
    expect(parseDay('5/1/2026')).toBe('2026-01-05');
    expect(parseDay('2026-11-21')).toBe('2026-11-21');
    expect(parseDay('29/02/2026')).toBeUndefined();
  });
});
