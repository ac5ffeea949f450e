/**
 * "Loans were just allocated": the import screen says it here, and whoever downloads loans (App
 * wires that) listens. A plain listener set rather than a store, so it carries no state and the
 * import feature depends on nothing of the download feature.
 */
type Listener = (loanIds: string[]) => void;

const listeners = new Set<Listener>();

/** Calls `listener` after every saved import or added loan; returns the unsubscribe function. */
export function onAllocationSaved(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function announceAllocationSaved(loanIds: string[]): void {
  for (const listener of [...listeners]) {
    try {
      listener(loanIds);
    } catch (error) {
      // One broken listener must not stop the others or undo a save that already happened.
      console.error('allocation listener failed', error);
    }
  }
}
