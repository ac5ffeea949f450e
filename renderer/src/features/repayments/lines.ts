import type { FieldDeskDb } from '../../db/schema';
import type { OutboxItem } from '../../sync/types';
import type { RepaymentLine } from './model';

/** A line with the outbox item that carries it: where it is on its way to GLAAS. */
export interface LineRow {
  line: RepaymentLine;
  item?: OutboxItem;
}

export async function withItems(db: FieldDeskDb, lines: RepaymentLine[]): Promise<LineRow[]> {
  const items = await db.outbox.bulkGet(lines.map((l) => l.id));
  return lines.map((line, i) => ({ line, ...(items[i] ? { item: items[i] } : {}) }));
}

/** The most recent grid lines first (the branch officer's day), up to `limit`. */
export async function recentGridLines(db: FieldDeskDb, limit = 300): Promise<LineRow[]> {
  const lines = await db.repayments.where('source').equals('grid').reverse().sortBy('createdAt');
  return withItems(db, lines.slice(0, limit));
}
