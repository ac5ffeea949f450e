import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTable, type DBCoreTransaction, type Middleware } from 'dexie';
import { unsentStates, type OutboxItem, type OutboxState } from './types';

/**
 * How many outbox items are in each state (and, for unsent states, per loan, with the oldest),
 * kept in the `outboxCounts` table by a DBCore middleware in the SAME transaction as every
 * outbox write (issue 15). The header re-reads its summary on every outbox change during a
 * drain; counting through indexes walks every entry of the range (and, under IndexedDB's
 * deletions, every stale entry left behind), so its cost grew with the backlog. A few small rows
 * cost the same with 20 or 2,000 payments waiting.
 *
 * The middleware sees every write, whoever makes it (engine, features, tests, retention), so the
 * counts cannot be forgotten by a new write path; a transaction that aborts takes its count
 * changes with it. The money-safety checks (sign-out, purge) still count the outbox itself.
 */

export const OUTBOX_COUNTS = 'outboxCounts';
const OUTBOX = 'outbox';
/** The loanId of a state's total row. */
export const ALL_LOANS = '';

export interface OutboxCountRow {
  state: OutboxState;
  /** ALL_LOANS for the state's total; a loan for the per-loan rows of unsent states. */
  loanId: string;
  count: number;
  /** Per-loan rows: the lowest id in this state and loan, and when it was captured. */
  oldestId?: string;
  oldestAt?: number;
}

type Counted = Pick<OutboxItem, 'id' | 'state' | 'loanId' | 'createdAt'>;
type RowKey = [OutboxState, string];

const rowName = (state: string, loanId: string) => `${state}\u0000${loanId}`;

/** The rows an item counts in: its state's total and, while unsent, its loan's row. */
function rowsOf(item: Counted): RowKey[] {
  return unsentStates.has(item.state) ? [[item.state, ALL_LOANS], [item.state, item.loanId]] : [[item.state, ALL_LOANS]];
}

interface RowChange {
  key: RowKey;
  delta: number;
  entered: Counted[];
  left: Set<string>;
}

/** The count changes of one write: each item's old version leaves its rows, its new one enters. */
function changesOf(pairs: ReadonlyArray<{ before?: Counted; after?: Counted }>): Map<string, RowChange> {
  const changes = new Map<string, RowChange>();
  const change = (key: RowKey) => {
    const name = rowName(key[0], key[1]);
    let found = changes.get(name);
    if (!found) {
      found = { key, delta: 0, entered: [], left: new Set() };
      changes.set(name, found);
    }
    return found;
  };
  for (const { before, after } of pairs) {
    // A write that keeps state and loan (a retry time, an attempt count) changes no count.
    if (before && after && before.state === after.state && before.loanId === after.loanId) continue;
    if (before) {
      for (const key of rowsOf(before)) {
        const c = change(key);
        c.delta -= 1;
        c.left.add(before.id);
      }
    }
    if (after) {
      for (const key of rowsOf(after)) {
        const c = change(key);
        c.delta += 1;
        c.entered.push(after);
      }
    }
  }
  // No empty entry can remain: one exists only because an item entered or left its row.
  return changes;
}

function storesOf(trans: DBCoreTransaction): DOMStringList {
  return (trans as unknown as IDBTransaction).objectStoreNames;
}

function countingTable(down: DBCore, outbox: DBCoreTable): DBCoreTable {
  const counts = down.table(OUTBOX_COUNTS);
  const primaryKey = outbox.schema.primaryKey;
  const byLoan = outbox.schema.indexes.find((index) => index.name === '[state+loanId]');
  if (!byLoan) throw new Error('The outbox needs its [state+loanId] index to keep its counts.');

  /** The stored versions of the items a write replaces or deletes, in request order. */
  function before(req: DBCoreMutateRequest): Promise<Array<Counted | undefined>> | undefined {
    switch (req.type) {
      case 'add':
        return undefined;
      case 'put':
        return outbox.getMany({ trans: req.trans, keys: req.keys ?? req.values.map((v) => primaryKey.extractKey!(v)) });
      case 'delete':
        return outbox.getMany({ trans: req.trans, keys: req.keys });
      case 'deleteRange':
        return outbox.query({ trans: req.trans, values: true, query: { index: primaryKey, range: req.range } }).then((answer) => answer.result);
    }
  }

  /** Old and new version of each item the write changed (failed operations change nothing). */
  function pairsOf(req: DBCoreMutateRequest, old: Array<Counted | undefined> | undefined, res: DBCoreMutateResponse) {
    const failed = (i: number) => res.numFailures > 0 && i in res.failures;
    if (req.type === 'deleteRange') return (old ?? []).map((before) => ({ before }));
    if (req.type === 'delete') return (old ?? []).flatMap((before, i) => (failed(i) ? [] : [{ before }]));
    // One request may write the same id twice: the second replaces the first, not the stored one.
    const latest = new Map<unknown, Counted | undefined>();
    const pairs: Array<{ before?: Counted; after?: Counted }> = [];
    req.values.forEach((value: Counted, i) => {
      if (failed(i)) return;
      const id = primaryKey.extractKey!(value);
      const before = latest.has(id) ? latest.get(id) : old?.[i];
      latest.set(id, value);
      pairs.push({ before, after: value });
    });
    return pairs;
  }

  /** The lowest-id item left in a state and loan (the index orders equal keys by id). */
  function oldestOf(trans: DBCoreTransaction, [state, loanId]: RowKey): Promise<Counted | undefined> {
    return outbox
      .query({ trans, values: true, limit: 1, query: { index: byLoan!, range: { type: 1, lower: [state, loanId], upper: [state, loanId] } } })
      .then((answer) => answer.result[0] as Counted | undefined);
  }

  function applyChanges(trans: DBCoreTransaction, changes: Map<string, RowChange>): Promise<void> | undefined {
    if (changes.size === 0) return undefined;
    const list = [...changes.values()];
    return counts.getMany({ trans, keys: list.map((c) => c.key) }).then((stored: Array<OutboxCountRow | undefined>) => {
      const next: OutboxCountRow[] = [];
      const gone: RowKey[] = [];
      const recount: OutboxCountRow[] = [];
      list.forEach((c, i) => {
        const [state, loanId] = c.key;
        const row: OutboxCountRow = { ...(stored[i] ?? { state, loanId, count: 0 }) };
        row.count += c.delta;
        if (row.count <= 0) {
          gone.push(c.key);
          return;
        }
        next.push(row);
        if (loanId === ALL_LOANS) return;
        if (row.oldestId !== undefined && c.left.has(row.oldestId)) {
          recount.push(row);
          return;
        }
        for (const item of c.entered) {
          if (row.oldestId === undefined || item.id < row.oldestId) {
            row.oldestId = item.id;
            row.oldestAt = item.createdAt;
          }
        }
      });
      const oldestFound = recount.reduce<Promise<unknown>>(
        (chain, row) =>
          chain.then(() =>
            oldestOf(trans, [row.state, row.loanId]).then((oldest) => {
              row.oldestId = oldest?.id;
              row.oldestAt = oldest?.createdAt;
            }),
          ),
        Dexie.Promise.resolve(),
      );
      return oldestFound
        .then(() => (next.length > 0 ? counts.mutate({ type: 'put', trans, values: next }) : undefined))
        .then(() => (gone.length > 0 ? counts.mutate({ type: 'delete', trans, keys: gone }) : undefined))
        .then(() => undefined);
    });
  }

  return {
    ...outbox,
    /**
     * No async/await: Dexie follows its transaction through its own promises (see the sealing
     * middleware), so every step chains on the promises the layer below gives back.
     */
    mutate(req) {
      if (!storesOf(req.trans).contains(OUTBOX_COUNTS)) {
        // Only a schema upgrade from before version 6 writes the outbox without the counts in
        // scope; version 6's upgrade counts everything afresh.
        if ((req.trans as unknown as IDBTransaction).mode === 'versionchange') return outbox.mutate(req);
        throw new Error('Outbox writes must include outboxCounts in their transaction.');
      }
      const write = (old: Array<Counted | undefined> | undefined) =>
        outbox.mutate(req).then((res) => {
          const done = applyChanges(req.trans, changesOf(pairsOf(req, old, res)));
          return done ? done.then(() => res) : res;
        });
      const reading = before(req);
      return reading ? reading.then(write) : write(undefined);
    },
  };
}

/**
 * Counts every outbox write into `outboxCounts`. Every read-write transaction on the outbox gets
 * the counts table added to its scope, so no caller has to remember it.
 */
export const outboxCountsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'FieldDeskOutboxCounts',
  // Below the sealing layer (0.5), so it reads only clear fields and never opens a payload;
  // above Observability (0), so live queries see the count rows change.
  level: 0.4,
  create(down) {
    const hasCounts = down.schema.tables.some((t) => t.name === OUTBOX_COUNTS);
    if (!hasCounts) return down;
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened = mode === 'readwrite' && stores.includes(OUTBOX) && !stores.includes(OUTBOX_COUNTS) ? [...stores, OUTBOX_COUNTS] : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return name === OUTBOX ? countingTable(down, table) : table;
      },
    };
  },
};

/**
 * Version 6's upgrade: counts what an older build left in the outbox. Raw IndexedDB inside the
 * upgrade transaction, reading the records as stored: the fields counted are kept in clear, so
 * no payload is opened (and no key is needed before the first unlock).
 */
export function recountOutbox(trans: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    const rows = new Map<string, OutboxCountRow>();
    const add = (item: Counted) => {
      for (const [state, loanId] of rowsOf(item)) {
        const name = rowName(state, loanId);
        const row = rows.get(name) ?? { state, loanId, count: 0 };
        row.count += 1;
        // The cursor walks in id order: the first item met in a row is its oldest.
        if (loanId !== ALL_LOANS && row.oldestId === undefined) {
          row.oldestId = item.id;
          row.oldestAt = item.createdAt;
        }
        rows.set(name, row);
      }
    };
    const cursorRequest = trans.objectStore(OUTBOX).openCursor();
    cursorRequest.onerror = () => reject(cursorRequest.error);
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result;
      if (cursor) {
        add(cursor.value as Counted);
        cursor.continue();
        return;
      }
      const store = trans.objectStore(OUTBOX_COUNTS);
      store.clear();
      for (const row of rows.values()) store.put(row);
      resolve();
    };
  });
}

/**
 * Counts the outbox afresh, in one read-write transaction of its own: the counts stay right
 * only while every outbox write goes through Dexie, so the app recounts once at start-up to
 * make up for anything that wrote around it (a raw import, a test seeding the store).
 */
export function recountOutboxNow(idb: IDBDatabase): Promise<void> {
  return new Promise((resolve, reject) => {
    const trans = idb.transaction([OUTBOX, OUTBOX_COUNTS], 'readwrite');
    trans.oncomplete = () => resolve();
    trans.onabort = () => reject(trans.error ?? new Error('The outbox could not be counted.'));
    recountOutbox(trans).catch(reject);
  });
}

export interface OutboxTally {
  counts: Record<OutboxState, number>;
  /** Per loan, the unsent states it has items in. */
  byLoan: Map<string, OutboxState[]>;
  /** When the oldest unsent item was captured. */
  oldestUnsentAt?: number;
}

/** The maintained counts, read in one request. Call inside a transaction that includes outboxCounts. */
export async function readTally(table: Dexie.Table<OutboxCountRow, RowKey>, states: readonly OutboxState[]): Promise<OutboxTally> {
  const counts = Object.fromEntries(states.map((s) => [s, 0])) as Record<OutboxState, number>;
  const byLoan = new Map<string, OutboxState[]>();
  let oldestUnsentAt: number | undefined;
  for (const row of await table.toArray()) {
    if (row.loanId === ALL_LOANS) {
      counts[row.state] = row.count;
      continue;
    }
    byLoan.set(row.loanId, [...(byLoan.get(row.loanId) ?? []), row.state]);
    if (row.oldestAt !== undefined) oldestUnsentAt = Math.min(oldestUnsentAt ?? Infinity, row.oldestAt);
  }
  return { counts, byLoan, ...(oldestUnsentAt !== undefined ? { oldestUnsentAt } : {}) };
}
