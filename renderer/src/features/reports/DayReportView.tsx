import { useId, type ReactNode } from 'react';
import { t } from '../../i18n';
import { DateInput } from '../../ui/DateInput';
import { formatRupees, formatVendorDate } from '../../ui/format';
import { hrefFor } from '../../ui/router';
import type { VisitRecord } from '../collections/model';
import { outcomeLabel } from '../collections/outcome-label';
import { StatusBadge } from '../sync/StatusBadge';
import { clockTime, methodWords, rupeesOf, type DayReport, type MoneyLine, type PromiseLine } from './day-report';
import { TableScroll } from '../../ui/TableScroll';

export type ExportStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; fileName: string }
  | { state: 'error'; message: string };

export type DayReportContent =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  /** `visits` are the day's visits in the order they happened. */
  | { state: 'ready'; report: DayReport; visits: readonly VisitRecord[] };

export interface DayReportViewProps {
  day: string;
  /** The latest day the picker offers. */
  today: string;
  onDayChange: (day: string) => void;
  content: DayReportContent;
  exportStatus: ExportStatus;
  onExport: () => void;
}

const money = (paise: number) => formatRupees(rupeesOf(paise));
const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The day report as pure props: the screen reads the laptop, this only shows. */
export function DayReportView({ day, today, onDayChange, content, exportStatus, onExport }: DayReportViewProps) {
  const dayId = useId();
  const ready = content.state === 'ready' ? content : undefined;
  const empty = ready !== undefined && ready.report.visits === 0;

  return (
    <main className="screen wide day-report" aria-labelledby="day-report-title">
      <div className="title-row">
        <h1 id="day-report-title">{t('report.title')}</h1>
        <div className="actions">
          <button
            type="button"
            className="primary"
            onClick={onExport}
            // A summarised day has totals but no visit rows left to export.
            disabled={!ready || empty || ready.visits.length === 0 || exportStatus.state === 'saving'}
          >
            {exportStatus.state === 'saving' ? t('report.exporting') : t('report.export')}
          </button>
        </div>
      </div>

      <div className="filters">
        <label htmlFor={dayId}>{t('report.day')}</label>
        <DateInput
          id={dayId}
          value={day}
          max={today}
          required
          onChange={(value) => {
            // A half-typed or cleared date keeps the day shown; only a whole date moves it.
            if (isDay(value) && value <= today) onDayChange(value);
          }}
        />
        {day !== today && (
          <button type="button" onClick={() => onDayChange(today)}>
            {t('report.today')}
          </button>
        )}
      </div>

      {exportStatus.state === 'saved' && (
        <p className="ok" role="status">
          {t('report.saved', { fileName: exportStatus.fileName })}
        </p>
      )}
      {exportStatus.state === 'error' && (
        <p className="error" role="alert">
          {t('report.exportFailed', { message: exportStatus.message })}
        </p>
      )}

      {content.state === 'loading' && <p role="status">{t('report.loading')}</p>}
      {content.state === 'error' && (
        <p className="error" role="alert">
          {t('report.loadFailed', { message: content.message })}
        </p>
      )}
      {ready && empty && <p className="empty">{t('report.empty')}</p>}
      {ready && ready.report.summarised && <p className="hint">{t('keepless.report.summarised')}</p>}
      {ready && !empty && <DayFigures report={ready.report} />}
      {ready && ready.report.promisesDue.length > 0 && (
        <Section id="report-promises-due" title={t('report.promisesDue.title')}>
          <PromiseTable promises={ready.report.promisesDue} due />
        </Section>
      )}
      {ready && !empty && ready.report.promisesMade.length > 0 && (
        <Section id="report-promises-made" title={t('report.promisesMade.title')}>
          <PromiseTable promises={ready.report.promisesMade} />
        </Section>
      )}
      {ready && !empty && ready.visits.length > 0 && <VisitTable report={ready.report} visits={ready.visits} />}
    </main>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function Figure({ label, value, detail }: { label: string; value: ReactNode; detail?: string }) {
  return (
    <div className="report-figure">
      <dt>{label}</dt>
      <dd>
        <span className="report-figure-value">{value}</span>
        {detail && <span className="muted"> {detail}</span>}
      </dd>
    </div>
  );
}

const paymentsDetail = (line: MoneyLine) =>
  line.count === 1 ? t('report.summary.onePayment') : t('report.summary.payments', { count: line.count });

function DayFigures({ report }: { report: DayReport }) {
  const { money: m } = report;
  return (
    <>
      <Section id="report-summary" title={t('report.summary.title')}>
        <dl className="report-figures">
          <Figure label={t('report.summary.visits')} value={report.visits} />
          <Figure label={t('report.summary.met')} value={report.customersMet} />
          <Figure label={t('report.summary.collected')} value={money(m.total.paise)} detail={paymentsDetail(m.total)} />
          <Figure label={t('report.summary.sent')} value={money(m.sent.paise)} detail={paymentsDetail(m.sent)} />
          <Figure label={t('report.summary.waiting')} value={money(m.waiting.paise)} detail={paymentsDetail(m.waiting)} />
        </dl>
        <h3 id="report-by-method">{t('report.byMethod.title')}</h3>
        <TableScroll>
          <table className="loan-table report-table" aria-labelledby="report-by-method">
            <thead>
              <tr>
                <th scope="col">{t('report.byMethod.method')}</th>
                <th scope="col" className="num">{t('report.byMethod.count')}</th>
                <th scope="col" className="num">{t('report.byMethod.amount')}</th>
              </tr>
            </thead>
            <tbody>
              {m.byMethod.map((line) => (
                <tr key={line.method}>
                  <th scope="row">{methodWords(line.method)}</th>
                  <td className="num">{line.count}</td>
                  <td className="num">{money(line.paise)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        {m.discarded.length > 0 && (
          <>
            <h3 id="report-discarded">{t('report.discarded.title')}</h3>
            <ul className="plain-list" aria-labelledby="report-discarded">
              {m.discarded.map((p) => (
                <li key={p.visitId}>
                  <a href={hrefFor({ name: 'loan', loanId: p.loanId })}>{p.loanId}</a> · {p.borrowerName} · {methodWords(p.method)} ·{' '}
                  {money(p.paise)}
                  {p.receiptNo ? ` · ${p.receiptNo}` : ''}
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>

      <Section id="report-outcomes" title={t('report.outcomes.title')}>
        <TableScroll>
          <table className="loan-table report-table" aria-labelledby="report-outcomes">
            <thead>
              <tr>
                <th scope="col">{t('report.outcomes.outcome')}</th>
                <th scope="col" className="num">{t('report.outcomes.count')}</th>
              </tr>
            </thead>
            <tbody>
              {report.outcomes.map((line) => (
                <tr key={line.code}>
                  <th scope="row">{outcomeLabel(line)}</th>
                  <td className="num">{line.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </Section>
    </>
  );
}

function PromiseTable({ promises, due = false }: { promises: readonly PromiseLine[]; due?: boolean }) {
  return (
    <TableScroll>
      <table className="loan-table report-table">
        <thead>
          <tr>
            <th scope="col">{t('report.promises.loan')}</th>
            <th scope="col">{t('report.promises.borrower')}</th>
            <th scope="col">{t('report.promises.date')}</th>
            <th scope="col" className="num">{t('report.promises.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {promises.map((p) => (
            <tr key={p.visitId}>
              <th scope="row">
                <a href={hrefFor({ name: 'loan', loanId: p.loanId })}>{p.loanId}</a>
              </th>
              <td>{p.borrowerName}</td>
              <td>
                {formatVendorDate(p.date)}
                {due && (
                  <span className={p.overdue ? 'warn' : 'muted'}>
                    {' '}
                    · {p.overdue ? t('report.promises.overdue') : t('report.promises.dueToday')}
                  </span>
                )}
              </td>
              <td className="num">{money(p.paise)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function VisitTable({ report, visits }: { report: DayReport; visits: readonly VisitRecord[] }) {
  return (
    <Section id="report-visits" title={t('report.visits.title')}>
      <TableScroll>
        <table className="loan-table report-table" aria-labelledby="report-visits">
          <thead>
            <tr>
              <th scope="col">{t('report.visits.time')}</th>
              <th scope="col">{t('report.visits.loan')}</th>
              <th scope="col">{t('report.visits.borrower')}</th>
              <th scope="col">{t('report.visits.outcome')}</th>
              <th scope="col" className="num">{t('report.visits.amount')}</th>
              <th scope="col">{t('report.visits.status')}</th>
              <th scope="col">{t('report.visits.receipt')}</th>
            </tr>
          </thead>
          <tbody>
            {visits.map((visit) => {
              const status = report.statuses[visit.id] ?? { status: visit.payment ? 'pending' : 'local-only' };
              return (
                <tr key={visit.id}>
                  <td>{clockTime(visit.capturedAt)}</td>
                  <th scope="row">
                    <a href={hrefFor({ name: 'loan', loanId: visit.loanId })}>{visit.loanId}</a>
                  </th>
                  <td>{visit.borrowerName}</td>
                  <td>{outcomeLabel(visit.outcome)}</td>
                  <td className="num">
                    {visit.payment ? (
                      <>
                        {formatRupees(visit.payment.amount)}
                        <span className="muted"> {methodWords(visit.payment.method)}</span>
                      </>
                    ) : (
                      ''
                    )}
                  </td>
                  <td>
                    <StatusBadge state={status.status} {...(status.serverRef ? { serverRef: status.serverRef } : {})} />
                  </td>
                  <td>
                    {visit.payment && (
                      <a
                        href={hrefFor({ name: 'receipt', visitId: visit.id })}
                        aria-label={t('report.visits.receiptFor', { receiptNo: visit.receiptNo ?? visit.id })}
                      >
                        {t('report.visits.receipt')}
                      </a>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </Section>
  );
}
