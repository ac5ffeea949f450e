import { describe, expect, it } from 'vitest';
import type { CachedLoan } from '../../../shared/domain';
import { emptyFilter, filterLoans, type LoanFilter } from '../../../renderer/src/features/loans/filter';
import { createIncrementalFilter } from '../../../renderer/src/features/loans/incremental-search';
import { pendingLoan } from '../../../renderer/src/features/loans/summary';

const NOW = new Date(2026, 11, 2, 12).getTime();
const names = ['Ravi Sharma', 'Asha Sharma', 'Ravi Kumar', 'Sunita Devi', 'Shankar Rao', 'Pune Traders', 'Ramesh Shah'];
const loans: CachedLoan[] = names.map((name, i) => {
  const loan = pendingLoan(`FD10${i}`, [{ loanId: `FD10${i}`, allocationMonth: '2026-12-01', source: 'a.csv', importedAt: 1 }]);
  const status = i % 2 ? 'Initiated' : 'Partially Recovered';
  return { ...loan, summary: { ...loan.summary, name, finalStatus: status, searchText: `${name} fd10${i}`.toLowerCase() } };
});

describe('search as the agent types', () => {
  it('answers exactly what a full filter answers, keystroke by keystroke, backspaces and filter changes included', () => {
    const incremental = createIncrementalFilter();
    const steps: Partial<LoanFilter>[] = [
      { search: 's' }, { search: 'sh' }, { search: 'sha' }, { search: 'shar' }, { search: 'sharm' },
      { search: 'sharma' }, { search: 'sharma ' }, { search: 'sharma r' }, { search: 'sharma' }, { search: 'sha' },
      { search: 'sha', status: 'Initiated' }, { search: 'shan', status: 'Initiated' }, { search: 'shan' },
      { search: '' }, { search: 'FD1' }, { search: 'fd10' }, { search: 'fd103' }, { search: 'ravi' }, { search: 'ravi k' },
    ];
    for (const step of steps) {
      const filter = { ...emptyFilter, ...step };
      expect(incremental(loans, filter, NOW).map((l) => l.loanId), JSON.stringify(step)).toEqual(
        filterLoans(loans, filter, NOW).map((l) => l.loanId),
      );
    }
  });

  it('searches only the last answer when the new search extends it, and the whole list otherwise', () => {
    let looked = 0;
    const counted = new Proxy(loans, {
      get(target, prop, receiver) {
        if (prop === Symbol.iterator) looked += 1;
        return Reflect.get(target, prop, receiver);
      },
    });
    const incremental = createIncrementalFilter();
    incremental(counted, { ...emptyFilter, search: 'sh' }, NOW);
    incremental(counted, { ...emptyFilter, search: 'sha' }, NOW);
    incremental(counted, { ...emptyFilter, search: 'shar' }, NOW);
    expect(looked).toBe(1);
    incremental(counted, { ...emptyFilter, search: 'sh' }, NOW);
    expect(looked).toBe(2);
  });
});
