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
    <ChoiceGroup<string>
      field="transactionId"
      legend={t('lines.visit.transaction')}
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
  );
}
