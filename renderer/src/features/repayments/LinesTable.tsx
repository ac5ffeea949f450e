import { useState, type FormEvent } from 'react';
import { glaasPaymentModes, type GlaasPaymentMode } from '../../../../shared/settings';
import { db } from '../../db/schema';
import { t } from '../../i18n';
import { formatRupees } from '../../ui/format';
import { StatusBadge } from '../sync/StatusBadge';
import { correctRepaymentLine } from './correct';
import { parseAmount, parseDay } from './grid';
import type { LineRow } from './lines';
import { modeWords, statusWords } from './line-words';
import { glaasDate } from './queue';
import { TableScroll } from '../../ui/TableScroll';

/** Repayment lines with where each is: on the laptop, sent, GLAAS's answer and its status. */
export function LinesTable({ rows, caption }: { rows: readonly LineRow[]; caption: string }) {
  if (rows.length === 0) return null;
  return (
    <TableScroll>
      <table className="loan-table lines-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lines.loan')}</th>
            <th scope="col" className="num">{t('lines.amount')}</th>
            <th scope="col">{t('lines.mode')}</th>
            <th scope="col">{t('lines.date')}</th>
            <th scope="col">{t('lines.sent')}</th>
            <th scope="col">{t('lines.answer')}</th>
            <th scope="col">{t('lines.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <LineRowView key={row.line.id} row={row} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function LineRowView({ row }: { row: LineRow }) {
  const { line, item } = row;
  const [correcting, setCorrecting] = useState(false);
  const refused = item?.state === 'rejected';
  return (
    <>
      <tr aria-label={t('lines.rowLabel', { loan: line.loanId, amount: formatRupees(line.amount) })}>
        <th scope="row">
          {line.borrowerName} <span className="hint">({line.loanId})</span>
        </th>
        <td className="num">{formatRupees(line.amount)}</td>
        <td>{modeWords(line)}</td>
        <td>{glaasDate(line.date)}</td>
        <td>{item ? <StatusBadge state={item.state} /> : null}</td>
        <td>
          {line.lineAnswer ? `${line.lineAnswer.status}${line.lineAnswer.message ? `: ${line.lineAnswer.message}` : ''}` : ''}
          {refused && !line.lineAnswer && item?.lastError && (item.lastError.serverMessage ?? item.lastError.message)}
          {refused && (
            <button type="button" className="link-button" onClick={() => setCorrecting(!correcting)}>
              {t('lines.correct')}
            </button>
          )}
        </td>
        <td>{line.glaasStatus ? <span data-status={line.glaasStatus.status}>{statusWords(line.glaasStatus.status)}</span> : ''}</td>
      </tr>
      {refused && correcting && (
        <tr>
          <td colSpan={7}>
            <CorrectLineForm row={row} onDone={() => setCorrecting(false)} />
          </td>
        </tr>
      )}
    </>
  );
}

/** Fix what GLAAS refused and send this line again, alone, under the same uid. */
function CorrectLineForm({ row, onDone }: { row: LineRow; onDone: () => void }) {
  const { line } = row;
  const [amount, setAmount] = useState(String(line.amount));
  const [requestFlowId, setRequestFlowId] = useState(line.requestFlowId);
  const [mode, setMode] = useState<GlaasPaymentMode>(line.paymentMode);
  const [date, setDate] = useState(glaasDate(line.date));
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const value = parseAmount(amount);
    const day = parseDay(date);
    if (value === undefined || value <= 0) return setError(t('lines.fix.amount'));
    if (!/^\d{1,18}$/.test(requestFlowId.trim())) return setError(t('lines.fix.requestFlowId'));
    if (!day) return setError(t('lines.fix.date'));
    try {
      await correctRepaymentLine(db(), line.id, { amount: value, requestFlowId: requestFlowId.trim(), paymentMode: mode, date: day }, Date.now());
      onDone();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <form className="correct-line" onSubmit={(e) => void submit(e)} aria-label={t('lines.fix.title', { loan: line.loanId })}>
      <label>
        {t('lines.amount')}
        <input value={amount} onChange={(e) => setAmount(e.target.value)} inputMode="decimal" />
      </label>
      <label>
        {t('lines.fix.requestFlowIdLabel')}
        <input value={requestFlowId} onChange={(e) => setRequestFlowId(e.target.value)} inputMode="numeric" />
      </label>
      <label>
        {t('lines.mode')}
        <select value={mode} onChange={(e) => setMode(e.target.value as GlaasPaymentMode)}>
          {glaasPaymentModes.map((m) => (
            <option key={m}>{m}</option>
          ))}
        </select>
      </label>
      <label>
        {t('lines.date')}
        <input value={date} onChange={(e) => setDate(e.target.value)} placeholder="DD/MM/YYYY" />
      </label>
      <button type="submit">{t('lines.fix.send')}</button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
