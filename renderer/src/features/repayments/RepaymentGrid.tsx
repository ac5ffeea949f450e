import { memo, useCallback, useMemo, useReducer, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { glaasPaymentModes } from '../../../../shared/settings';
import { db } from '../../db/schema';
import { t } from '../../i18n';
import { formatRupees } from '../../ui/format';
import { localDay } from '../collections/capture';
import { useRepaymentMapping } from '../deposits/MappingConfirm';
import { useSettingsStore } from '../../stores/settings';
import {
  emptyRow,
  gridColumns,
  isBlank,
  loanIndex,
  loanLabel,
  parseAmount,
  pasteInto,
  postRows,
  validateRow,
  type GridColumn,
  type GridLoan,
  type GridRow,
  type LoanLookup,
  type RowErrors,
} from './grid';
import { TableScroll } from '../../ui/TableScroll';

type Action =
  | { type: 'edit'; index: number; column: GridColumn; value: string }
  | { type: 'replace'; rows: GridRow[] }
  | { type: 'add' };

function reducer(rows: GridRow[], action: Action): GridRow[] {
  switch (action.type) {
    case 'edit': {
      const next = rows.slice();
      next[action.index] = { ...rows[action.index]!, [action.column]: action.value };
      return next;
    }
    case 'replace':
      return action.rows;
    case 'add':
      return [...rows, emptyRow()];
  }
}

/** Few blank rows to start: Enter on the last adds one, and a paste grows the grid to fit. */
const START_ROWS = 3;
const columnLabel: Record<GridColumn, Parameters<typeof t>[0]> = {
  loan: 'grid.col.loan',
  amount: 'grid.col.amount',
  mode: 'grid.col.mode',
  date: 'grid.col.date',
  reference: 'grid.col.reference',
  comment: 'grid.col.comment',
};

/**
 * The branch officer's counter receipts: a grid typed like a spreadsheet (Enter goes down, Tab
 * across) or pasted from one. Every row is checked on its own; Post queues nothing until every
 * row is right, then queues all of them at once.
 */
export function RepaymentGrid({ loans, initialRows }: { loans: readonly GridLoan[]; initialRows?: GridRow[] }) {
  const [rows, dispatch] = useReducer(reducer, undefined, () => initialRows ?? Array.from({ length: START_ROWS }, emptyRow));
  const [errors, setErrors] = useState<Map<string, RowErrors>>(new Map());
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const [posting, setPosting] = useState(false);
  const mapping = useRepaymentMapping();
  const alsoCredgenics = useSettingsStore((s) => s.settings?.deposits?.gridAlsoCredgenics);
  const agentEmail = useSettingsStore((s) => s.settings?.collections?.agentEmail);
  const lookup = useMemo(() => loanIndex(loans), [loans]);
  const table = useRef<HTMLTableElement>(null);
  const rowsRef = useRef(rows);
  rowsRef.current = rows;

  const filled = rows.filter((r) => !isBlank(r));
  const total = filled.reduce((sum, r) => sum + Math.round((parseAmount(r.amount) ?? 0) * 100), 0) / 100;

  const focusCell = (index: number, column: GridColumn) =>
    requestAnimationFrame(() => table.current?.querySelector<HTMLElement>(`[data-cell="${index}:${column}"]`)?.focus());

  const onEdit = useCallback((index: number, column: GridColumn, value: string) => {
    dispatch({ type: 'edit', index, column, value });
    // A fixed cell loses its error as soon as the row is right; the rest stay until Post.
    setErrors((current) => {
      const key = rowsRef.current[index]?.key;
      if (!key || !current.has(key)) return current;
      const next = new Map(current);
      const row = { ...rowsRef.current[index]!, [column]: value };
      const rowErrors = validateRow(row, lookup, localDay(Date.now()), { alsoCredgenics: Boolean(alsoCredgenics) });
      if (Object.keys(rowErrors).length === 0) next.delete(key);
      else next.set(key, rowErrors);
      return next;
    });
  }, [lookup, alsoCredgenics]);

  const onKeyDown = useCallback((event: KeyboardEvent<HTMLElement>, index: number, column: GridColumn) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (index === rowsRef.current.length - 1) dispatch({ type: 'add' });
    focusCell(index + 1, column);
  }, []);

  const onPaste = useCallback((event: ClipboardEvent<HTMLElement>, index: number, column: GridColumn) => {
    const text = event.clipboardData.getData('text/plain');
    if (!/[\t\n]/.test(text)) return; // one value: the browser pastes it into the cell
    event.preventDefault();
    const next = pasteInto(rowsRef.current, { row: index, column }, text);
    dispatch({ type: 'replace', rows: next });
    const today = localDay(Date.now());
    const found = new Map<string, RowErrors>();
    for (const row of next) {
      if (isBlank(row)) continue;
      const e = validateRow(row, lookup, today, { alsoCredgenics: Boolean(alsoCredgenics) });
      if (Object.keys(e).length > 0) found.set(row.key, e);
    }
    setErrors(found);
    setMessage({ kind: found.size > 0 ? 'error' : 'ok', text: t(found.size > 0 ? 'grid.pastedBad' : 'grid.pasted', { count: next.filter((r) => !isBlank(r)).length, bad: found.size }) });
  }, [lookup, alsoCredgenics]);

  async function post() {
    setPosting(true);
    try {
      const outcome = await postRows(db(), rowsRef.current, {
        now: Date.now(),
        mapping,
        lookup,
        today: localDay(Date.now()),
        ...(alsoCredgenics ? { alsoCredgenics: { ...(agentEmail ? { agentEmail } : {}) } } : {}),
      });
      if (outcome.ok) {
        setErrors(new Map());
        dispatch({ type: 'replace', rows: Array.from({ length: START_ROWS }, emptyRow) });
        setMessage({ kind: 'ok', text: t('grid.posted', { count: outcome.lines.length }) });
      } else {
        setErrors(outcome.errors);
        setMessage({ kind: 'error', text: t(`grid.refused.${outcome.reason}`, { count: outcome.errors.size }) });
      }
    } catch (error) {
      setMessage({ kind: 'error', text: t('grid.failed', { message: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setPosting(false);
    }
  }

  return (
    <section aria-labelledby="grid-title">
      <h2 id="grid-title">{t('grid.title')}</h2>
      <p className="hint">{t('grid.howTo')}</p>
      {/* Totals, the result and Post sit above the rows, so they stay in view however many rows there are. */}
      <div className="grid-toolbar">
        <p role="status" aria-live="polite" data-testid="grid-totals">
          {t('grid.totals', { count: filled.length, amount: formatRupees(total), bad: errors.size })}
        </p>
        <button type="button" className="primary" onClick={() => void post()} disabled={posting || !mapping.confirmedAt || filled.length === 0}>
          {filled.length === 0 ? t('grid.postNothing') : t('grid.post', { count: filled.length })}
        </button>
      </div>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error grid-message' : 'grid-message'}>
          {message.text}
        </p>
      )}
      <datalist id="grid-loans">
        {loans.map((loan) => (
          <option key={loan.loanId} value={loanLabel(loan)} />
        ))}
      </datalist>
      <TableScroll>
        <table className="loan-table grid-table" ref={table} aria-labelledby="grid-title">
          <thead>
            <tr>
              <th scope="col">#</th>
              {gridColumns.map((c) => (
                <th scope="col" key={c}>
                  {t(columnLabel[c])}
                </th>
              ))}
              <th scope="col">{t('lines.col.account')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <GridRowView
                key={row.key}
                row={row}
                index={index}
                errors={errors.get(row.key)}
                account={accountOf(lookup(row.loan))}
                lookup={lookup}
                onEdit={onEdit}
                onKeyDown={onKeyDown}
                onPaste={onPaste}
              />
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p>
        <button type="button" onClick={() => dispatch({ type: 'add' })}>
          {t('grid.addRow')}
        </button>
      </p>
    </section>
  );
}

/** What GLAAS account the row's loan is (so a person sees where the line will go), or none yet. */
function accountOf(loan: GridLoan | 'ambiguous' | undefined): 'line' | 'term' | undefined {
  if (!loan || loan === 'ambiguous' || !loan.link?.requestFlowId) return undefined;
  return loan.link.line ? 'line' : 'term';
}

interface RowProps {
  row: GridRow;
  index: number;
  /** The GLAAS account of the row's loan: Line Repayment for a line, Loan Repayment otherwise. */
  account: 'line' | 'term' | undefined;
  errors: RowErrors | undefined;
  lookup: LoanLookup;
  onEdit: (index: number, column: GridColumn, value: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>, index: number, column: GridColumn) => void;
  onPaste: (event: ClipboardEvent<HTMLElement>, index: number, column: GridColumn) => void;
}

/** One row; re-renders only when its own cells or errors change, so typing stays fast with 500 rows. */
const GridRowView = memo(function GridRowView({ row, index, errors, account, lookup, onEdit, onKeyDown, onPaste }: RowProps) {
  // The borrower's name under a typed loan id, so the officer sees whose loan it is before posting.
  const found = row.loan.trim() ? lookup(row.loan) : undefined;
  const whoId = `grid-who-${row.key}`;
  const who = found && found !== 'ambiguous' && found.name && !row.loan.includes(found.name) ? found.name : undefined;
  const n = index + 1;
  const bad = errors && Object.keys(errors).length > 0;
  const errorId = `grid-err-${row.key}`;
  const cell = (column: GridColumn) => {
    const common = {
      'data-cell': `${index}:${column}`,
      'aria-label': t('grid.cellLabel', { column: t(columnLabel[column]), row: n }),
      'aria-invalid': errors?.[column] ? true : undefined,
      'aria-describedby': [errors?.[column] ? errorId : '', column === 'loan' && who ? whoId : ''].filter(Boolean).join(' ') || undefined,
      value: row[column],
      onKeyDown: (e: KeyboardEvent<HTMLElement>) => onKeyDown(e, index, column),
      onPaste: (e: ClipboardEvent<HTMLElement>) => onPaste(e, index, column),
    };
    return (
      <td key={column} className={errors?.[column] ? 'bad' : undefined}>
        {column === 'mode' ? (
          <select {...common} onChange={(e) => onEdit(index, column, e.target.value)}>
            <option value="">—</option>
            {row.mode && !(glaasPaymentModes as readonly string[]).includes(row.mode) && <option value={row.mode}>{row.mode}</option>}
            {glaasPaymentModes.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        ) : (
          <input
            {...common}
            list={column === 'loan' ? 'grid-loans' : undefined}
            inputMode={column === 'amount' ? 'decimal' : undefined}
            placeholder={column === 'date' ? 'DD/MM/YYYY' : undefined}
            onChange={(e) => onEdit(index, column, e.target.value)}
          />
        )}
        {column === 'loan' && who && (
          <span id={whoId} className="grid-who">
            {who}
          </span>
        )}
      </td>
    );
  };
  return (
    <>
      <tr aria-label={t('grid.rowLabel', { row: n })} aria-invalid={bad ? true : undefined}>
        <th scope="row">{n}</th>
        {gridColumns.map(cell)}
        <td className="grid-account" aria-label={t('lines.accountOfRow', { row: n })}>
          {account === 'line' ? t('lines.short.line') : account === 'term' ? t('lines.short.term') : ''}
        </td>
      </tr>
      {bad && (
        <tr>
          <td />
          <td colSpan={gridColumns.length + 1} id={errorId} className="row-error" role="note" aria-label={t('grid.rowErrors', { row: n })}>
            {Object.values(errors).join(' ')}
          </td>
        </tr>
      )}
    </>
  );
});
