import { useRef, useState, type FormEvent } from 'react';
import { DEFAULT_IDLE_MINUTES } from '../../../../shared/settings';
import { t } from '../../i18n';
import { useSettingsStore } from '../../stores/settings';
import { changePin, lockNow } from '../lock/lock-store';
import { NewPinFields, useNewPin } from '../lock/NewPinFields';
import { PinField } from '../lock/PinField';
import { FormActions } from './FormActions';
import { useSaveState } from './useSaveState';
import '../lock/lock.css';

/** The app lock: how soon it locks by itself, lock now, and a new PIN. */
export function LockSettings() {
  const settings = useSettingsStore((s) => s.settings!);
  const update = useSettingsStore((s) => s.update);
  const [minutes, setMinutes] = useState(String(settings.lock?.idleMinutes ?? DEFAULT_IDLE_MINUTES));
  const save = useSaveState();
  const minutesNumber = Number(minutes);
  const minutesValid = minutes.trim() !== '' && Number.isInteger(minutesNumber) && minutesNumber >= 1 && minutesNumber <= 60;

  const [currentPin, setCurrentPin] = useState('');
  const [currentMissing, setCurrentMissing] = useState(false);
  const currentField = useRef<HTMLInputElement>(null);
  const newPin = useNewPin();
  const pinSave = useSaveState();

  async function submitMinutes(event: FormEvent) {
    event.preventDefault();
    if (!minutesValid) return;
    await save.run([() => update({ lock: { idleMinutes: minutesNumber } })]);
  }

  async function submitPin(event: FormEvent) {
    event.preventDefault();
    if (currentPin === '') {
      setCurrentMissing(true);
      currentField.current?.focus();
      return;
    }
    const pin = newPin.check();
    if (!pin) return;
    const changed = await pinSave.run([() => changePin(currentPin, pin)]);
    // Typed again either way: a wrong current PIN is not left in the box to be tried once more.
    setCurrentPin('');
    if (changed) newPin.clear();
    else currentField.current?.focus();
  }

  return (
    <section className="card" aria-labelledby="lock-settings-title">
      <h2 id="lock-settings-title">{t('settings.lock.title')}</h2>
      <form className="form" onSubmit={submitMinutes}>
        <label>
          {t('settings.lock.idleMinutes')}
          <input
            type="number"
            min={1}
            max={60}
            value={minutes}
            aria-invalid={!minutesValid}
            onChange={(e) => {
              setMinutes(e.target.value);
              save.clear();
            }}
          />
        </label>
        {!minutesValid && (
          <p role="alert" className="error">
            {t('settings.lock.idleInvalid')}
          </p>
        )}
        <FormActions save={save} disabled={!minutesValid} />
      </form>
      <div className="actions">
        <button type="button" onClick={() => void lockNow()}>
          {t('settings.lock.now')}
        </button>
        <span className="hint">{t('settings.lock.nowHint')}</span>
      </div>
      <form className="form lock-change-pin" onSubmit={submitPin} noValidate aria-labelledby="lock-change-title">
        <h3 id="lock-change-title">{t('settings.lock.change')}</h3>
        <PinField
          ref={currentField}
          id="change-pin-current"
          label={t('settings.lock.currentPin')}
          value={currentPin}
          onChange={(value) => {
            setCurrentPin(value);
            setCurrentMissing(false);
            pinSave.clear();
          }}
          error={currentMissing ? t('settings.lock.currentPinMissing') : undefined}
        />
        <NewPinFields state={newPin} idPrefix="change-pin" />
        <div className="actions">
          <button type="submit" className="primary" disabled={pinSave.saving}>
            {t('settings.lock.changeSave')}
          </button>
          <span role="status">{pinSave.saved ? t('settings.lock.changed') : ''}</span>
        </div>
        {pinSave.error && (
          <p role="alert" className="error">
            {pinSave.error.message}
          </p>
        )}
      </form>
    </section>
  );
}
