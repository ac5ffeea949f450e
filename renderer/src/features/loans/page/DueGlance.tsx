import './due-glance.css';
import type { LoanSummary } from '../../../../../shared/domain';
import { t } from '../../../i18n';
import { formatDateTime, formatRupees, formatVendorDate } from '../../../ui/format';

/**
 * What an agent at the door needs first, in one row: the claim, the EMI, how late, any promise
 * and the last visit. The full dues table and everything else follow below.
 */
export function DueGlance({ summary }: { summary: LoanSummary }) {
  const promise = summary.promiseToPay;
  const figures: { label: string; value: string; strong?: boolean }[] = [
    { label: t('loan.glance.claim'), value: formatRupees(summary.totalClaim), strong: true },
    { label: t('loan.glance.emi'), value: formatRupees(summary.expectedEmi) },
    {
      label: t('loan.glance.dpd'),
      value:
        summary.dpd === null
          ? '—'
          : summary.dpdBracket
            ? t('loan.dues.dpdWithBracket', { dpd: summary.dpd, bracket: summary.dpdBracket })
            : String(summary.dpd),
    },
    { label: t('loan.glance.recovered'), value: formatRupees(summary.recovered) },
    {
      label: t('loan.glance.promise'),
      value: promise
        ? t('loan.glance.promiseValue', { amount: formatRupees(promise.amount), date: formatVendorDate(promise.date) })
        : t('loan.glance.none'),
    },
    {
      label: t('loan.glance.lastVisit'),
      value: summary.lastVisitAt !== undefined ? formatDateTime(summary.lastVisitAt) : t('loan.glance.never'),
    },
  ];
  return (
    <dl className="due-glance" aria-label={t('loan.glance.title')}>
      {figures.map((f) => (
        <div key={f.label} className={f.strong ? 'due-figure strong' : 'due-figure'}>
          <dt>{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
