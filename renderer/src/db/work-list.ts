import type { ListBlock } from './crypto/list-blocks';
import type { LoanRow } from './loans';
import type { FieldDeskDb } from './schema';

/** About one block in sixteen (600-odd rows of 10,000): more than a screenful, opened first. */
const FIRST_BLOCKS = 4;

function rowsOf(blocks: unknown[]): LoanRow[] {
  return (blocks as ListBlock[]).flatMap((block) => block.rows as unknown as LoanRow[]);
}

/**
 * Every work-list row, from the sealed blocks (db/crypto/list-blocks.ts): 64 reads, not one per
 * loan. `onFirstRows` gets the rows of the first few blocks as soon as they are open, so the
 * screen can show a first screenful while the rest is still being decrypted.
 */
export async function readWorkList(db: FieldDeskDb, onFirstRows?: (rows: LoanRow[]) => void): Promise<LoanRow[]> {
  if (!onFirstRows) return rowsOf(await db.listBlocks.toArray());
  const head = rowsOf(await db.listBlocks.where('id').below(FIRST_BLOCKS).toArray());
  onFirstRows(head);
  const rest = rowsOf(await db.listBlocks.where('id').aboveOrEqual(FIRST_BLOCKS).toArray());
  return head.concat(rest);
}
