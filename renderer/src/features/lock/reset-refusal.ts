import type { ApiError } from '../../../../shared/result';
import { t } from '../../i18n';

/**
 * The main process refuses wrong sign-in details, and after several makes each try wait; the
 * wait is read from retryAfterMs, or from its English words until it sends that field.
 */
export function refusalText(error: ApiError): string {
  const words = /Try again in (\d+) minute/.exec(error.message);
  const waitMs = error.retryAfterMs ?? (words ? Number(words[1]) * 60_000 : undefined);
  if (waitMs === undefined) return t('lock.reset.wrongCredentials');
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  return minutes === 1 ? t('lock.reset.waitOne') : t('lock.reset.wait', { minutes });
}
