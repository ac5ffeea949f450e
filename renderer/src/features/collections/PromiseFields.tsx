import { t } from '../../i18n';
import type { SectionProps } from './PaymentFields';
import { TextField } from './VisitFields';

/** When and how much the customer promised. The date picker starts at today; typing a past date is refused on Save. */
export function PromiseFields({ values, errors, set, today }: SectionProps & { today: string }) {
  return (
    <section className="visit-section" aria-labelledby="visit-promise-title">
      <h2 id="visit-promise-title">{t('visit.promise.title')}</h2>
      <div className="visit-row">
        <TextField
          field="promiseDate"
          label={t('visit.promise.date')}
          type="date"
          min={today}
          value={values.promiseDate}
          error={errors.promiseDate}
          onChange={(v) => set('promiseDate', v)}
        />
        <TextField
          field="promiseAmount"
          label={t('visit.promise.amount')}
          value={values.promiseAmount}
          inputMode="decimal"
          error={errors.promiseAmount}
          onChange={(v) => set('promiseAmount', v)}
        />
      </div>
    </section>
  );
}
