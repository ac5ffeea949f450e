import { useRef, useState, type FormEvent } from 'react';
import { t } from '../../i18n';
import { describeError } from '../../ui/errors';
import { showReset, unlockWithPin } from './lock-store';
import { PinField } from './PinField';
import { LockCard } from './LockCard';
import { UnsentNote } from './UnsentNote';

/** The only thing on screen while locked: no borrower, only the PIN box and what is left to send. */
export function LockScreen() {
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!pin) {
      setError(t('lock.pin.empty'));
      field.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const attempt = await unlockWithPin(pin);
      if (attempt.ok) return;
      setPin('');
      if (attempt.wrongPin) {
        const left = attempt.status.triesLeft;
        setError(left === 1 ? t('lock.locked.wrongOne') : t('lock.locked.wrong', { count: left }));
      } else {
        setError(describeError(attempt.error));
      }
      field.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <LockCard titleKey="lock.locked.title">
      <p>{t('lock.locked.intro')}</p>
      <form className="lock-form" onSubmit={submit}>
        <PinField
          ref={field}
          id="lock-pin"
          label={t('lock.locked.pin')}
          value={pin}
          onChange={(value) => {
            setPin(value);
            setError(undefined);
          }}
          error={error}
          autoFocus
        />
        <div className="lock-actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('lock.locked.unlocking') : t('lock.locked.unlock')}
          </button>
          <button type="button" className="link-button" onClick={showReset}>
            {t('lock.locked.forgot')}
          </button>
        </div>
      </form>
      <UnsentNote />
    </LockCard>
  );
}
