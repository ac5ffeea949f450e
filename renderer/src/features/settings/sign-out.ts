import type { FieldDeskDb } from '../../db/schema';
import { countUnsent } from '../../sync/outbox-store';

export type SignOutOutcome<T> = { refused: true; unsent: number } | { refused: false; result: T };

/**
 * Removing the saved Credgenics token is this app's sign-out. It refuses while anything on the
 * laptop still owes the server (pending, sending, checking, refused or waiting for sign-in):
 * without the token those items could not be sent, and money items never expire
 * (DESIGN.md "Offline store and outbox"). When refused, `remove` is not called at all, so the
 * main process never hears of it.
 */
export async function signOutUnlessUnsent<T>(database: FieldDeskDb, remove: () => Promise<T>): Promise<SignOutOutcome<T>> {
  const unsent = await countUnsent(database);
  if (unsent > 0) return { refused: true, unsent };
  return { refused: false, result: await remove() };
}
