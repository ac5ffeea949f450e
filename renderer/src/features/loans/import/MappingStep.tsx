import { useEffect, useId, useRef, type FormEvent } from 'react';
import { t } from '../../../i18n';
import { fieldLabels, targetFields, type ColumnMapping, type TargetField } from './columns';
import type { AllocationTable } from './readAllocationFile';
import { mappingIsComplete } from './useAllocationImport';
import { TableScroll } from '../../../ui/TableScroll';

interface Props {
  table: AllocationTable;
  mapping: ColumnMapping;
  saving: boolean;
  error?: string;
  onColumn(field: TargetField, column: number | undefined): void;
  onImport(): void;
  onCancel(): void;
}

const previewRows = 5;

/** Step 2: the guessed column for each field, changeable, with the file's first rows beside it. */
export function MappingStep({ table, mapping, saving, error, onColumn, onImport, onCancel }: Props) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on the new step rather than at the top of the page.
  useEffect(() => heading.current?.focus(), [table]);

  const complete = mappingIsComplete(mapping);
  const preview = firstRows(table, previewRows);
  const columnName = (header: string, index: number) =>
    header ? t('import.columns.column', { n: index + 1, name: header }) : t('import.columns.unnamed', { n: index + 1 });

  function submit(event: FormEvent) {
    event.preventDefault();
    onImport();
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('import.step.columns')}
      </h2>
      <p className="hint">{t('import.columns.hint')}</p>
      <form onSubmit={submit}>
        <div className="mapping">
          {targetFields.map((field) => (
            <div key={field} className="mapping-field">
              <label htmlFor={`${id}-${field}`}>{t(fieldLabels[field])}</label>
              <select
                id={`${id}-${field}`}
                value={mapping[field] ?? ''}
                disabled={saving}
                onChange={(event) => onColumn(field, event.target.value === '' ? undefined : Number(event.target.value))}
              >
                <option value="">{t('import.columns.notInFile')}</option>
                {table.headers.map((header, index) => (
                  <option key={index} value={index}>
                    {columnName(header, index)}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
        {!complete && (
          <p id={`${id}-required`} className="hint">
            {t('import.columns.required')}
          </p>
        )}
        <div className="actions">
          <button
            type="submit"
            className="primary"
            disabled={!complete || saving}
            aria-describedby={complete ? undefined : `${id}-required`}
          >
            {table.dataRows === 1 ? t('import.submitOne') : t('import.submit', { count: table.dataRows })}
          </button>
          <button type="button" onClick={onCancel} disabled={saving}>
            {t('import.chooseAnother')}
          </button>
          <span role="status" aria-live="polite" className="progress">
            {saving ? t('import.saving', { count: table.dataRows }) : ''}
          </span>
        </div>

        <TableScroll>
          <table className="data-table">
            <caption>{t('import.preview.caption', { name: table.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.preview.row')}</th>
                {table.headers.map((header, index) => (
                  <th scope="col" key={index}>
                    {header || t('import.columns.unnamed', { n: index + 1 })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.map(({ fileRow, cells }) => (
                <tr key={fileRow}>
                  <td>{fileRow}</td>
                  {table.headers.map((_, index) => (
                    <td key={index}>{cells[index] ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>

        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}

function firstRows(table: AllocationTable, count: number): { fileRow: number; cells: string[] }[] {
  const rows: { fileRow: number; cells: string[] }[] = [];
  for (let index = table.headerIndex + 1; index < table.rows.length && rows.length < count; index++) {
    const cells = table.rows[index]!;
    if (cells.some((cell) => cell.trim() !== '')) rows.push({ fileRow: index + 1, cells });
  }
  return rows;
}
