import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../../api';
import { db } from '../../db/schema';
import { describeError } from '../../ui/errors';
import { localDay } from '../collections/capture';
import { useLiveQuery } from '../loans/page/useLiveQuery';
import { buildDayReport, csvFileName, dayReportCsv, visitsOfDay } from './day-report';
import { DayReportView, type DayReportContent, type ExportStatus } from './DayReportView';
import { loadDayReportData } from './load';
import './day-report.css';

const messageOf = (error: unknown) => (error instanceof Error && error.message ? error.message : String(error));

/**
 * One day's visits and money, read from the laptop (works with no network) and kept current:
 * a visit saved or a payment sent while the report is open shows at once.
 */
export function DayReportScreen({ initialDay }: { initialDay?: string } = {}) {
  const today = useMemo(() => localDay(Date.now()), []);
  const [day, setDay] = useState(initialDay ?? today);
  const [exportStatus, setExportStatus] = useState<ExportStatus>({ state: 'idle' });
  const data = useLiveQuery(() => loadDayReportData(db(), day), [day]);
  // An answer for a day no longer shown is dropped, not shown under another day.
  const shownDay = useRef(day);

  useEffect(() => {
    shownDay.current = day;
    setExportStatus({ state: 'idle' });
  }, [day]);

  const content = useMemo((): DayReportContent => {
    if (data.state === 'loading') return { state: 'loading' };
    if (data.state === 'error') return { state: 'error', message: messageOf(data.error) };
    const { visits, outbox, kept } = data.value;
    return { state: 'ready', report: buildDayReport(visits, outbox, day, kept), visits: visitsOfDay(visits, day) };
  }, [data, day]);

  const exportCsv = useCallback(async () => {
    if (content.state !== 'ready') return;
    const forDay = day;
    setExportStatus({ state: 'saving' });
    let next: ExportStatus;
    try {
      const text = dayReportCsv(content.report, content.visits);
      const result = await api.files.saveText({ suggestedName: csvFileName(forDay), text });
      if (!result.ok) next = { state: 'error', message: describeError(result.error) };
      // The user closed the save dialog: nothing to say.
      else next = result.value.saved ? { state: 'saved', fileName: result.value.fileName } : { state: 'idle' };
    } catch (error) {
      next = { state: 'error', message: messageOf(error) };
    }
    if (shownDay.current === forDay) setExportStatus(next);
  }, [content, day]);

  return (
    <DayReportView
      day={day}
      today={today}
      onDayChange={setDay}
      content={content}
      exportStatus={exportStatus}
      onExport={() => void exportCsv()}
    />
  );
}
