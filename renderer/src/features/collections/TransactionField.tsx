import { t } from '../../i18n';
import { formatMonthName, formatRupees } from '../../ui/format';
import { ChoiceGroup } from './VisitFields';
import type { SectionProps } from './PaymentFields';
import type { VisitFormContext } from './visit-form-schema';

/**
 * A credit-line customer's money is booked against one transaction: the agent picks which,
 * seeing each transaction's claim for its month. Shown above the amount, only for such customers.
 */
export function TransactionField({ values, errors, set, transactions }: SectionProps & { transactions: NonNullable<VisitFormContext['transactions']> }) {
  return (
    <section className="visit-section" aria-labelledby="visit-transaction-title">
      <h2 id="visit-transaction-title">{t('lines.visit.transaction')}</h2>
      <ChoiceGroup<string>
      field="transactionId"
      legend={t('lines.visit.transactionLegend')}
      options={transactions.map((c) => ({
        value: c.transactionId,
        label: t('lines.visit.transactionOption', {
          transaction: c.transactionId,
          claim: formatRupees(c.totalClaim),
          month: formatMonthName(c.allocationMonth, t('loan.locale')) || c.allocationMonth,
        }),
      }))}
      value={values.transactionId}
      error={errors.transactionId}
      onChange={(v) => set('transactionId', v)}
      />
    </section>
  );
}
