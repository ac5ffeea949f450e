import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FieldDeskDb } from '../../../renderer/src/db/schema';
import {
  buildDayReport,
  csvFileName,
  dayReportCsv,
  plainAmount,
  toPaise,
  type DayReport,
} from '../../../renderer/src/features/reports/day-report';
import { loadDayReportData } from '../../../renderer/src/features/reports/load';
import { fileChannels } from '../../../shared/contract-files';
import { savedTextBytes } from '../../../electron/main/services/saved-files';
import { at, DAY, freshDb, ON_DAY, outcome, paid, promised, record, setState } from './helpers';

let db: FieldDeskDb;
beforeEach(() => {
  db = freshDb();
});

async function reportFor(day = DAY): Promise<DayReport> {
  const data = await loadDayReportData(db, day);
  return buildDayReport(data.visits, data.outbox, day);
}

const method = (report: DayReport, name: string) => report.money.byMethod.find((l) => l.method === name);

describe('the day report: visits and outcomes', () => {
  it('counts the day’s visits, the customers met and each outcome, most frequent first', async () => {
    await record(db, ON_DAY(9), { loanId: 'L1', outcome: outcome('NOT_AVAILABLE'), met: false });
    await record(db, ON_DAY(10), { loanId: 'L2', outcome: outcome('REFUSED') });
    await promised(db, ON_DAY(11), DAY, 500, { loanId: 'L3' });
    await record(db, ON_DAY(12), { loanId: 'L4', outcome: outcome('REFUSED') });
    await promised(db, ON_DAY(13), '2025-06-20', 800, { loanId: 'L5' });
    await record(db, ON_DAY(14), { loanId: 'L2', outcome: outcome('REFUSED'), whoMet: 'family' });
    // Other days are not this day's work.
    await record(db, at(9, 10), { loanId: 'L6', outcome: outcome('DISPUTE') });
    await record(db, at(11, 10), { loanId: 'L7', outcome: outcome('DISPUTE') });

    const report = await reportFor();
    expect(report.day).toBe(DAY);
    expect(report.visits).toBe(6);
    // L1 was not met; L2 was met twice but is one customer.
    expect(report.customersMet).toBe(4);
    expect(report.outcomes).toEqual([
      { code: 'REFUSED', label: 'Refused to pay', count: 3 },
      { code: 'PTP', label: 'Promise to pay', count: 2 },
      { code: 'NOT_AVAILABLE', label: 'Not available / door locked', count: 1 },
    ]);
    expect(report.promisesMade.map((p) => [p.loanId, p.date, p.paise])).toEqual([
      ['L3', DAY, 50_000],
      ['L5', '2025-06-20', 80_000],
    ]);
  });

  it('breaks ties between outcomes by which came first in the day', async () => {
    await record(db, ON_DAY(9), { outcome: outcome('SHIFTED') });
    await record(db, ON_DAY(10), { outcome: outcome('DISPUTE') });
    await record(db, ON_DAY(11), { outcome: outcome('DISPUTE') });
    await record(db, ON_DAY(12), { outcome: outcome('SHIFTED') });
    await record(db, ON_DAY(13), { outcome: outcome('CALL_BACK') });
    expect((await reportFor()).outcomes.map((o) => o.code)).toEqual(['SHIFTED', 'DISPUTE', 'CALL_BACK']);
  });

  it('is empty, not broken, on a day with no visits', async () => {
    await record(db, at(9, 10));
    const report = await reportFor();
    expect(report.visits).toBe(0);
    expect(report.customersMet).toBe(0);
    expect(report.outcomes).toEqual([]);
    expect(report.money.total).toEqual({ count: 0, paise: 0 });
    expect(report.money.byMethod.map((l) => [l.method, l.count, l.paise])).toEqual([
      ['cash', 0, 0],
      ['cheque', 0, 0],
      ['upi', 0, 0],
      ['bank-transfer', 0, 0],
    ]);
  });
});

describe('the day report: money', () => {
  it('adds amounts by method in whole paise, with no floating-point drift', async () => {
    // 0.1 + 0.2 is 0.30000000000000004 in rupees; the report must say exactly 30 paise.
    expect(0.1 + 0.2).not.toBe(0.3);
    await paid(db, ON_DAY(9), { amount: 0.1, method: 'cash' });
    await paid(db, ON_DAY(9, 30), { amount: 0.2, method: 'cash' });
    await paid(db, ON_DAY(10), { amount: 1234.56, method: 'cheque', cheque: { number: '004512', bank: 'SBI', date: DAY } });
    await paid(db, ON_DAY(11), { amount: 999.99, method: 'cheque', cheque: { number: '004513', bank: 'SBI', date: DAY } });
    await paid(db, ON_DAY(12), { amount: 100.1, method: 'upi', reference: '412345678901' });
    await paid(db, ON_DAY(13), { amount: 0.07, method: 'bank-transfer', reference: 'NEFT123' });
    await record(db, ON_DAY(14)); // no money

    const report = await reportFor();
    expect(method(report, 'cash')).toEqual({ method: 'cash', count: 2, paise: 30 });
    expect(method(report, 'cheque')).toEqual({ method: 'cheque', count: 2, paise: 223_455 });
    expect(method(report, 'upi')).toEqual({ method: 'upi', count: 1, paise: 10_010 });
    expect(method(report, 'bank-transfer')).toEqual({ method: 'bank-transfer', count: 1, paise: 7 });
    expect(report.money.total).toEqual({ count: 6, paise: 30 + 223_455 + 10_010 + 7 });
    expect(report.money.total.paise).toBe(233_502);
    // Nothing is sent yet: all of it is waiting.
    expect(report.money.sent).toEqual({ count: 0, paise: 0 });
    expect(report.money.waiting).toEqual(report.money.total);
  });

  it('splits sent from waiting by the outbox state, and leaves discarded payments out of every total', async () => {
    const sent = await paid(db, ON_DAY(9), { amount: 1500, method: 'cash' }, { loanId: 'L1' });
    const rejected = await paid(db, ON_DAY(10), { amount: 250.5, method: 'upi', reference: 'UTR1' }, { loanId: 'L2' });
    const discarded = await paid(db, ON_DAY(11), { amount: 999, method: 'cash' }, { loanId: 'L3', borrowerName: 'Mohan Lal' });
    const unknown = await paid(db, ON_DAY(12), { amount: 10.25, method: 'cash' }, { loanId: 'L4' });
    await paid(db, ON_DAY(13), { amount: 1, method: 'cheque', cheque: { number: '1', bank: 'HDFC', date: DAY } }, { loanId: 'L5' });
    await setState(db, sent, 'sent', { serverRef: 'payment 4512' });
    await setState(db, rejected, 'rejected');
    await setState(db, discarded, 'discarded');
    await setState(db, unknown, 'unknown');

    const report = await reportFor();
    expect(report.money.total).toEqual({ count: 4, paise: 150_000 + 25_050 + 1_025 + 100 });
    expect(report.money.sent).toEqual({ count: 1, paise: 150_000 });
    expect(report.money.waiting).toEqual({ count: 3, paise: 25_050 + 1_025 + 100 });
    expect(method(report, 'cash')).toEqual({ method: 'cash', count: 2, paise: 151_025 });
    expect(report.money.discarded).toEqual([
      { visitId: discarded.id, loanId: 'L3', borrowerName: 'Mohan Lal', method: 'cash', paise: 99_900, receiptNo: discarded.receiptNo },
    ]);
    expect(report.statuses[sent.id]).toEqual({ status: 'sent', serverRef: 'payment 4512' });
    expect(report.statuses[discarded.id]).toEqual({ status: 'discarded' });
    // The discarded visit still happened: it counts as a visit and an outcome.
    expect(report.visits).toBe(5);
  });

  it('rounds a stored amount to the nearest paisa and writes paise as plain rupees', () => {
    expect(toPaise(1234.565)).toBe(123_457);
    expect(toPaise(0.1 + 0.2)).toBe(30);
    expect(plainAmount(233_502)).toBe('2335.02');
    expect(plainAmount(7)).toBe('0.07');
    expect(plainAmount(150_000)).toBe('1500.00');
    expect(plainAmount(-5)).toBe('-0.05');
  });
});

describe('the day report: promises due', () => {
  const due = (report: DayReport) => report.promisesDue.map((p) => [p.loanId, p.date, p.paise, p.overdue]);

  it('lists a promise made today for today', async () => {
    await promised(db, ON_DAY(9), DAY, 500, { loanId: 'L1' });
    expect(due(await reportFor())).toEqual([['L1', DAY, 50_000, false]]);
  });

  it('lists a promise made on an earlier day that falls due today, or fell due before and was not paid', async () => {
    await promised(db, at(3, 11), DAY, 2000, { loanId: 'L1', borrowerName: 'Asha Devi' });
    await promised(db, at(1, 11), '2025-06-05', 700.5, { loanId: 'L2', borrowerName: 'Bhola Nath' });
    const report = await reportFor();
    // Oldest promised date first: the most overdue at the top.
    expect(due(report)).toEqual([
      ['L2', '2025-06-05', 70_050, true],
      ['L1', DAY, 200_000, false],
    ]);
    expect(report.promisesDue[0]!.borrowerName).toBe('Bhola Nath');
    // Earlier days' promises are due, but were not made today.
    expect(report.promisesMade).toEqual([]);
    expect(report.visits).toBe(0);
  });

  it('drops a promise once money is taken on that loan after it was made', async () => {
    await promised(db, at(5, 11), '2025-06-08', 2000, { loanId: 'L1' });
    await paid(db, ON_DAY(9), { amount: 500, method: 'cash' }, { loanId: 'L1' });
    // A promise and a payment the same day, payment later: settled too.
    await promised(db, ON_DAY(10), DAY, 300, { loanId: 'L2' });
    await paid(db, ON_DAY(15), { amount: 300, method: 'upi', reference: 'U1' }, { loanId: 'L2' });
    // A payment BEFORE the promise does not settle it.
    await paid(db, at(4, 9), { amount: 100, method: 'cash' }, { loanId: 'L3' });
    await promised(db, at(4, 10), '2025-06-09', 900, { loanId: 'L3' });
    // A payment on another loan does not settle it either.
    await promised(db, at(6, 10), DAY, 400, { loanId: 'L4' });
    await paid(db, ON_DAY(11), { amount: 400, method: 'cash' }, { loanId: 'L5' });
    expect(due(await reportFor())).toEqual([['L3', '2025-06-09', 90_000, true], ['L4', DAY, 40_000, false]]);
  });

  it('does not list a promise for a later date', async () => {
    await promised(db, ON_DAY(9), '2025-06-11', 500, { loanId: 'L1' });
    await promised(db, at(2, 9), '2025-07-01', 500, { loanId: 'L2' });
    expect(due(await reportFor())).toEqual([]);
  });

  it('goes by the latest promise on a loan: a new promise replaces an overdue one', async () => {
    await promised(db, at(1, 9), '2025-06-03', 100, { loanId: 'L1' });
    await promised(db, at(4, 9), '2025-06-15', 200, { loanId: 'L1' });
    await promised(db, at(1, 9), '2025-06-20', 100, { loanId: 'L2' });
    await promised(db, at(4, 9), '2025-06-06', 300, { loanId: 'L2' });
    expect(due(await reportFor())).toEqual([['L2', '2025-06-06', 30_000, true]]);
  });

  it('keeps a promise whose later payment was discarded (that money never reached anyone)', async () => {
    await promised(db, at(5, 11), '2025-06-08', 2000, { loanId: 'L1' });
    const payment = await paid(db, ON_DAY(9), { amount: 2000, method: 'cash' }, { loanId: 'L1' });
    expect(due(await reportFor())).toEqual([]);
    await setState(db, payment, 'discarded');
    expect(due(await reportFor())).toEqual([['L1', '2025-06-08', 200_000, true]]);
  });

  it('on a past day, says what was due then: later payments and promises do not count', async () => {
    await promised(db, at(5, 11), '2025-06-08', 2000, { loanId: 'L1' });
    await paid(db, ON_DAY(9), { amount: 2000, method: 'cash' }, { loanId: 'L1' });
    await promised(db, at(9, 9), '2025-06-30', 100, { loanId: 'L2' });
    await promised(db, ON_DAY(9), '2025-06-09', 100, { loanId: 'L2' });
    expect(due(await reportFor('2025-06-09'))).toEqual([['L1', '2025-06-08', 200_000, true]]);
    expect(due(await reportFor(DAY))).toEqual([['L2', '2025-06-09', 10_000, true]]);
  });

  it('ignores a promise kept on a visit whose outcome did not ask for one', async () => {
    await record(db, ON_DAY(9), { outcome: outcome('REFUSED'), promise: { date: DAY, amount: 100 } });
    const report = await reportFor();
    expect(report.promisesDue).toEqual([]);
    expect(report.promisesMade).toEqual([]);
  });
});

describe('the day report loader', () => {
  it('reads the day’s visits, earlier promises and the later payments on those loans, with their outbox items', async () => {
    const today = await paid(db, ON_DAY(9), { amount: 10, method: 'cash' }, { loanId: 'L9' });
    const promise = await promised(db, at(2, 9), '2025-06-05', 50, { loanId: 'L1' });
    const later = await paid(db, at(6, 9), { amount: 50, method: 'cash' }, { loanId: 'L1' });
    const unrelated = await record(db, at(6, 10), { loanId: 'L2' });
    const future = await paid(db, at(12, 9), { amount: 50, method: 'cash' }, { loanId: 'L1' });

    const data = await loadDayReportData(db, DAY);
    const ids = new Set(data.visits.map((v) => v.id));
    expect(ids).toEqual(new Set([today.id, promise.id, later.id]));
    expect(ids.has(unrelated.id)).toBe(false);
    expect(ids.has(future.id)).toBe(false);
    expect([...data.outbox.keys()].sort()).toEqual([today.id, later.id].sort());
    expect(data.outbox.get(today.id)).toMatchObject({ state: 'pending', amount: 10, kind: 'credgenics.payment' });
  });
});

describe('the day report as CSV', () => {
  const parse = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

  it('has a header row and one row per visit of the day, in time order, with plain numbers', async () => {
    const cheque = await paid(
      db,
      ON_DAY(11, 5),
      { amount: 1234.5, method: 'cheque', cheque: { number: '004512', bank: 'SBI', date: DAY } },
      { loanId: 'L2', borrowerName: 'Bhola Nath', purpose: 'ptp-follow-up', remarks: 'Paid by cheque' },
    );
    await record(db, ON_DAY(9, 30), { loanId: 'L1', met: false, outcome: outcome('NOT_AVAILABLE'), purpose: 'surprise' });
    await promised(db, ON_DAY(16, 45), '2025-06-15', 2500.75, { loanId: 'L3', borrowerName: 'Chandni', whoMet: 'co-applicant' });
    const upi = await paid(db, ON_DAY(17), { amount: 123456.07, method: 'upi', reference: '412345678901' }, { loanId: 'L4' });
    await setState(db, upi, 'sent', { serverRef: 'payment 7' });
    await record(db, at(9, 10), { loanId: 'L5' }); // another day

    const data = await loadDayReportData(db, DAY);
    const report = buildDayReport(data.visits, data.outbox, DAY);
    const csv = dayReportCsv(report, data.visits);
    // The main process adds the BOM when it writes a .csv (savedTextBytes): one owner, no double BOM.
    expect(csv.startsWith('Time,Loan id,')).toBe(true);
    const bytes = savedTextBytes(csvFileName(DAY), csv).toString('utf8');
    expect(bytes.startsWith('\uFEFFTime,')).toBe(true);
    const rows = parse(csv);
    expect(rows[0]).toEqual([
      'Time',
      'Loan id',
      'Borrower',
      'Purpose',
      'Met',
      'Who met',
      'Outcome',
      'Amount (₹)',
      'Method',
      'Reference (cheque no / UTR)',
      'Receipt no',
      'Promise date',
      'Promise amount (₹)',
      'Remarks',
      'Status',
    ]);
    expect(rows).toHaveLength(1 + 4);
    expect(rows[1]).toEqual(['09:30', 'L1', 'Asha Devi', 'Surprise', 'No', '', 'Not available / door locked', '', '', '', '', '', '', '', 'Kept on this laptop (no payment to send)']);
    expect(rows[2]).toEqual([
      '11:05',
      'L2',
      'Bhola Nath',
      'Promise follow-up',
      'Yes',
      'Borrower',
      'Paid partly',
      '1234.50',
      'Cheque',
      '004512',
      cheque.receiptNo,
      '',
      '',
      'Paid by cheque',
      'Saved on this laptop',
    ]);
    expect(rows[3]).toEqual(['16:45', 'L3', 'Chandni', 'Scheduled', 'Yes', 'Co-applicant', 'Promise to pay', '', '', '', '', '2025-06-15', '2500.75', '', 'Kept on this laptop (no payment to send)']);
    expect(rows[4]![7]).toBe('123456.07');
    expect(rows[4]![8]).toBe('UPI / online');
    expect(rows[4]![9]).toBe('412345678901');
    expect(rows[4]![14]).toBe('Sent');
    // Plain numbers: no rupee sign, no Indian grouping commas, anywhere below the header.
    const body = csv.split('\r\n').slice(1).join('\n');
    expect(body).not.toContain('₹');
    expect(body).not.toContain('1,23,456');
    // Spreadsheets sum the column to the paisa.
    const sum = rows.slice(1).reduce((s, r) => s + toPaise(Number(r[7] || 0)), 0);
    expect(sum).toBe(report.money.total.paise);
  });

  it('quotes remarks with commas, quotes and new lines, and keeps formula-like text as text', async () => {
    const remarks = 'Said "come back Monday", gate locked\nneighbour helped';
    await record(db, ON_DAY(9), { remarks });
    await record(db, ON_DAY(10), { remarks: '=HYPERLINK("http://x","click")' });
    await record(db, ON_DAY(11), { borrowerName: 'Sharma, Ramesh' });
    const data = await loadDayReportData(db, DAY);
    const csv = dayReportCsv(buildDayReport(data.visits, data.outbox, DAY), data.visits);
    expect(csv).toContain('"Said ""come back Monday"", gate locked\nneighbour helped"');
    expect(csv).toContain('"Sharma, Ramesh"');
    const rows = parse(csv);
    expect(rows).toHaveLength(4);
    expect(rows[1]![13]).toBe(remarks);
    expect(rows[2]![13]).toBe(`'=HYPERLINK("http://x","click")`);
    expect(rows[3]![2]).toBe('Sharma, Ramesh');
    // Every row has the header's 15 cells.
    for (const row of rows) expect(row).toHaveLength(15);
  });

  it('keeps a formula after leading spaces (and full-width signs) as text too (issue 12)', async () => {
    await record(db, ON_DAY(9), { remarks: '   =HYPERLINK("http://x","click")' });
    await record(db, ON_DAY(10), { remarks: '\u00a0+cmd|calc' });
    await record(db, ON_DAY(11), { remarks: '\uff1dSUM(A1)' });
    await record(db, ON_DAY(12), { remarks: 'Paid 1,000 - rest next week' });
    const data = await loadDayReportData(db, DAY);
    const rows = parse(dayReportCsv(buildDayReport(data.visits, data.outbox, DAY), data.visits));
    expect(rows[1]![13]).toBe(`'   =HYPERLINK("http://x","click")`);
    expect(rows[2]![13]).toBe(`'\u00a0+cmd|calc`);
    expect(rows[3]![13]).toBe(`'\uff1dSUM(A1)`);
    expect(rows[4]![13]).toBe('Paid 1,000 - rest next week');
  });

  it('has only the header on a day with no visits, and a file name the save channel accepts', async () => {
    const report = buildDayReport([], new Map(), DAY);
    expect(parse(dayReportCsv(report, []))).toHaveLength(1);
    expect(csvFileName(DAY)).toBe('Day report 2025-06-10.csv');
    expect(fileChannels['files.saveText'].input.safeParse({ suggestedName: csvFileName(DAY), text: '' }).success).toBe(true);
  });
});
