import { DEFAULT_PURGE_AFTER_DAYS } from '../../../../shared/settings';
import { db } from '../../db/schema';
import { useSettingsStore } from '../../stores/settings';
import { purgeExpired } from './purge';

/**
 * Removes loans whose allocation month ended long ago (Settings: "purge after N days"), once at
 * start-up. Nothing can be captured against a loan yet, so nothing is unsent; the collections
 * outbox will answer `hasUnsent` from its own table when it lands.
 */
export async function purgeOnStart(): Promise<string[]> {
  const days = useSettingsStore.getState().settings?.loans?.purgeAfterDays ?? DEFAULT_PURGE_AFTER_DAYS;
  return purgeExpired(db(), { days, hasUnsent: async () => false });
}
