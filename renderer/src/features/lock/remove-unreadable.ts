import { removeUnreadableData } from '../../db/crypto/unreadable';
import { db } from '../../db/schema';

/** After a PIN reset at a cold start: the borrower cache sealed with the lost key goes; unsent work stays. */
export const removeUnreadable = (): Promise<{ removed: number }> => removeUnreadableData(db());
