import type { ApiError } from '../../../shared/result';
import { t } from '../i18n';

/** One sentence (or two) a person can act on, from any ApiError. */
export function describeError(error: ApiError): string {
  const parts = [error.message];
  if (error.serverMessage && !error.message.includes(error.serverMessage)) {
    parts.push(t('error.serverSaid', { message: error.serverMessage }));
  } else if (error.details && !error.serverMessage) {
    parts.push(t('error.fix', { fields: Object.entries(error.details).map(([f, why]) => `${f} (${why})`).join(', ') }));
  }
  return parts.join(' ');
}
