import { t } from '../../i18n';
import { methodLabel } from './labels';
import { collectionMethods, type CollectionMethod } from './model';
import { CheckField, ChoiceGroup, TextField } from './VisitFields';
import type { VisitFieldErrors, VisitFormValues, VisitWarning } from './visit-form-schema';

export interface SectionProps {
  values: VisitFormValues;
  errors: VisitFieldErrors;
  set<K extends keyof VisitFormValues>(field: K, value: VisitFormValues[K]): void;
}

/** The money taken: amount, how it was paid, closure, the optional split, and what to confirm. */
export function PaymentFields({
  values,
  errors,
  set,
  bifurcation,
  warnings,
}: SectionProps & { bifurcation: boolean; warnings: readonly VisitWarning[] }) {
  const warning = (field: VisitWarning['field']) => warnings.find((w) => w.field === field);
  const aboveClaim = warning('confirmAboveClaim');
  const duplicate = warning('confirmDuplicate');
  return (
    <section className="visit-section" aria-labelledby="visit-money-title">
      <h2 id="visit-money-title">{t('visit.money.title')}</h2>
      <TextField
        field="amount"
        label={t('visit.amount')}
        value={values.amount}
        inputMode="decimal"
        error={errors.amount}
        onChange={(v) => set('amount', v)}
      />
      {aboveClaim && (
        <CheckField
          field="confirmAboveClaim"
          label={aboveClaim.message}
          checked={values.confirmAboveClaim}
          error={errors.confirmAboveClaim}
          warning
          onChange={(v) => set('confirmAboveClaim', v)}
        />
      )}
      <ChoiceGroup<CollectionMethod>
        field="method"
        legend={t('visit.method.legend')}
        options={collectionMethods.map((m) => ({ value: m, label: t(methodLabel[m]) }))}
        value={values.method}
        error={errors.method}
        onChange={(v) => set('method', v)}
      />
      {values.method === 'cheque' && (
        <div className="visit-row">
          <TextField
            field="chequeNumber"
            label={t('visit.cheque.number')}
            value={values.chequeNumber}
            inputMode="numeric"
            error={errors.chequeNumber}
            onChange={(v) => set('chequeNumber', v)}
          />
          <TextField
            field="chequeBank"
            label={t('visit.cheque.bank')}
            value={values.chequeBank}
            error={errors.chequeBank}
            onChange={(v) => set('chequeBank', v)}
          />
          <TextField
            field="chequeDate"
            label={t('visit.cheque.date')}
            type="date"
            value={values.chequeDate}
            error={errors.chequeDate}
            onChange={(v) => set('chequeDate', v)}
          />
        </div>
      )}
      {values.method === 'upi' && (
        <TextField
          field="utr"
          label={t('visit.utr')}
          value={values.utr}
          inputMode="numeric"
          error={errors.utr}
          onChange={(v) => set('utr', v)}
        />
      )}
      {values.method === 'bank-transfer' && (
        <TextField
          field="bankReference"
          label={t('visit.bankReference')}
          value={values.bankReference}
          error={errors.bankReference}
          onChange={(v) => set('bankReference', v)}
        />
      )}
      {duplicate && (
        <CheckField
          field="confirmDuplicate"
          label={duplicate.message}
          checked={values.confirmDuplicate}
          error={errors.confirmDuplicate}
          warning
          onChange={(v) => set('confirmDuplicate', v)}
        />
      )}
      <CheckField
        field="closesLoan"
        label={t('visit.closes')}
        checked={values.closesLoan}
        error={errors.closesLoan}
        onChange={(v) => set('closesLoan', v)}
      />
      {values.closesLoan && (
        <ChoiceGroup<'NOC' | 'Settlement'>
          field="closure"
          legend={t('visit.closure.legend')}
          options={[
            { value: 'NOC', label: t('visit.closure.noc') },
            { value: 'Settlement', label: t('visit.closure.settlement') },
          ]}
          value={values.closure}
          error={errors.closure}
          onChange={(v) => set('closure', v)}
        />
      )}
      {bifurcation && (
        <fieldset className="visit-split">
          <legend>{t('visit.split.legend')}</legend>
          <p className="hint">{t('visit.split.hint')}</p>
          <div className="visit-row">
            <TextField
              field="splitEmi"
              label={t('visit.split.emi')}
              value={values.splitEmi}
              inputMode="decimal"
              error={errors.splitEmi}
              onChange={(v) => set('splitEmi', v)}
            />
            <TextField
              field="splitLateFee"
              label={t('visit.split.lateFee')}
              value={values.splitLateFee}
              inputMode="decimal"
              error={errors.splitLateFee}
              onChange={(v) => set('splitLateFee', v)}
            />
            <TextField
              field="splitPenalty"
              label={t('visit.split.penalty')}
              value={values.splitPenalty}
              inputMode="decimal"
              error={errors.splitPenalty}
              onChange={(v) => set('splitPenalty', v)}
            />
          </div>
        </fieldset>
      )}
    </section>
  );
}
