import { useState, type FormEvent } from 'react';
import { DEFAULT_PURGE_AFTER_DAYS } from '../../../../shared/settings';
import { t } from '../../i18n';
import { useSettingsStore } from '../../stores/settings';
import { FormActions } from './FormActions';
import { useSaveState } from './useSaveState';

/** How loans are read (loan or credit-line company) and how long old allocations stay. */
export function LoanSettings() {
  const settings = useSettingsStore((s) => s.settings!);
  const update = useSettingsStore((s) => s.update);
  const [lenderType, setLenderType] = useState(settings.credgenics.lenderType ?? 'loans');
  const [days, setDays] = useState(String(settings.loans?.purgeAfterDays ?? DEFAULT_PURGE_AFTER_DAYS));
  const save = useSaveState();
  const daysNumber = Number(days);
  const daysValid = Number.isInteger(daysNumber) && daysNumber >= 1 && daysNumber <= 365;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!daysValid) return;
    await save.run([
      () => update({ credgenics: { lenderType: lenderType as 'loans' | 'credit-lines' }, loans: { purgeAfterDays: daysNumber } }),
    ]);
  }

  return (
    <section className="card" aria-labelledby="loan-settings-title">
      <h2 id="loan-settings-title">{t('settings.loans.title')}</h2>
      <form className="form" onSubmit={submit}>
        <label>
          {t('settings.loans.lenderType')}
          <select value={lenderType} onChange={(e) => setLenderType(e.target.value as 'loans' | 'credit-lines')}>
            <option value="loans">{t('settings.loans.lenderLoans')}</option>
            <option value="credit-lines">{t('settings.loans.lenderCreditLines')}</option>
          </select>
        </label>
        <label>
          {t('settings.loans.purgeDays')}
          <input
            type="number"
            min={1}
            max={365}
            value={days}
            aria-invalid={!daysValid}
            onChange={(e) => setDays(e.target.value)}
          />
        </label>
        {!daysValid && (
          <p role="alert" className="error">
            {t('settings.loans.purgeDaysInvalid')}
          </p>
        )}
        <FormActions save={save} disabled={!daysValid} />
      </form>
    </section>
  );
}
