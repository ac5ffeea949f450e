import { describe, expect, it } from 'vitest';
import type { CachedLoan } from '../../../shared/domain';
import { emptyFilter, filterLoans, type LoanFilter } from '../../../renderer/src/features/loans/filter';
import { createIncrementalFilter } from '../../../renderer/src/features/loans/incremental-search';
import { buildSearchIndex, indexForSearch, rowsContaining, searchIndexOf } from '../../../renderer/src/features/loans/search-index';
import { pendingLoan } from '../../../renderer/src/features/loans/summary';

const NOW = new Date(2026, 11, 2, 12).getTime();
const keys = ['ravi sharma fd100 pune 411001', 'asha sharma fd101 9876500000', 'ravi kumar fd102', '', 'sunita devi fd104 shshsh', 'a', 'ramesh shah fd106 pune'];

function listOf(searchTexts: string[]): CachedLoan[] {
  return searchTexts.map((searchText, i) => {
    const loan = pendingLoan(`FD10${i}`, [{ loanId: `FD10${i}`, allocationMonth: '2026-12-01', source: 'a.csv', importedAt: 1 }]);
    return { ...loan, summary: { ...loan.summary, finalStatus: i % 2 ? 'Initiated' : 'Settled', searchText } };
  });
}

describe('search index', () => {
  it('finds each row holding a word once, in list order, however often the word repeats in it', () => {
    const index = buildSearchIndex(listOf(keys));
    expect(rowsContaining(index, 'sh')).toEqual([0, 1, 4, 6]);
    expect(rowsContaining(index, 'a')).toEqual([0, 1, 2, 4, 5, 6]);
    expect(rowsContaining(index, 'pune')).toEqual([0, 6]);
    expect(rowsContaining(index, 'fd106')).toEqual([6]);
    expect(rowsContaining(index, 'zzz')).toEqual([]);
  });

  it('never matches across two rows', () => {
    const index = buildSearchIndex(listOf(['ab', 'cd']));
    expect(rowsContaining(index, 'bc')).toEqual([]);
    expect(rowsContaining(index, 'b')).toEqual([0]);
    expect(rowsContaining(index, 'c')).toEqual([1]);
  });

  it('an indexed list answers exactly what an unindexed copy does, for words, several words and the other filters', () => {
    const plain = listOf(keys);
    const indexed = indexForSearch([...plain]);
    expect(searchIndexOf(indexed)).toBeDefined();
    expect(searchIndexOf(plain)).toBeUndefined();
    const filters: Partial<LoanFilter>[] = [
      { search: 's' }, { search: 'SH' }, { search: '  sharma  ' }, { search: 'sharma ravi' }, { search: 'ravi sharma' },
      { search: 'pune 41' }, { search: 'a', status: 'Initiated' }, { search: 'fd10', status: 'Settled' }, { search: '98765' },
      { search: 'nobody' }, { search: '' }, { status: 'Initiated' },
    ];
    for (const step of filters) {
      const filter = { ...emptyFilter, ...step };
      expect(filterLoans(indexed, filter, NOW).map((l) => l.loanId), JSON.stringify(step)).toEqual(
        filterLoans(plain, filter, NOW).map((l) => l.loanId),
      );
    }
  });

  it('as the agent types over an indexed list, each answer is the full filter’s, read from the whole list', () => {
    const indexed = indexForSearch(listOf(keys));
    const incremental = createIncrementalFilter();
    for (const search of ['s', 'sh', 'sha', 'shar', 'sh', 'r', 'ra', 'ravi ', 'ravi k']) {
      const filter = { ...emptyFilter, search };
      expect(incremental(indexed, filter, NOW).map((l) => l.loanId), search).toEqual(filterLoans(indexed, filter, NOW).map((l) => l.loanId));
    }
  });
});
