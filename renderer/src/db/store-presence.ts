import { db } from './schema';

let existedBefore: Promise<boolean | undefined> | undefined;

/**
 * Notes at boot, without opening anything, whether the app's database is already on this
 * laptop. A store this start is about to create cannot hold records an older build left in
 * clear, so the unlock need not look for them (db/crypto/open-store.ts). Nothing opens the
 * database before the keys arrive (the lock tests check that it does not even exist by then).
 */
export function noteStorePresence(): void {
  existedBefore ??= listedNow();
}

/** false on a new laptop; undefined when unknown (then the unlock looks, as before). */
export function storeExistedBefore(): Promise<boolean | undefined> {
  return existedBefore ?? Promise.resolve(undefined);
}

async function listedNow(): Promise<boolean | undefined> {
  try {
    const all = await indexedDB.databases();
    return all.some((database) => database.name === db().name);
  } catch {
    return undefined;
  }
}
