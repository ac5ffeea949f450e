import { useRef, useState, type FormEvent } from 'react';
import type { ResetInput } from '../../../../shared/contract-lock';
import { t } from '../../i18n';
import { describeError } from '../../ui/errors';
import { backToLock, resetWithCredentials, useLockStore } from './lock-store';
import { LockCard } from './LockCard';
import { NewPinFields, useNewPin } from './NewPinFields';
import { refusalText } from './reset-refusal';

/**
 * A forgotten PIN, or ten wrong ones: the platform sign-in proves who is there, then a new PIN.
 * Unsent work is never touched by a reset.
 */
export function ResetScreen() {
  const status = useLockStore((s) => s.status);
  const platforms = status?.resetWith ?? [];
  const forced = status?.credentialsRequired ?? false;
  const [token, setToken] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const firstCredential = useRef<HTMLInputElement>(null);
  const newPin = useNewPin();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    // One message at a time: an old refusal must not sit beside a new reason.
    setError(undefined);
    const input: Partial<ResetInput> = {};
    if (platforms.includes('credgenics') && token) input.credgenicsToken = token;
    if (platforms.includes('glaas') && username && password) {
      input.glaasUsername = username;
      input.glaasPassword = password;
    }
    if (platforms.length > 0 && !input.credgenicsToken && !input.glaasUsername) {
      setError(t('lock.reset.noCredentials'));
      firstCredential.current?.focus();
      return;
    }
    const pin = newPin.check();
    if (!pin) return;
    setBusy(true);
    try {
      const attempt = await resetWithCredentials({ ...input, newPin: pin });
      if (attempt.ok) return;
      setError(attempt.wrongPin ? refusalText(attempt.error) : describeError(attempt.error));
      firstCredential.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  const both = platforms.includes('credgenics') && platforms.includes('glaas');
  return (
    <LockCard titleKey="lock.reset.title" wide>
      {forced && <p className="notice">{t('lock.reset.tooMany')}</p>}
      {platforms.length > 0 ? (
        <p>
          {t('lock.reset.intro')} {t('lock.reset.keepsWork')}
        </p>
      ) : (
        <p className="notice">{t('lock.reset.noPlatforms')}</p>
      )}
      <form className="lock-form" onSubmit={submit} noValidate>
        {both && <p className="hint">{t('lock.reset.orOther')}</p>}
        {platforms.length > 0 && (
          <div className="lock-platforms">
            {platforms.includes('credgenics') && (
              <fieldset className="lock-platform">
                <legend>{t('lock.reset.credgenics')}</legend>
                <label>
                  {t('lock.reset.credgenicsToken')}
                  <input
                    ref={firstCredential}
                    type="password"
                    autoComplete="off"
                    autoFocus
                    value={token}
                    onChange={(e) => setToken(e.target.value)}
                  />
                </label>
              </fieldset>
            )}
            {platforms.includes('glaas') && (
              <fieldset className="lock-platform">
                <legend>{t('lock.reset.glaas')}</legend>
                <label>
                  {t('lock.reset.glaasUsername')}
                  <input
                    ref={platforms.includes('credgenics') ? undefined : firstCredential}
                    type="text"
                    autoComplete="off"
                    autoFocus={!platforms.includes('credgenics')}
                    value={username}
                    onChange={(e) => setUsername(e.target.value)}
                  />
                </label>
                <label>
                  {t('lock.reset.glaasPassword')}
                  <input type="password" autoComplete="off" value={password} onChange={(e) => setPassword(e.target.value)} />
                </label>
              </fieldset>
            )}
          </div>
        )}
        <NewPinFields state={newPin} idPrefix="reset-pin" autoFocus={platforms.length === 0} />
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="lock-actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('lock.reset.saving') : t('lock.reset.save')}
          </button>
          {!forced && (
            <button type="button" className="link-button" onClick={backToLock}>
              {t('lock.reset.back')}
            </button>
          )}
        </div>
      </form>
    </LockCard>
  );
}
