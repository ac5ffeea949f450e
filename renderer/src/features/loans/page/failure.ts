import type { CachedLoan } from '../../../../../shared/domain';
import { t } from '../../../i18n';

type Failure = NonNullable<CachedLoan['failure']>;

/** Our sentence, then the server's own words when it gave any (the agent may need to quote them). */
export function describeFailure(failure: Failure): string {
  const parts = [failure.message];
  const server = failure.serverMessage?.trim();
  if (server && !failure.message.includes(server)) parts.push(t('error.serverSaid', { message: server }));
  return parts.join(' ');
}
