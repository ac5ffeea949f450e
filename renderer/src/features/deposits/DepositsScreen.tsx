import { useState } from 'react';
import { db } from '../../db/schema';
import { t } from '../../i18n';
import { formatDateTime, formatRupees } from '../../ui/format';
import { hrefFor } from '../../ui/router';
import { useLiveQuery } from '../loans/page/useLiveQuery';
import { withItems, type LineRow } from '../repayments/lines';
import { LinesTable } from '../repayments/LinesTable';
import { refreshRepaymentStatuses } from '../repayments/status-app';
import { CashInHandCard } from './CashInHandCard';
import type { DepositRecord } from './model';
import { useCashInHand } from './useCashInHand';
import './deposits.css';

interface DepositWithLines {
  deposit: DepositRecord;
  lines: LineRow[];
}

async function loadDeposits(): Promise<DepositWithLines[]> {
  const deposits = await db().deposits.orderBy('createdAt').reverse().limit(100).toArray();
  // One read for every deposit's lines (and one for their items), not one per deposit.
  const rows = await withItems(db(), await db().repayments.where('depositId').anyOf(deposits.map((d) => d.deposit_id)).toArray());
  return deposits.map((deposit) => ({ deposit, lines: rows.filter((r) => r.line.depositId === deposit.deposit_id) }));
}

/** Cash in hand, the way to deposit it, and every deposit with its GLAAS lines and statuses. */
export function DepositsScreen() {
  const cash = useCashInHand();
  const deposits = useLiveQuery(loadDeposits, []);
  const [checking, setChecking] = useState<string>();

  async function checkNow() {
    setChecking(t('deposits.checking'));
    const outcome = await refreshRepaymentStatuses();
    setChecking(outcome.error ? t('deposits.checkFailed', { message: outcome.error }) : t('deposits.checked', { count: outcome.asked }));
  }

  return (
    <main className="deposits-screen" aria-labelledby="deposits-title">
      <h1 id="deposits-title">{t('deposits.title')}</h1>
      {cash.state === 'ready' && <CashInHandCard cash={cash.value} />}
      <p>
        <a className="button-link primary" href={hrefFor({ name: 'deposit-new' })}>
          {t('deposits.new')}
        </a>{' '}
        <button type="button" onClick={() => void checkNow()}>
          {t('deposits.checkStatuses')}
        </button>{' '}
        {checking && <span role="status">{checking}</span>}
      </p>
      <section aria-labelledby="deposits-list-title">
        <h2 id="deposits-list-title">{t('deposits.list')}</h2>
        {deposits.state === 'ready' && deposits.value.length === 0 && <p className="hint">{t('deposits.noneYet')}</p>}
        {deposits.state === 'ready' &&
          deposits.value.map(({ deposit, lines }) => (
            <article key={deposit.deposit_id} className="card deposit" aria-label={t('deposits.itemLabel', { receipt: deposit.deposit_receipt_number })}>
              <h3>
                {t('deposits.heading', {
                  receipt: deposit.deposit_receipt_number,
                  amount: formatRupees(deposit.total_amount),
                  when: formatDateTime(deposit.createdAt),
                })}
              </h3>
              <p className="hint">
                {deposit.branch_details.branch_type === 'bank'
                  ? `${deposit.branch_details.bank_name}, ${deposit.branch_details.branch_name} (${deposit.branch_details.ifsc})`
                  : `${deposit.branch_details.branch_name}, ${deposit.branch_details.address}`}
                {deposit.proof ? ` · ${t('deposits.proofKept')}` : ''}
              </p>
              <LinesTable rows={lines} caption={t('deposits.linesCaption', { count: lines.length })} />
            </article>
          ))}
      </section>
    </main>
  );
}
