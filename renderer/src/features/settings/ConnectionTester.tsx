import type { Platform } from '../../../../shared/settings';
import { t } from '../../i18n';
import { useSettingsStore } from '../../stores/settings';
import { describeError } from '../../ui/errors';
import { formatDateTime } from '../../ui/format';

/** "Test connection" and its answer: Connected, or exactly what is wrong, in plain words. */
export function ConnectionTester({ platform, disabled }: { platform: Platform; disabled?: boolean }) {
  const check = useSettingsStore((s) => s.checks[platform]);
  const lastCheck = useSettingsStore((s) => s.credentials?.[platform].lastCheck);
  const testConnection = useSettingsStore((s) => s.testConnection);
  const checking = check.state === 'checking';

  return (
    <div className="connection">
      <button type="button" onClick={() => void testConnection(platform)} disabled={disabled || checking}>
        {checking ? t('settings.testing') : t('settings.test')}
      </button>
      <div role="status" aria-live="polite" className="connection-result">
        {check.state === 'done' && check.check.ok && <span className="ok">{t('settings.connected')}</span>}
      </div>
      {check.state === 'done' && !check.check.ok && (
        <p role="alert" className="error">
          {check.error ? describeError(check.error) : check.check.message}
        </p>
      )}
      {check.state === 'idle' && lastCheck && (
        <p className="hint">
          {t('settings.lastCheck', {
            when: formatDateTime(lastCheck.at),
            result: lastCheck.ok ? t('settings.connected') : t('settings.lastCheck.failed'),
          })}
        </p>
      )}
    </div>
  );
}
