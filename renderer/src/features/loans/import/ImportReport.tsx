import { useEffect, useId, useRef } from 'react';
import { t } from '../../../i18n';
import type { BadRow } from './validate';
import { TableScroll } from '../../../ui/TableScroll';

/** Beyond this many, the table would only slow the screen; the count still says how many. */
const maxShown = 500;

interface Props {
  loanIds: string[];
  bad: BadRow[];
  onAgain(): void;
}

/** Step 3: how many loans came in, and every row that did not, with its row number and reason. */
export function ImportReport({ loanIds, bad, onAgain }: Props) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const shown = bad.slice(0, maxShown);

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('import.step.report')}
      </h2>
      <p role="status" className="report-summary">
        {loanIds.length === 1 ? t('import.report.importedOne') : t('import.report.imported', { count: loanIds.length })}
      </p>
      {bad.length > 0 && (
        <>
          <p className="warn-text">{t('import.report.badCount', { count: bad.length })}</p>
          <TableScroll>
            <table className="data-table">
              <caption>{t('import.report.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('import.report.row')}</th>
                  <th scope="col">{t('import.report.loanId')}</th>
                  <th scope="col">{t('import.report.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => (
                  <tr key={row.fileRow}>
                    <td>{row.fileRow}</td>
                    <td>{row.loanId ?? ''}</td>
                    <td>{row.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {bad.length > shown.length && (
            <p className="hint">{t('import.report.truncated', { shown: shown.length, count: bad.length })}</p>
          )}
        </>
      )}
      <div className="actions">
        <button type="button" onClick={onAgain}>
          {t('import.report.again')}
        </button>
      </div>
    </section>
  );
}
