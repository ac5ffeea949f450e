import { api } from '../../../api';
import { db } from '../../../db/schema';
import { useSettingsStore } from '../../../stores/settings';
import { onAllocationSaved } from '../import/announce';
import { createRefreshController, type RefreshController } from './controller';
import { downloadLoans } from './engine';
import { loanApiFromBridge } from './port';

let instance: RefreshController | undefined;

/** Credit-line companies (a Settings choice) are read with Get Customer instead of Get Loan. */
const loanKindFromSettings = (): 'loan' | 'credit-line' =>
  useSettingsStore.getState().settings?.credgenics.lenderType === 'credit-lines' ? 'credit-line' : 'loan';

/**
 * The app's one refresh controller over the IPC bridge and the app's database. One instance is
 * what makes refreshing single-flight across screens (the list, the loan page, the import).
 */
export function refreshController(): RefreshController {
  instance ??= createRefreshController({ api: loanApiFromBridge(api), db: db(), kind: loanKindFromSettings });
  return instance;
}

/** The loan page's Refresh: one loan, now, even while a bigger refresh runs (it needs no progress bar). */
export async function refreshOneLoan(loanId: string): Promise<void> {
  const result = await downloadLoans([loanId], { api: loanApiFromBridge(api), db: db(), kind: loanKindFromSettings });
  // The loan's own failure (404, say) is on its row; a run that could not even ask is an error here.
  if (result.stopError) throw new Error(result.stopError.message);
}

/**
 * Call once at start-up: refreshes stale loans now and on every reconnect, and downloads what
 * an import or "add a loan" just allocated. Returns a function that undoes the wiring.
 */
export function startLoanRefresh(win: Window = window): () => void {
  const controller = refreshController();
  const stopAuto = controller.startAutoRefresh(win);
  const stopListening = onAllocationSaved((loanIds) => {
    // Progress and failures show through the controller's store; nobody awaits this.
    controller.refreshLoans(loanIds).catch(() => undefined);
  });
  return () => {
    stopAuto();
    stopListening();
  };
}
