import type { LockKeys } from '../../../../shared/contract-lock';
import type { FieldDeskDb } from '../schema';
import { installKeys } from './keyring';
import { sealLegacyRecords } from './legacy';
import { removeUnreadableData } from './unreadable';

export interface StoreOpened {
  /** Records sealed with a data key nobody has any more (a PIN reset at a cold start). */
  removedUnreadable: number;
  /** Records an older build had left in clear, sealed now. */
  sealedLegacy: number;
}

/**
 * Everything that happens between the main process handing over the keys and the first read:
 * install them, drop what the old data key sealed if it is gone, seal what an older build left
 * in clear. The lock gate calls it once per unlock, before any feature touches the store.
 */
export async function openStoreWith(keys: LockKeys, db: FieldDeskDb): Promise<StoreOpened> {
  installKeys(keys);
  const removedUnreadable = keys.dataKept ? 0 : (await removeUnreadableData(db)).removed;
  const { sealed } = await sealLegacyRecords(db);
  return { removedUnreadable, sealedLegacy: sealed };
}
