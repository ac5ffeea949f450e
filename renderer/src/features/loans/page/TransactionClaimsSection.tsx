import type { TransactionClaim } from '../../../../../shared/domain';
import { t } from '../../../i18n';
import { formatMonthName } from '../../../ui/format';
import { ListBody, Section } from './Section';
import { money } from './values';

/** A credit-line customer's claim per transaction, for the month a payment would be booked in. */
export function TransactionClaimsSection({ claims }: { claims: readonly TransactionClaim[] }) {
  return (
    <Section id="transaction-claims" title={t('lines.claims.title')}>
      <ListBody items={claims}>
        {(items) => (
          <div className="table-scroll">
            <table className="loan-table">
              <thead>
                <tr>
                  <th scope="col">{t('lines.claims.transaction')}</th>
                  <th scope="col">{t('lines.claims.month')}</th>
                  <th scope="col" className="num">{t('lines.claims.claim')}</th>
                  <th scope="col" className="num">{t('lines.claims.recovered')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((c) => (
                  <tr key={c.transactionId}>
                    <th scope="row">{c.transactionId}</th>
                    <td>{formatMonthName(c.allocationMonth, t('loan.locale')) || c.allocationMonth}</td>
                    <td className="num">{money(c.totalClaim)}</td>
                    <td className="num">{money(c.recovered)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </ListBody>
    </Section>
  );
}
