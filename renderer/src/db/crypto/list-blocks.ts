import type { DBCoreTable, DBCoreTransaction } from 'dexie';
import { sealingRules } from './sealing-rules';
import { createTableSealer, type TableSealer } from './table-sealer';

/**
 * The work list in sealed blocks (issue 13 item 5). Opening 10,000 rows one record at a time is
 * 10,000 reads and 10,000 decryptions; a loan's row also lives in block `blockOf(loanId)` (one
 * of 64), so the list opens with 64 reads and the first blocks can be shown before the rest.
 * A hash, not a counter, picks the block: no bookkeeping, and a row never moves.
 *
 * The sealing middleware calls `applyToBlocks` in the same transaction as every write to
 * `loans`, so the blocks can never disagree with the rows.
 */
export const BLOCK_COUNT = 64;

export interface ListBlock {
  id: number;
  rows: Array<Record<string, unknown>>;
}

export type BlockChange = { put: Array<Record<string, unknown>> } | { delete: string[] };

/** FNV-1a: small, fast and evenly spread for loan ids. */
export function blockOf(loanId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < loanId.length; i++) {
    hash ^= loanId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % BLOCK_COUNT;
}

const sealers = new WeakMap<DBCoreTable, TableSealer>();
function sealerFor(blocks: DBCoreTable): TableSealer {
  let sealer = sealers.get(blocks);
  if (!sealer) {
    sealer = createTableSealer(blocks.schema, sealingRules.listBlocks!);
    sealers.set(blocks, sealer);
  }
  return sealer;
}

/**
 * `blocks` is the table below the sealing layer: this function seals and opens itself. Chained
 * on Dexie's promises, not awaited (see the middleware: a native await loses the transaction).
 */
export function applyToBlocks(blocks: DBCoreTable, trans: DBCoreTransaction, change: BlockChange): Promise<void> {
  const sealer = sealerFor(blocks);
  const byBlock = new Map<number, { put: Array<Record<string, unknown>>; delete: string[] }>();
  const touch = (id: number) => {
    let entry = byBlock.get(id);
    if (!entry) byBlock.set(id, (entry = { put: [], delete: [] }));
    return entry;
  };
  if ('put' in change) for (const row of change.put) touch(blockOf(String(row.loanId))).put.push(row);
  else for (const loanId of change.delete) touch(blockOf(String(loanId))).delete.push(String(loanId));
  const ids = [...byBlock.keys()];

  return blocks
    .getMany({ trans, keys: ids })
    .then((stored) =>
      ids.map((id, i) => {
        const block = (sealer.open(stored[i]) as ListBlock | undefined) ?? { id, rows: [] };
        const rows = new Map(block.rows.map((row) => [String(row.loanId), row]));
        const { put, delete: gone } = byBlock.get(id)!;
        for (const loanId of gone) rows.delete(loanId);
        for (const row of put) rows.set(String(row.loanId), row);
        return sealer.seal({ id, rows: [...rows.values()] });
      }),
    )
    .then((next) => (ids.length === 0 ? undefined : blocks.mutate({ type: 'put', trans, values: next, keys: ids })))
    .then((answer) => {
      if (answer && answer.numFailures > 0) throw Object.values(answer.failures)[0] ?? new Error('The work list could not be saved.');
    });
}
