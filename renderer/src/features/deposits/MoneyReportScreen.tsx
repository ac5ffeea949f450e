import { useMemo, useState } from 'react';
import { api } from '../../api';
import { db } from '../../db/schema';
import { t } from '../../i18n';
import { describeError } from '../../ui/errors';
import { formatIsoDay, formatRupees } from '../../ui/format';
import { localDay } from '../collections/capture';
import { useLiveQuery } from '../loans/page/useLiveQuery';
import { buildMoneyReport, loadMoneyData, moneyReportCsv } from './money-report';
import './deposits.css';

/** Collected, deposited, in hand, posted, accepted and rejected: per day and per deposit. */
export function MoneyReportScreen() {
  const data = useLiveQuery(() => loadMoneyData(db()), []);
  const report = useMemo(() => (data.state === 'ready' ? buildMoneyReport(data.value) : undefined), [data]);
  const [exported, setExported] = useState<{ kind: 'ok' | 'error'; text: string }>();

  async function exportCsv() {
    if (!report) return;
    const result = await api.files.saveText({ suggestedName: `Money report ${localDay(Date.now())}.csv`, text: moneyReportCsv(report) });
    if (!result.ok) setExported({ kind: 'error', text: describeError(result.error) });
    else if (result.value.saved) setExported({ kind: 'ok', text: t('money.saved', { file: result.value.fileName ?? '' }) });
  }

  return (
    <main className="money-report" aria-labelledby="money-title">
      <h1 id="money-title">{t('money.title')}</h1>
      {!report ? (
        <p>{t('repayments.loading')}</p>
      ) : (
        <>
          <button type="button" onClick={() => void exportCsv()}>
            {t('money.export')}
          </button>
          {exported && <p role={exported.kind === 'error' ? 'alert' : 'status'}>{exported.text}</p>}
          <table className="loan-table" aria-label={t('money.byDay')}>
            <caption>{t('money.byDay')}</caption>
            <thead>
              <tr>
                {(['day', 'collected', 'deposited', 'inHand', 'posted', 'accepted', 'rejected'] as const).map((k) => (
                  <th scope="col" key={k} className={k === 'day' ? undefined : 'num'}>
                    {t(`money.${k}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.days.map((d) => (
                <tr key={d.day}>
                  <th scope="row">{formatIsoDay(d.day)}</th>
                  {([d.collected, d.deposited, d.inHand, d.posted, d.accepted, d.rejected] as const).map((v, i) => (
                    <td className="num" key={i}>
                      {formatRupees(v)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <table className="loan-table" aria-label={t('money.byDeposit')}>
            <caption>{t('money.byDeposit')}</caption>
            <thead>
              <tr>
                {(['deposit', 'depositDate', 'total', 'lines', 'waiting', 'posted', 'accepted', 'rejected'] as const).map((k) => (
                  <th scope="col" key={k}>
                    {t(`money.${k}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.deposits.map((d) => (
                <tr key={d.depositId}>
                  <th scope="row">{d.receipt}</th>
                  <td>{formatIsoDay(d.day)}</td>
                  <td className="num">{formatRupees(d.total)}</td>
                  <td className="num">{d.lines}</td>
                  {([d.waiting, d.posted, d.accepted, d.rejected] as const).map((v, i) => (
                    <td className="num" key={i}>
                      {formatRupees(v)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </main>
  );
}
