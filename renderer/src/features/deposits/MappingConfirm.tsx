import { defaultRepaymentMapping, type GlaasRepaymentMapping } from '../../../../shared/settings';
import { t } from '../../i18n';
import { useSettingsStore } from '../../stores/settings';
import { hrefFor } from '../../ui/router';
import { methodKey } from './CashInHandCard';

export function useRepaymentMapping(): GlaasRepaymentMapping {
  return useSettingsStore((s) => s.settings?.deposits?.repaymentMapping ?? defaultRepaymentMapping);
}

/**
 * GLAAS has no cash payment mode, so how cash is posted is the lender's call. The mapping is
 * shown, and nothing posts until someone has confirmed it once.
 */
export function MappingConfirm() {
  const mapping = useRepaymentMapping();
  const update = useSettingsStore((s) => s.update);
  if (mapping.confirmedAt) return null;
  return (
    <section className="notice" aria-labelledby="mapping-title">
      <h2 id="mapping-title">{t('mapping.title')}</h2>
      <p>{t('mapping.why')}</p>
      <ul>
        <li>{t('mapping.type', { type: mapping.type })}</li>
        {(Object.keys(mapping.modes) as (keyof typeof mapping.modes)[]).map((m) => (
          <li key={m}>{t('mapping.mode', { method: t(methodKey[m]), mode: mapping.modes[m] })}</li>
        ))}
      </ul>
      <button type="button" onClick={() => void update({ deposits: { repaymentMapping: { ...mapping, confirmedAt: Date.now() } } })}>
        {t('mapping.confirm')}
      </button>{' '}
      <a href={hrefFor({ name: 'settings' })}>{t('mapping.change')}</a>
    </section>
  );
}
