import { sealLegacyRecords } from '../../db/crypto/legacy';
import { removeUnreadableData } from '../../db/crypto/unreadable';
import { db } from '../../db/schema';

/** After a PIN reset at a cold start: the borrower cache sealed with the lost key goes; unsent work stays. */
export const removeUnreadable = (): Promise<{ removed: number }> => removeUnreadableData(db());

/**
 * What an older build left in clear is sealed once the keys are here, before the services read
 * it. A failure is not fatal: sealing is idempotent and the next unlock does the rest.
 */
export const sealLegacy = (): Promise<unknown> => sealLegacyRecords(db()).catch(() => undefined);
