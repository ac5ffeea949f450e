import type { CustomerTransaction } from '../../../../../shared/credgenics';
import { t } from '../../../i18n';
import { formatPercent, formatVendorDate } from '../../../ui/format';
import { ListBody, Section } from './Section';
import { BLANK, money } from './values';
import { TableScroll } from '../../../ui/TableScroll';

/** A credit-line customer's transactions: each is a loan of its own with its own terms. */
export function TransactionsSection({ transactions }: { transactions: readonly CustomerTransaction[] | undefined }) {
  return (
    <Section id="transactions" title={t('loan.transactions.title')}>
      <ListBody items={transactions}>
        {(items) => (
          <TableScroll>
            <table className="loan-table">
              <thead>
                <tr>
                  <th scope="col">{t('loan.transactions.id')}</th>
                  <th scope="col">{t('loan.borrower.sanctioned')}</th>
                  <th scope="col" className="num">{t('loan.borrower.amount')}</th>
                  <th scope="col" className="num">{t('loan.borrower.emi')}</th>
                  <th scope="col">{t('loan.borrower.tenure')}</th>
                  <th scope="col">{t('loan.borrower.interest')}</th>
                  <th scope="col">{t('loan.borrower.loanEnd')}</th>
                  <th scope="col">{t('loan.transactions.finished')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((tx, i) => {
                  const d = tx.data ?? undefined;
                  return (
                    <tr key={`${tx.transaction_id}-${i}`}>
                      <th scope="row">{tx.transaction_id}</th>
                      <td>{formatVendorDate(d?.client_loan_sanction_date) || BLANK}</td>
                      <td className="num">{money(d?.total_loan_amount) || BLANK}</td>
                      <td className="num">{money(d?.emi_amount) || BLANK}</td>
                      <td>{typeof d?.loan_tenure === 'number' ? t('loan.borrower.months', { count: d.loan_tenure }) : BLANK}</td>
                      <td>{typeof d?.interest_on_loan === 'number' ? formatPercent(d.interest_on_loan) : BLANK}</td>
                      <td>{formatVendorDate(d?.loan_end_date) || BLANK}</td>
                      <td>{d?.tenure_finished === true ? t('loan.yes') : d?.tenure_finished === false ? t('loan.no') : BLANK}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        )}
      </ListBody>
    </Section>
  );
}
