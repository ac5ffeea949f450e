import 'fake-indexeddb/auto';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDayReport, visitsOfDay } from '../../../renderer/src/features/reports/day-report';
import { DayReportScreen } from '../../../renderer/src/features/reports/DayReportScreen';
import { DayReportView, type DayReportViewProps } from '../../../renderer/src/features/reports/DayReportView';
import { loadDayReportData } from '../../../renderer/src/features/reports/load';
import type { VisitRecord } from '../../../renderer/src/features/collections/model';
import { region, regionNames, textOf } from '../loan-page/fixtures';
import { at, DAY, freshDb, ON_DAY, outcome, paid, promised, record, setState } from './helpers';

const props = (patch: Partial<DayReportViewProps>): DayReportViewProps => ({
  day: DAY,
  today: DAY,
  onDayChange: () => {},
  content: { state: 'loading' },
  exportStatus: { state: 'idle' },
  onExport: () => {},
  ...patch,
});
const render = (patch: Partial<DayReportViewProps>) => renderToStaticMarkup(<DayReportView {...props(patch)} />);

describe('the day report screen with a day of visits', () => {
  let html = '';
  let cash: VisitRecord;
  let upi: VisitRecord;
  let gone: VisitRecord;

  beforeAll(async () => {
    const db = freshDb();
    cash = await paid(db, ON_DAY(9, 15), { amount: 123456.5, method: 'cash' }, { loanId: 'L1', borrowerName: 'Asha Devi' });
    upi = await paid(db, ON_DAY(10), { amount: 500, method: 'upi', reference: 'UTR9' }, { loanId: 'L/2', borrowerName: 'Bhola Nath' });
    gone = await paid(db, ON_DAY(10, 30), { amount: 75, method: 'cash' }, { loanId: 'L3', borrowerName: 'Chandni' });
    await record(db, ON_DAY(11), { loanId: 'L4', borrowerName: 'Dinesh', met: false, outcome: outcome('NOT_AVAILABLE') });
    await promised(db, ON_DAY(12), '2025-06-20', 1000, { loanId: 'L5', borrowerName: 'Esha' });
    await promised(db, at(2, 12), '2025-06-05', 2500, { loanId: 'L6', borrowerName: 'Farhan' });
    await setState(db, upi, 'sent', { serverRef: 'payment 4512' });
    await setState(db, gone, 'discarded');
    const data = await loadDayReportData(db, DAY);
    const report = buildDayReport(data.visits, data.outbox, DAY);
    html = render({ content: { state: 'ready', report, visits: visitsOfDay(data.visits, DAY) } });
  });

  it('has the heading, the Day picker on the chosen day, and Export CSV enabled', () => {
    expect(html).toContain('<h1 id="day-report-title">Day report</h1>');
    expect(html).toMatch(/<label for="([^"]+)">Day<\/label><span class="date-input"><input id="\1"[^>]*type="text"[^>]*value="10\/06\/2025"/);
    expect(html).toMatch(/<button type="button" class="primary">Export CSV<\/button>/);
    expect(regionNames(html)).toEqual(['Summary', 'Outcomes', 'Promises due or overdue', 'Promises made on this day', 'Visits']);
  });

  it('sums the day the Indian way: visits, met, collected, by method, sent and waiting; discarded left out but listed', () => {
    const summary = textOf(region(html, 'Summary'));
    expect(summary).toContain('Visits 5');
    expect(summary).toContain('Customers met 4');
    expect(summary).toContain('Collected ₹1,23,956.50 2 payments');
    expect(summary).toContain('Sent ₹500.00 1 payment');
    expect(summary).toContain('Waiting to send ₹1,23,456.50 1 payment');
    expect(summary).toContain('Cash 1 ₹1,23,456.50');
    expect(summary).toContain('UPI / online 1 ₹500.00');
    expect(summary).toContain('Cheque 0 ₹0.00');
    expect(summary).toContain('Bank transfer 0 ₹0.00');
    expect(summary).toContain('Discarded payments (not in the totals)');
    expect(summary).toMatch(/L3 · Chandni · Cash · ₹75\.00/);
  });

  it('counts outcomes', () => {
    const outcomes = textOf(region(html, 'Outcomes'));
    expect(outcomes).toContain('Paid partly 3');
    expect(outcomes).toContain('Not available / door locked 1');
    expect(outcomes).toContain('Promise to pay 1');
  });

  it('lists promises due with links to the loan, and the ones made today', () => {
    const dueHtml = region(html, 'Promises due or overdue');
    expect(dueHtml).toContain('<a href="#/loans/L6">L6</a>');
    expect(textOf(dueHtml)).toContain('Farhan 05/06/2025 · Overdue ₹2,500.00');
    expect(dueHtml).not.toContain('L5');
    expect(textOf(region(html, 'Promises made on this day'))).toContain('L5 Esha 20/06/2025 ₹1,000.00');
  });

  it('lists each visit with time, loan link, status badge and a receipt link only where money was taken', () => {
    const visits = region(html, 'Visits');
    const rows = visits.split('<tr>').slice(2);
    expect(rows).toHaveLength(5);
    expect(textOf(rows[0]!)).toMatch(/^ ?09:15 L1 Asha Devi Paid partly ₹1,23,456\.50 Cash Saved on this laptop Receipt ?$/);
    expect(rows[0]).toContain(`<a href="#/receipts/${cash.id}" aria-label="Receipt ${cash.receiptNo}">Receipt</a>`);
    expect(rows[1]).toContain('<a href="#/loans/L%2F2">L/2</a>');
    expect(textOf(rows[1]!)).toContain('Sent · payment 4512');
    expect(rows[2]).toContain('class="status-badge status-discarded"');
    expect(rows[3]).toContain('Kept on this laptop (no payment to send)');
    expect(rows[3]).not.toContain('#/receipts/');
    expect(html).not.toContain('No visits recorded on this day');
  });
});

describe('the day report screen in its other states', () => {
  it('says so kindly on a day with no visits, still lists promises due, and cannot export nothing', () => {
    const report = buildDayReport(
      [
        {
          id: '01JXA',
          loanId: 'L9',
          allocationMonth: '2025-6-01',
          borrowerName: 'Gita',
          capturedAt: at(1, 9),
          day: '2025-06-01',
          purpose: 'scheduled',
          met: true,
          outcome: outcome('PTP'),
          promise: { date: DAY, amount: 10 },
          agent: {},
        },
      ],
      new Map(),
      DAY,
    );
    const html = render({ content: { state: 'ready', report, visits: [] } });
    expect(textOf(html)).toContain('No visits recorded on this day.');
    expect(regionNames(html)).toEqual(['Promises due or overdue']);
    expect(textOf(html)).toContain('Due today');
    expect(html).toMatch(/<button type="button" class="primary" disabled="">Export CSV<\/button>/);
  });

  it('shows the file it saved, or why it could not, in plain words', () => {
    const report = buildDayReport([], new Map(), DAY);
    const ready = { state: 'ready' as const, report, visits: [] };
    expect(render({ content: ready, exportStatus: { state: 'saved', fileName: 'Day report 2025-06-10.csv' } })).toContain(
      '<p class="ok" role="status">Saved as Day report 2025-06-10.csv</p>',
    );
    expect(
      render({ content: ready, exportStatus: { state: 'error', message: 'The file could not be saved. Check the folder and free space, then try again.' } }),
    ).toContain('role="alert">The report could not be saved: The file could not be saved. Check the folder');
    expect(render({ content: ready, exportStatus: { state: 'saving' } })).toContain('Saving…</button>');
  });

  it('offers Today when another day is shown, and reports a read failure', () => {
    const html = render({ day: '2025-06-01', content: { state: 'error', message: 'QuotaExceededError' } });
    expect(html).toContain('>Today</button>');
    expect(html).toContain('role="alert">The visits could not be read from this laptop: QuotaExceededError</p>');
  });

  it('opens on today, loading, without touching the database or the bridge while rendering', () => {
    const html = renderToStaticMarkup(<DayReportScreen />);
    const today = new Date();
    const shown = `${String(today.getDate()).padStart(2, '0')}/${String(today.getMonth() + 1).padStart(2, '0')}/${today.getFullYear()}`;
    expect(html).toContain(`value="${shown}"`);
    expect(html).toContain('Loading the day’s visits…');
    expect(html).not.toContain('>Today</button>');
  });
});
