import type { CachedLoan } from '../../../../shared/domain';

/**
 * The search keys of one ordered list of loans, laid end to end in one string with a line break
 * between rows (a typed word never holds one, so a match never spans two rows). Finding a word
 * is then a run of String#indexOf over that one string, which the engine does far faster than
 * asking 10,000 short strings in turn, and rows without the word cost nothing.
 *
 * Built once when the rows arrive or their order changes (see `indexForSearch`), never per keystroke.
 */
export interface SearchIndex {
  readonly haystack: string;
  /** Where row i's key starts in `haystack`; one entry more than rows, for the end. */
  readonly starts: Int32Array;
}

const indexes = new WeakMap<readonly CachedLoan[], SearchIndex>();

/** Builds (once per list) the index that `filterLoans` then uses for that very list. */
export function indexForSearch(loans: readonly CachedLoan[]): readonly CachedLoan[] {
  if (!indexes.has(loans)) indexes.set(loans, buildSearchIndex(loans));
  return loans;
}

export const searchIndexOf = (loans: readonly CachedLoan[]): SearchIndex | undefined => indexes.get(loans);

export function buildSearchIndex(loans: readonly CachedLoan[]): SearchIndex {
  const starts = new Int32Array(loans.length + 1);
  const keys: string[] = new Array<string>(loans.length);
  let at = 0;
  for (let i = 0; i < loans.length; i += 1) {
    const key = loans[i]!.summary.searchText;
    starts[i] = at;
    keys[i] = key;
    at += key.length + 1;
  }
  starts[loans.length] = at;
  return { haystack: keys.join('\n'), starts };
}

/** The rows (in list order) whose key holds `term`, which must be lower-case and hold no white space. */
export function rowsContaining(index: SearchIndex, term: string): number[] {
  const { haystack, starts } = index;
  const rows: number[] = [];
  let row = 0;
  for (let found = haystack.indexOf(term); found !== -1; found = haystack.indexOf(term, starts[row]!)) {
    // Matches come in order, so the row only ever moves forward: no search for it.
    while (starts[row + 1]! <= found) row += 1;
    rows.push(row);
    // The rest of this row cannot add it again.
    row += 1;
  }
  return rows;
}
