import { liveQuery, type Subscription } from 'dexie';
import { create } from 'zustand';
import type { CachedLoan } from '../../../../shared/domain';
import type { FieldDeskDb } from '../../db/schema';
import { readWorkList } from '../../db/work-list';
import { emptyFilter, type LoanFilter } from './filter';

interface LoansState {
  loans: CachedLoan[];
  loaded: boolean;
  loadError?: string;
  filter: LoanFilter;
  setFilter(patch: Partial<LoanFilter>): void;
  clearFilter(): void;
}

export const useLoansStore = create<LoansState>((set, get) => ({
  loans: [],
  loaded: false,
  filter: emptyFilter,
  setFilter: (patch) => set({ filter: { ...get().filter, ...patch } }),
  clearFilter: () => set({ filter: emptyFilter }),
}));

let subscription: Subscription | undefined;

/**
 * Keeps the store's copy of every cached loan in step with IndexedDB. Dexie's liveQuery re-runs
 * after each write transaction; downloads write in batches, so a 1,000-loan refresh re-reads
 * the list a few dozen times, not a thousand. Rows come from the sealed work-list blocks; the
 * first read shows the first blocks' rows before the rest are open.
 */
export function watchLoans(database: FieldDeskDb): () => void {
  subscription?.unsubscribe();
  let firstRead = true;
  const showFirstRows = (rows: CachedLoan[]) => {
    if (rows.length > 0) useLoansStore.setState({ loans: rows, loaded: true, loadError: undefined });
  };
  subscription = liveQuery(async () => {
    const started = performance.now();
    const loans = await readWorkList(database, firstRead ? showFirstRows : undefined);
    firstRead = false;
    performance.measure('fielddesk:loans-read', { start: started, end: performance.now() });
    return loans;
  }).subscribe({
    next: (loans) => {
      useLoansStore.setState({ loans, loaded: true, loadError: undefined });
      if (performance.getEntriesByName('fielddesk:loans-all').length === 0) performance.mark('fielddesk:loans-all');
    },
    error: (error: unknown) =>
      useLoansStore.setState({ loaded: true, loadError: error instanceof Error ? error.message : String(error) }),
  });
  return () => subscription?.unsubscribe();
}
