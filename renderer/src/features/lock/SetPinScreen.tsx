import { useState, type FormEvent } from 'react';
import { t } from '../../i18n';
import { describeError } from '../../ui/errors';
import { setFirstPin } from './lock-store';
import { LockCard } from './LockCard';
import { NewPinFields, useNewPin } from './NewPinFields';

/** First run: the agent chooses the PIN that will lock the borrower data on this laptop. */
export function SetPinScreen() {
  const newPin = useNewPin();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const pin = newPin.check();
    if (!pin || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const attempt = await setFirstPin(pin);
      if (!attempt.ok) setError(describeError(attempt.error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <LockCard titleKey="lock.setPin.title">
      <p>{t('lock.setPin.why')}</p>
      <p className="hint">{t('lock.setPin.when')}</p>
      <form className="lock-form" onSubmit={submit} noValidate>
        <NewPinFields state={newPin} idPrefix="first-pin" autoFocus />
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="lock-actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('lock.setPin.saving') : t('lock.setPin.save')}
          </button>
        </div>
      </form>
    </LockCard>
  );
}
