import type { PaymentHistoryEntry } from '../../../../../shared/credgenics';
import { t } from '../../../i18n';
import { formatVendorDateTime } from '../../../ui/format';
import { ListBody, Section } from './Section';
import { BLANK, money, newestFirst, textOf } from './values';
import { TableScroll } from '../../../ui/TableScroll';

export function PaymentHistorySection({ payments }: { payments: readonly PaymentHistoryEntry[] | undefined }) {
  return (
    <Section id="payments" title={t('loan.payments.title')}>
      <ListBody items={payments}>
        {(items) => (
          <TableScroll>
            <table className="loan-table">
              <thead>
                <tr>
                  <th scope="col">{t('loan.payments.date')}</th>
                  <th scope="col" className="num">{t('loan.payments.amount')}</th>
                  <th scope="col">{t('loan.payments.status')}</th>
                  <th scope="col">{t('loan.payments.method')}</th>
                  <th scope="col">{t('loan.payments.mode')}</th>
                  <th scope="col">{t('loan.payments.reference')}</th>
                  <th scope="col">{t('loan.payments.by')}</th>
                </tr>
              </thead>
              <tbody>
                {newestFirst(items, (p) => p.created).map((p, i) => (
                  <tr key={`${p.payment_id ?? ''}-${i}`}>
                    <th scope="row">{formatVendorDateTime(p.created) || BLANK}</th>
                    <td className="num">{money(p.amount_recovered) || BLANK}</td>
                    <td>{textOf(p.final_status) || BLANK}</td>
                    <td>{textOf(p.payment_method) || BLANK}</td>
                    <td>{textOf(p.payment_mode) || BLANK}</td>
                    <td>{textOf(p.payment_reference_number) || BLANK}</td>
                    <td>{textOf(p.author) || BLANK}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </ListBody>
    </Section>
  );
}
