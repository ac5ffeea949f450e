import type { WipeReport } from '../../../../shared/contract-lock';
import type { ApiError, Result } from '../../../../shared/result';
import type { FieldDeskDb } from '../../db/schema';
import { LANGUAGE_STORAGE_KEY } from '../../i18n';
import { countUnsent } from '../../sync/outbox-store';
import { platformOf, unsentStates, type OutboxPlatform } from '../../sync/types';

export type SignOutOutcome<T> = { refused: true; unsent: number } | { refused: false; result: T };

/** Items that still owe each platform something (pending, sending, checking, refused, waiting for sign-in). */
export type UnsentByPlatform = Record<OutboxPlatform, number>;

export async function unsentByPlatform(database: FieldDeskDb): Promise<UnsentByPlatform> {
  const counts: UnsentByPlatform = { credgenics: 0, glaas: 0 };
  await database.outbox
    .where('state')
    .anyOf([...unsentStates])
    .each((item) => void (counts[platformOf(item.kind)] += 1));
  return counts;
}

/**
 * Removing a platform's saved sign-in details refuses while anything on the laptop still owes
 * that platform: without them those items could not be sent, and money items never expire
 * (DESIGN.md "Offline store and outbox"). When refused, `remove` is not called at all, so the
 * main process never hears of it. Without `platform`, anything unsent on either platform refuses.
 */
export async function signOutUnlessUnsent<T>(
  database: FieldDeskDb,
  remove: () => Promise<T>,
  platform?: OutboxPlatform,
): Promise<SignOutOutcome<T>> {
  const unsent = platform ? (await unsentByPlatform(database))[platform] : await countUnsent(database);
  if (unsent > 0) return { refused: true, unsent };
  return { refused: false, result: await remove() };
}

export type LaptopSignOut =
  | { refused: true; unsent: UnsentByPlatform }
  | { refused: false; failed: ApiError }
  | { refused: false; removed: string[] };

export interface LaptopSignOutDeps {
  database: FieldDeskDb;
  /** lock.wipe: the PIN record, both keys, the credentials and the agent's settings in the main process. */
  wipe: () => Promise<Result<WipeReport>>;
  /** The sync engine must not touch the database while it goes (nor reopen it after). */
  stopSync: () => void;
  forgetKeys: () => void;
  storage: { local: Storage; session: Storage };
}

/** What the renderer itself removes, named for the list shown at the end. */
export const RENDERER_REMOVED = 'database';

/**
 * "Sign out of this laptop" (issue 13): refuses while anything is unsent on either platform;
 * otherwise the main process forgets the keys and the credentials first (so even a database
 * that fails to delete is sealed with keys that no longer exist), then the database goes,
 * then this window's storage (the language stays) and the keys in memory.
 */
export async function signOutOfLaptop(deps: LaptopSignOutDeps): Promise<LaptopSignOut> {
  const unsent = await unsentByPlatform(deps.database);
  if (unsent.credgenics + unsent.glaas > 0) return { refused: true, unsent };
  deps.stopSync();
  const wiped = await deps.wipe();
  if (!wiped.ok) return { refused: false, failed: wiped.error };
  deps.database.close();
  await deps.database.delete({ disableAutoOpen: true });
  clearStorageKeepingLanguage(deps.storage.local);
  deps.storage.session.clear();
  deps.forgetKeys();
  return { refused: false, removed: [RENDERER_REMOVED, ...wiped.value.removed] };
}

function clearStorageKeepingLanguage(storage: Storage): void {
  const language = storage.getItem(LANGUAGE_STORAGE_KEY);
  storage.clear();
  if (language !== null) storage.setItem(LANGUAGE_STORAGE_KEY, language);
}
