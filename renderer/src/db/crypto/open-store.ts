import type { LockKeys } from '../../../../shared/contract-lock';
import type { FieldDeskDb } from '../schema';
import { installKeys, isPlaintextForTests } from './keyring';
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
 * `existedBefore` says whether the database was there before this start (db/store-presence.ts);
 * unknown means look.
 */
export async function openStoreWith(
  keys: LockKeys,
  db: FieldDeskDb,
  existedBefore: Promise<boolean | undefined> = Promise.resolve(undefined),
): Promise<StoreOpened> {
  performance.mark('fielddesk:unlocked');
  installKeys(keys);
  const removedUnreadable = keys.dataKept ? 0 : (await removeUnreadableData(db)).removed;
  // Looking for clear records reads every record once, so it is done until it has found none
  // (then remembered); a test that writes records behind the app's back clears the mark.
  let sealedLegacy = 0;
  // A new laptop's database holds nothing an older build left in clear: no scan, and no wait
  // for the database to be created either (reads queue inside Dexie until it is open).
  const newStore = !isPlaintextForTests() && !allSealedBefore() && (await existedBefore) === false;
  if (newStore) rememberAllSealed();
  else if (!allSealedBefore() || isPlaintextForTests()) {
    sealedLegacy = (await sealLegacyRecords(db)).sealed;
    if (!isPlaintextForTests()) rememberAllSealed();
  }
  performance.mark('fielddesk:store-open');
  return { removedUnreadable, sealedLegacy };
}

/** localStorage holds no borrower data: only that this laptop's store has nothing in clear. */
export const ALL_SEALED_MARK = 'fielddesk.store.allSealed';

function allSealedBefore(): boolean {
  return typeof localStorage !== 'undefined' && localStorage.getItem(ALL_SEALED_MARK) === '1';
}

function rememberAllSealed(): void {
  if (typeof localStorage !== 'undefined') localStorage.setItem(ALL_SEALED_MARK, '1');
}
