import { t } from '../../i18n';
import { formatDateTime, formatRupees } from '../../ui/format';
import { useNow } from '../../ui/useNow';
import { formatAge } from '../sync/age';
import type { CashInHand } from './cash-in-hand';

const methodKey = { cash: 'deposits.method.cash', cheque: 'deposits.method.cheque', upi: 'deposits.method.upi', 'bank-transfer': 'deposits.method.bank-transfer' } as const;
export { methodKey };

/** What the agent carries: totals by method with the oldest item's age, the limit, and what is overdue. */
export function CashInHandCard({ cash }: { cash: CashInHand }) {
  const now = useNow();
  return (
    <section className="card" aria-labelledby="in-hand-title">
      <h2 id="in-hand-title">{t('deposits.inHand.title')}</h2>
      {cash.collections.length === 0 ? (
        <p>{t('deposits.inHand.none')}</p>
      ) : (
        <>
          <table className="loan-table" aria-labelledby="in-hand-title">
            <thead>
              <tr>
                <th scope="col">{t('deposits.inHand.method')}</th>
                <th scope="col" className="num">{t('deposits.inHand.count')}</th>
                <th scope="col" className="num">{t('deposits.inHand.total')}</th>
                <th scope="col">{t('deposits.inHand.oldest')}</th>
              </tr>
            </thead>
            <tbody>
              {cash.groups.map((g) => (
                <tr key={g.method}>
                  <th scope="row">{t(methodKey[g.method])}</th>
                  <td className="num">{g.count}</td>
                  <td className="num">{formatRupees(g.total)}</td>
                  <td>{g.oldestAt !== undefined ? formatAge(now - g.oldestAt) : ''}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('deposits.inHand.all')}</th>
                <td className="num">{cash.collections.length}</td>
                <td className="num" data-testid="in-hand-total">{formatRupees(cash.total)}</td>
                <td />
              </tr>
            </tfoot>
          </table>
          <p role="status" className={cash.level === 'ok' ? 'hint' : cash.level === 'near' ? 'notice' : 'error notice'}>
            {t(`deposits.limit.${cash.level}`, { cash: formatRupees(cash.cash), limit: formatRupees(cash.limit) })}
          </p>
          {cash.overdue.size > 0 && (
            <div role="alert" className="notice">
              <p>{t('deposits.overdue', { count: cash.overdue.size })}</p>
              <ul>
                {cash.collections
                  .filter((v) => cash.overdue.has(v.id))
                  .map((v) => (
                    <li key={v.id}>
                      {v.receiptNo} · {v.borrowerName} ({v.loanId}) · {formatRupees(v.payment!.amount)} · {formatDateTime(v.capturedAt)}
                    </li>
                  ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}
