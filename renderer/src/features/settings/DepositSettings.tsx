import { useState, type FormEvent } from 'react';
import {
  DEFAULT_CASH_LIMIT,
  defaultRepaymentMapping,
  glaasPaymentModes,
  glaasRepaymentTypes,
  type GlaasPaymentMode,
  type GlaasRepaymentMapping,
  type GlaasRepaymentType,
} from '../../../../shared/settings';
import { t } from '../../i18n';
import { useSettingsStore } from '../../stores/settings';
import { formatDateTime } from '../../ui/format';
import { methodKey } from '../deposits/CashInHandCard';
import { FormActions } from './FormActions';
import { useSaveState } from './useSaveState';

const methods = Object.keys(defaultRepaymentMapping.modes) as (keyof GlaasRepaymentMapping['modes'])[];

/**
 * The cash an agent may carry, and how collections are posted to GLAAS. Saving the mapping is
 * confirming it: GLAAS has no cash mode, so a person must decide what cash is posted as.
 */
export function DepositSettings() {
  const settings = useSettingsStore((s) => s.settings!);
  const update = useSettingsStore((s) => s.update);
  const current = settings.deposits?.repaymentMapping ?? defaultRepaymentMapping;
  const [limit, setLimit] = useState(String(settings.deposits?.cashLimit ?? DEFAULT_CASH_LIMIT));
  const [type, setType] = useState<GlaasRepaymentType>(current.type);
  const [modes, setModes] = useState(current.modes);
  const [alsoCredgenics, setAlsoCredgenics] = useState(settings.deposits?.gridAlsoCredgenics ?? false);
  const save = useSaveState();
  const limitNumber = Number(limit);
  const limitValid = Number.isInteger(limitNumber) && limitNumber >= 1000 && limitNumber <= 10_000_000;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!limitValid) return;
    await save.run([
      () =>
        update({
          deposits: { cashLimit: limitNumber, repaymentMapping: { type, modes, confirmedAt: Date.now() }, gridAlsoCredgenics: alsoCredgenics },
        }),
    ]);
  }

  return (
    <section className="card" aria-labelledby="deposit-settings-title">
      <h2 id="deposit-settings-title">{t('settings.deposits.title')}</h2>
      <form className="form" onSubmit={submit}>
        <label>
          {t('settings.deposits.cashLimit')}
          <input type="number" min={1000} step={1000} value={limit} aria-invalid={!limitValid} onChange={(e) => setLimit(e.target.value)} />
        </label>
        {!limitValid && (
          <p role="alert" className="error">
            {t('settings.deposits.cashLimitInvalid')}
          </p>
        )}
        <p className="hint">{t('mapping.why')}</p>
        <label>
          {t('settings.deposits.type')}
          <select value={type} onChange={(e) => setType(e.target.value as GlaasRepaymentType)}>
            {glaasRepaymentTypes.map((v) => (
              <option key={v}>{v}</option>
            ))}
          </select>
        </label>
        {methods.map((m) => (
          <label key={m}>
            {t('settings.deposits.modeFor', { method: t(methodKey[m]) })}
            <select value={modes[m]} onChange={(e) => setModes({ ...modes, [m]: e.target.value as GlaasPaymentMode })}>
              {glaasPaymentModes.map((v) => (
                <option key={v}>{v}</option>
              ))}
            </select>
          </label>
        ))}
        <label>
          <input type="checkbox" checked={alsoCredgenics} onChange={(e) => setAlsoCredgenics(e.target.checked)} />{' '}
          {t('settings.deposits.alsoCredgenics')}
        </label>
        <p role="status" className="hint">
          {current.confirmedAt
            ? t('settings.deposits.confirmedAt', { when: formatDateTime(current.confirmedAt) })
            : t('settings.deposits.notConfirmed')}
        </p>
        <FormActions save={save} disabled={!limitValid} />
      </form>
    </section>
  );
}
