import { useState, type FormEvent } from 'react';
import { DEFAULT_RETENTION_DAYS } from '../../../../shared/settings';
import { t } from '../../i18n';
import { useSettingsStore } from '../../stores/settings';
import { FormActions } from './FormActions';
import { useSaveState } from './useSaveState';

export const MIN_RETENTION_DAYS = 7;
export const MAX_RETENTION_DAYS = 365;

/** Keep less (issue 13): how long sent work stays on this laptop before it is removed. */
export function RetentionSettings() {
  const retention = useSettingsStore((s) => s.settings!.retention);
  const update = useSettingsStore((s) => s.update);
  const [days, setDays] = useState(String(retention?.days ?? DEFAULT_RETENTION_DAYS));
  const save = useSaveState();
  const daysNumber = Number(days);
  const valid = days.trim() !== '' && Number.isInteger(daysNumber) && daysNumber >= MIN_RETENTION_DAYS && daysNumber <= MAX_RETENTION_DAYS;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!valid) return;
    await save.run([() => update({ retention: { days: daysNumber } })]);
  }

  return (
    <section className="card" aria-labelledby="retention-settings-title">
      <h2 id="retention-settings-title">{t('keepless.settings.title')}</h2>
      <form className="form" onSubmit={submit}>
        <label>
          {t('keepless.settings.days')}
          <input
            type="number"
            min={MIN_RETENTION_DAYS}
            max={MAX_RETENTION_DAYS}
            value={days}
            aria-invalid={!valid}
            aria-describedby="retention-days-hint"
            onChange={(e) => {
              save.clear();
              setDays(e.target.value);
            }}
          />
        </label>
        <p id="retention-days-hint" className="hint">
          {t('keepless.settings.daysHint')}
        </p>
        {!valid && (
          <p role="alert" className="error">
            {t('keepless.settings.daysInvalid')}
          </p>
        )}
        <FormActions save={save} disabled={!valid} />
      </form>
    </section>
  );
}
