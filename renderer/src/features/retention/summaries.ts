import type { Table } from 'dexie';
import type { FieldDeskDb } from '../../db/schema';
import type { DaySummary } from './model';

/** The schema keeps daySummaries loosely typed (it imports no feature); this is its real type. */
export const summaryTable = (db: FieldDeskDb): Table<DaySummary, string> => db.daySummaries as unknown as Table<DaySummary, string>;

/** Summaries of days up to and including `day` (all when no day is given), oldest first. */
export async function readSummaries(db: FieldDeskDb, upTo?: string): Promise<DaySummary[]> {
  const table = summaryTable(db);
  const rows = upTo === undefined ? await table.toArray() : await table.where('day').belowOrEqual(upTo).toArray();
  return rows.filter((row) => row.v === 1);
}
