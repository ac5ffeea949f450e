import type { DBCore, DBCoreCursor, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { applyToBlocks } from './list-blocks';
import { sealingRules, type SealingRule } from './sealing-rules';
import { createTableSealer, type TableSealer } from './table-sealer';

/**
 * The encrypted store: a Dexie DBCore middleware that seals records on their way into IndexedDB
 * and opens them on their way out, for every table with a sealing rule. Features keep using
 * Dexie as before; nothing above this layer ever sees a sealed record, nothing below it (and so
 * nothing on disk) ever sees a borrower's data in clear.
 *
 * It sits just above Dexie's observability and cache layers (level 0), so liveQuery sees the
 * writes this layer makes itself (the work-list blocks) and caches hold sealed records only.
 *
 * Records are sealed by table-sealer.ts; a record an older build wrote in clear is returned as
 * it is until `sealLegacyRecords` seals it after the first unlock.
 */

/** The transaction's stores, to check the work-list blocks are in scope of a loans write. */
function storesOf(trans: DBCoreTransaction): DOMStringList | undefined {
  return (trans as unknown as IDBTransaction).objectStoreNames;
}

/**
 * The cursor, with its value opened. A plain object that asks the real cursor for everything:
 * `Object.create(cursor)` would call IDBCursor's native getters on the wrapper, which Chromium
 * refuses ("Illegal invocation"; fake-indexeddb does not mind, so only the browser shows it).
 */
function wrapCursor(cursor: DBCoreCursor, sealer: TableSealer): DBCoreCursor {
  let openedFor: unknown;
  let opened: unknown;
  const wrapper: DBCoreCursor = {
    get trans() {
      return cursor.trans;
    },
    get key() {
      return cursor.key;
    },
    get primaryKey() {
      return cursor.primaryKey;
    },
    get value() {
      const raw = cursor.value;
      if (raw !== openedFor) {
        openedFor = raw;
        opened = sealer.open(raw);
      }
      return opened;
    },
    get done() {
      return cursor.done;
    },
    continue: (key?: unknown) => cursor.continue(key),
    continuePrimaryKey: (key: unknown, primaryKey: unknown) => cursor.continuePrimaryKey(key, primaryKey),
    advance: (count: number) => cursor.advance(count),
    start: (onNext: () => void) => cursor.start(onNext),
    stop: (value?: unknown) => cursor.stop(value),
    next: () => cursor.next().then(() => wrapper),
    fail: (error: Error) => cursor.fail(error),
  };
  return wrapper;
}

function sealingTable(down: DBCore, table: DBCoreTable, rule: SealingRule): DBCoreTable {
  const sealer = createTableSealer(table.schema, rule);
  const isLoans = table.name === 'loans';

  /**
   * No async/await here: Dexie tracks its transaction through its own promises (PSD zones), and
   * a native await would lose it for the layers below. Every step chains on Dexie's promises.
   */
  function keepBlocksInStep(req: DBCoreMutateRequest): Promise<void> | undefined {
    if (!isLoans) return undefined;
    if (!storesOf(req.trans)?.contains('listBlocks')) {
      throw new Error('Loans must be written in a transaction that includes listBlocks (see db/loans.ts).');
    }
    const blocks = down.table('listBlocks');
    if (req.type === 'add' || req.type === 'put') {
      return applyToBlocks(blocks, req.trans, { put: req.values as Array<Record<string, unknown>> });
    }
    if (req.type === 'delete') return applyToBlocks(blocks, req.trans, { delete: req.keys as string[] });
    return table
      .query({ trans: req.trans, values: false, query: { index: table.schema.primaryKey, range: req.range } })
      .then((answer) => applyToBlocks(blocks, req.trans, { delete: answer.result as string[] }));
  }

  function sealedRequest(req: DBCoreMutateRequest): DBCoreMutateRequest {
    if (req.type !== 'add' && req.type !== 'put') return req;
    return { ...req, values: req.values.map((v) => sealer.seal(v)) } as DBCoreMutateRequest;
  }

  return {
    ...table,
    mutate(req) {
      const sealed = sealedRequest(req);
      const blocksDone = keepBlocksInStep(req);
      return blocksDone ? blocksDone.then(() => table.mutate(sealed)) : table.mutate(sealed);
    },
    get(req) {
      return table.get(req).then((v) => sealer.open(v));
    },
    getMany(req) {
      return table.getMany(req).then((values) => values.map((v) => sealer.open(v)));
    },
    query(req) {
      return table.query(req).then((answer) => (req.values ? { ...answer, result: answer.result.map((v) => sealer.open(v)) } : answer));
    },
    openCursor(req) {
      return table.openCursor(req).then((cursor) => (cursor && req.values ? wrapCursor(cursor, sealer) : cursor));
    },
  };
}

export const sealingMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'FieldDeskSealing',
  // Above Observability and Cache (0), below virtual indexes (1) and hooks (2).
  level: 0.5,
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        const rule = sealingRules[name];
        return rule ? sealingTable(down, table, rule) : table;
      },
    };
  },
};
