import { DEFAULT_PURGE_AFTER_DAYS } from '../../../../shared/settings';
import { db } from '../../db/schema';
import { useSettingsStore } from '../../stores/settings';
import { countUnsent } from '../../sync/outbox-store';
import { purgeExpired } from './purge';

/**
 * Removes loans whose allocation month ended long ago (Settings: "purge after N days"), once at
 * start-up. A loan with anything still owed to a platform (pending, unknown, rejected, paused
 * items in the outbox) is kept whatever its age: money items never expire.
 */
export async function purgeOnStart(): Promise<string[]> {
  const days = useSettingsStore.getState().settings?.loans?.purgeAfterDays ?? DEFAULT_PURGE_AFTER_DAYS;
  return purgeExpired(db(), { days, hasUnsent: async (loanId) => (await countUnsent(db(), [loanId])) > 0 });
}
