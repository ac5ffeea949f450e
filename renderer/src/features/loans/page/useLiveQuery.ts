import { liveQuery } from 'dexie';
import { useEffect, useState, type DependencyList } from 'react';

export type LiveResult<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; error: unknown };

const sameDeps = (a: DependencyList, b: DependencyList) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

/**
 * A Dexie query kept current: it re-runs whenever a write touches what it read (a refresh
 * storing a new snapshot, a GLAAS fetch), and works the same with no network at all.
 * dexie-react-hooks does this too, but is not a dependency; this is all the page needs.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: DependencyList): LiveResult<T> {
  const [held, setHeld] = useState<{ deps: DependencyList; result: LiveResult<T> }>({
    deps,
    result: { state: 'loading' },
  });

  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setHeld({ deps, result: { state: 'ready', value } }),
      error: (error: unknown) => setHeld({ deps, result: { state: 'error', error } }),
    });
    return () => subscription.unsubscribe();
    // The caller's deps, not the query function's identity, decide when it is a different query.
  }, deps);

  // A result for other deps (the previous loan) is never shown, not even for one render.
  return sameDeps(held.deps, deps) ? held.result : { state: 'loading' };
}
