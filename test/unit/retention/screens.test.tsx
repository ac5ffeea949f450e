import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentList } from '../../../renderer/src/features/kyc/DocumentList';
import type { KycDocument } from '../../../renderer/src/features/kyc/model';
import { DayReportView } from '../../../renderer/src/features/reports/DayReportView';
import { buildDayReport } from '../../../renderer/src/features/reports/day-report';
import { loadDayReportData } from '../../../renderer/src/features/reports/load';
import { runRetention } from '../../../renderer/src/features/retention/run';
import { regionNames, textOf } from '../loan-page/fixtures';
import { at, DAY_MS, freshDb, payment, settle } from './helpers';

const doc: KycDocument = {
  id: '01JXKYCDOC000000000000000',
  requestFlowId: '46501',
  loanId: 'L1',
  name: 'pan.jpg',
  type: 'image/jpeg',
  createdAt: 1,
  original: { name: 'pan.jpg', type: 'image/jpeg', size: 10 },
  size: 10,
  keptAsIs: true,
  source: 'file',
  uploaded: { documentId: 77, storedName: 'pan.jpg', fields: [], ocrError: null, uploadedAt: 2 },
};

describe('the document list after upload', () => {
  it('says the file left the laptop, with no picture, even once the sent item itself is gone', () => {
    for (const item of [{ state: 'sent' } as never, undefined]) {
      const html = renderToStaticMarkup(<DocumentList rows={[{ doc, item }]} />);
      expect(textOf(html)).toContain('Uploaded. GLAAS has the file, so it was removed from this laptop.');
      expect(textOf(html)).toContain('Sent');
      expect(html).not.toContain('<img');
    }
  });

  it('says nothing of the kind while the file is still here', () => {
    const html = renderToStaticMarkup(<DocumentList rows={[{ doc: { ...doc, uploaded: undefined, file: { type: 'image/jpeg', bytes: new Uint8Array([1]) } } as KycDocument, item: { state: 'pending' } as never }]} />);
    expect(textOf(html)).not.toContain('removed from this laptop');
  });
});

describe('the day report of a summarised day', () => {
  let html = '';
  beforeAll(async () => {
    const db = freshDb();
    const v = await payment(db, at(10, 9), 500, 'upi');
    await settle(db, v.id, 'sent', at(10, 9, 5));
    await runRetention(db, { now: at(10, 9) + 100 * DAY_MS, days: 90 });
    const data = await loadDayReportData(db, '2025-06-10');
    const report = buildDayReport(data.visits, data.outbox, '2025-06-10', data.kept);
    html = renderToStaticMarkup(
      <DayReportView day="2025-06-10" today="2025-09-30" onDayChange={() => {}} content={{ state: 'ready', report, visits: [] }} exportStatus={{ state: 'idle' }} onExport={() => {}} />,
    );
  });

  it('shows its kept totals, says why the visits are not listed, and has no empty visit table', () => {
    expect(textOf(html)).toContain('Only the totals are kept.');
    expect(regionNames(html)).not.toContain('Visits');
    expect(regionNames(html)).toContain('Summary');
    expect(textOf(html)).toContain('500');
  });
});
