import type { CachedLoan } from '../../../../shared/domain';
import { filterLoans, type LoanFilter } from './filter';
import { searchIndexOf } from './search-index';

/**
 * Filtering as the agent types: when the new search only adds to the last one ("sh" → "sha"),
 * every loan it can match was in the last answer, so only that answer is searched again. A
 * keystroke over 10,000 loans then scans the whole list once, and ever fewer rows after.
 *
 * A list with a search index (indexForSearch, as the screen prepares it) is always looked up
 * whole: the index finds a word's rows among all 10,000 faster than the last answer's few
 * thousand can be checked one by one.
 */
export function createIncrementalFilter() {
  let last: { loans: readonly CachedLoan[]; key: string; search: string; now: number; result: CachedLoan[] } | undefined;
  return (loans: readonly CachedLoan[], filter: LoanFilter, now: number): CachedLoan[] => {
    const { search: rawSearch, ...rest } = filter;
    const search = rawSearch.toLowerCase().replace(/^\s+/, '');
    const key = JSON.stringify(rest);
    const narrows =
      last !== undefined &&
      searchIndexOf(loans) === undefined &&
      last.loans === loans &&
      last.key === key &&
      last.now === now &&
      // "sha" → "shar" extends a word, "sha" → "sha p" adds one: both only narrow.
      search.startsWith(last.search);
    const source = narrows ? last!.result : loans;
    const result = filterLoans(source, filter, now);
    last = { loans, key, search, now, result };
    return result;
  };
}
