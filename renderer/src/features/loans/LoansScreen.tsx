import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { getLanguage, t } from '../../i18n';
import { formatMonthName, formatRupees } from '../../ui/format';
import { hrefFor } from '../../ui/router';
import { filterOptions, sortLoans, totalsOf, type LoanFilter } from './filter';
import { createIncrementalFilter } from './incremental-search';
import { LoanList } from './LoanList';
import { indexForSearch } from './search-index';
import { useLoansStore } from './store';

/** "My loans": the agent's work list, searchable and sortable, readable with no network. */
export function LoansScreen({ refreshArea }: { refreshArea?: React.ReactNode }) {
  const loans = useLoansStore((s) => s.loans);
  const loaded = useLoansStore((s) => s.loaded);
  const loadError = useLoansStore((s) => s.loadError);
  const filter = useLoansStore((s) => s.filter);
  const setFilter = useLoansStore((s) => s.setFilter);
  const clearFilter = useLoansStore((s) => s.clearFilter);
  // "Today" for the visited filter: fixed while the screen is open, so typing can narrow the last answer.
  const [now] = useState(() => Date.now());
  const [filterIncrementally] = useState(createIncrementalFilter);
  // The search box shows each key at once; the list follows a moment later (React renders it
  // in the background and drops a stale one when the next key arrives). New rows from the store
  // are not deferred: sorted and indexed when they arrive, they stay out of a keystroke's frame.
  const listFilter = useDeferredValue(filter);

  // Sorting 10,000 rows, and indexing their search keys, happens when the data or the order
  // changes; a keystroke only looks the typed words up.
  const sorted = useMemo(() => indexForSearch(sortLoans(loans, listFilter.sort)), [loans, listFilter.sort]);
  const shown = useMemo(() => filterIncrementally(sorted, listFilter, now), [sorted, listFilter]);
  const totals = useMemo(() => totalsOf(shown), [shown]);
  const options = useMemo(() => filterOptions(loans), [loans]);

  useEffect(() => {
    if (loaded) performance.mark('fielddesk:loans-visible');
  }, [loaded]);

  return (
    <main className="screen wide" aria-labelledby="loans-title">
      <div className="title-row">
        <h1 id="loans-title">{t('loans.title')}</h1>
        {refreshArea}
      </div>
      {loadError && (
        <p role="alert" className="error">
          {t('loans.loadError', { reason: loadError })}
        </p>
      )}
      <div className="filters" role="search">
        <label className="search">
          {t('loans.search')}
          <input
            type="search"
            value={filter.search}
            placeholder={t('loans.searchHint')}
            onChange={(e) => setFilter({ search: e.target.value })}
          />
        </label>
        <Select label={t('loans.month')} value={filter.allocationMonth} onChange={(v) => setFilter({ allocationMonth: v })}>
          <option value="">{t('loans.all')}</option>
          {options.months.map((m) => (
            <option key={m} value={m}>
              {formatMonthName(m, getLanguage())}
            </option>
          ))}
        </Select>
        <Select label={t('loans.bracket')} value={filter.dpdBracket} onChange={(v) => setFilter({ dpdBracket: v })}>
          <option value="">{t('loans.all')}</option>
          {options.brackets.map((b) => (
            <option key={b} value={b}>
              {b}
            </option>
          ))}
        </Select>
        <Select label={t('loans.status')} value={filter.status} onChange={(v) => setFilter({ status: v })}>
          <option value="">{t('loans.all')}</option>
          {options.statuses.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
        <Select label={t('loans.visited')} value={filter.visited} onChange={(v) => setFilter({ visited: v as LoanFilter['visited'] })}>
          <option value="">{t('loans.all')}</option>
          <option value="today">{t('loans.visitedToday')}</option>
          <option value="not-today">{t('loans.notVisitedToday')}</option>
        </Select>
        <Select label={t('loans.promise')} value={filter.promise} onChange={(v) => setFilter({ promise: v as LoanFilter['promise'] })}>
          <option value="">{t('loans.all')}</option>
          <option value="with">{t('loans.withPromise')}</option>
          <option value="without">{t('loans.withoutPromise')}</option>
        </Select>
        <Select label={t('loans.sort')} value={filter.sort} onChange={(v) => setFilter({ sort: v as LoanFilter['sort'] })}>
          <option value="priority">{t('loans.sortPriority')}</option>
          <option value="amount">{t('loans.sortAmount')}</option>
          <option value="dpd">{t('loans.sortDpd')}</option>
          <option value="name">{t('loans.sortName')}</option>
        </Select>
      </div>
      <p className="totals" role="status" aria-label={t('loans.totalsLabel')}>
        {t('loans.totals', {
          count: totals.count.toLocaleString('en-IN'),
          claim: formatRupees(totals.totalClaim),
          recovered: formatRupees(totals.recovered),
        })}
      </p>
      {loaded && loans.length === 0 && (
        <p className="empty">
          {t('loans.empty')} <a href={hrefFor({ name: 'import' })}>{t('loans.emptyAction')}</a>
        </p>
      )}
      {loans.length > 0 && shown.length === 0 && (
        <p className="empty">
          {t('loans.noMatch')}{' '}
          <button type="button" onClick={clearFilter}>
            {t('loans.clearFilters')}
          </button>
        </p>
      )}
      <LoanList loans={shown} now={now} />
    </main>
  );
}

function Select(props: { label: string; value: string; onChange(value: string): void; children: React.ReactNode }) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.children}
      </select>
    </label>
  );
}
