import { useState } from 'react';
import { t } from '../../i18n';

interface Props {
  label: string;
  onReplace(): void;
  onRemove(): Promise<void>;
}

/** A secret that is set is never shown again: only "Set", with Replace and Remove. */
export function SavedSecret({ label, onReplace, onRemove }: Props) {
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="saved-secret" role="group" aria-label={label}>
      <span>
        {label}: <strong>{t('settings.secret.set')}</strong>
      </span>
      <button type="button" onClick={onReplace}>
        {t('settings.secret.replace')}
      </button>
      {confirming ? (
        <span className="confirm">
          {t('settings.secret.removeConfirm', { what: label })}{' '}
          <button type="button" className="danger" onClick={() => void onRemove().then(() => setConfirming(false))}>
            {t('settings.secret.remove')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('settings.secret.cancel')}
          </button>
        </span>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('settings.secret.remove')}
        </button>
      )}
    </div>
  );
}
