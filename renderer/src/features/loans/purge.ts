import type { Assignment } from '../../../../shared/domain';
import { deleteLoans } from '../../db/loans';
import type { FieldDeskDb } from '../../db/schema';
import { latestMonth, monthKey } from './summary';

const DAY_MS = 24 * 60 * 60 * 1000;
const IST_OFFSET_MS = (5 * 60 + 30) * 60 * 1000;

export interface PurgeOptions {
  now?: () => number;
  /** Days after the allocation month's end before a loan leaves the laptop (setting, default 45). */
  days?: number;
  /**
   * Whether anything captured for this loan has not reached the platforms yet. Required, with
   * no default: a purge that guessed "nothing unsent" could strand an unsent payment's loan.
   */
  hasUnsent: (loanId: string) => Promise<boolean> | boolean;
}

/** The instant an allocation month (`YYYY-M-01`) ends: midnight IST starting the next month. */
export function monthEndMs(allocationMonth: string): number | undefined {
  const key = monthKey(allocationMonth);
  if (key < 0) return undefined;
  const nextYear = Math.floor((key + 1) / 12);
  const nextMonth = (key + 1) % 12;
  return Date.UTC(nextYear, nextMonth, 1) - IST_OFFSET_MS;
}

/**
 * A loan's latest allocation month: from its assignments, else from its summary (a loan
 * cached without an assignment). A loan with no month we can read is never purged.
 */
function expiredBefore(
  loanId: string,
  assignments: ReadonlyMap<string, Assignment[]>,
  summaryMonths: ReadonlyMap<string, string>,
  cutoff: number,
): boolean {
  const months = (assignments.get(loanId) ?? []).map((a) => a.allocationMonth).filter((m) => monthKey(m) >= 0);
  const month = latestMonth(months) ?? summaryMonths.get(loanId);
  const end = month === undefined ? undefined : monthEndMs(month);
  return end !== undefined && end < cutoff;
}

async function readMonths(db: FieldDeskDb, onlyIds?: readonly string[]) {
  const assignments = onlyIds ? await db.assignments.where('loanId').anyOf(onlyIds).toArray() : await db.assignments.toArray();
  const byLoan = new Map<string, Assignment[]>();
  for (const a of assignments) {
    const list = byLoan.get(a.loanId);
    if (list) list.push(a);
    else byLoan.set(a.loanId, [a]);
  }
  // Summaries only for loans without assignments: cached snapshots are big, so read few rows.
  const loanIds = onlyIds ?? ((await db.loans.toCollection().primaryKeys()) as string[]);
  const orphans = loanIds.filter((id) => !byLoan.has(id));
  const summaryMonths = new Map<string, string>();
  for (const row of await db.loans.bulkGet(orphans)) if (row) summaryMonths.set(row.loanId, row.summary.allocationMonth);
  const ids = [...new Set([...byLoan.keys(), ...loanIds])];
  return { byLoan, summaryMonths, ids };
}

/**
 * Removes loans whose latest allocation month ended more than `days` days ago and that have
 * nothing unsent: the cached loan (row and snapshot), its assignments and its GLAAS cache, with
 * one audit entry.
 * Returns the ids removed.
 *
 * `hasUnsent` may be asynchronous and outside this database, so it is asked before the delete
 * transaction (awaiting foreign promises inside a Dexie transaction would end it); the
 * transaction then re-checks the months so a loan re-allocated meanwhile stays. Unsent items
 * themselves are never touched here: only the cached copy of the loan goes.
 */
export async function purgeExpired(db: FieldDeskDb, options: PurgeOptions): Promise<string[]> {
  if (typeof options.hasUnsent !== 'function') throw new TypeError('purgeExpired needs hasUnsent: it must never guess.');
  const now = (options.now ?? Date.now)();
  const days = options.days ?? 45;
  const cutoff = now - days * DAY_MS;

  const first = await db.transaction('r', db.loans, db.assignments, () => readMonths(db));
  const candidates = first.ids.filter((id) => expiredBefore(id, first.byLoan, first.summaryMonths, cutoff));
  const purgeable: string[] = [];
  for (const id of candidates) if (!(await options.hasUnsent(id))) purgeable.push(id);
  if (purgeable.length === 0) return [];

  return db.transaction('rw', [db.loans, db.listBlocks, db.snapshots, db.assignments, db.glaas, db.audit], async () => {
    const again = await readMonths(db, purgeable);
    const purged = purgeable.filter((id) => expiredBefore(id, again.byLoan, again.summaryMonths, cutoff));
    if (purged.length === 0) return [];
    await deleteLoans(db, purged);
    await db.assignments.where('loanId').anyOf(purged).delete();
    await db.glaas.bulkDelete(purged);
    const listed = purged.slice(0, 50).join(', ') + (purged.length > 50 ? `, and ${purged.length - 50} more` : '');
    await db.audit.add({
      at: now,
      kind: 'purge-loans',
      detail: `Removed ${purged.length} loan(s) whose allocation month ended more than ${days} days ago, with nothing unsent: ${listed}`,
    });
    return purged;
  });
}
