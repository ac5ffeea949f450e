import type { ApiError } from '../../../../shared/result';
import { t } from '../../i18n';

/**
 * The main process refuses wrong sign-in details, and after several makes each try wait; the
 * wait arrives as retryAfterMs (its English message is for the log), so it is said in the
 * agent's language.
 */
export function refusalText(error: ApiError): string {
  const waitMs = error.retryAfterMs;
  if (waitMs === undefined) return t('lock.reset.wrongCredentials');
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  return minutes === 1 ? t('lock.reset.waitOne') : t('lock.reset.wait', { minutes });
}
