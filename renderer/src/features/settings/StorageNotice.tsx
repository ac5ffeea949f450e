import { t } from '../../i18n';
import { useSettingsStore } from '../../stores/settings';

/** Says plainly how well sign-in details are protected on this laptop, and lets the user choose. */
export function StorageNotice() {
  const storage = useSettingsStore((s) => s.credentials!.storage);
  const setWeakStorage = useSettingsStore((s) => s.setWeakStorage);

  if (storage.unreadable) {
    return (
      <p role="alert" className="notice warn">
        {t('settings.storage.unreadable')}
      </p>
    );
  }
  if (storage.secure) return null;
  if (storage.backend === 'unavailable') {
    return <p className="notice warn">{t('settings.storage.unavailable')}</p>;
  }
  if (storage.weakStorageAccepted) {
    return (
      <div className="notice warn">
        <p>{t('settings.storage.weakOn')}</p>
        <button type="button" onClick={() => void setWeakStorage(false)}>
          {t('settings.storage.withdraw')}
        </button>
      </div>
    );
  }
  return (
    <div className="notice warn">
      <p>{t('settings.storage.insecure', { backend: storage.backend })}</p>
      <button type="button" onClick={() => void setWeakStorage(true)}>
        {t('settings.storage.accept')}
      </button>
    </div>
  );
}
