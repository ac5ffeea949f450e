import type { Sandbox } from '../../electron/sandbox';
import { syncPortFromInvoke, type SyncPort } from '../../renderer/src/sync/port';
import { createHarnessMain } from '../support/harness-main';

/**
 * The sync port of the real main-process API, with Credgenics on the sandbox (Training), and the
 * first `count` loans allocated this month: what the drain benchmarks send collections on.
 */
export async function credgenicsTrainingPort(sandbox: Sandbox, count: number): Promise<{ port: SyncPort; month: string; loanIds: string[] }> {
  const main = createHarnessMain({ sandbox });
  await main.invoke('settings.update', { credgenics: { environment: 'training' } });
  const port = syncPortFromInvoke((c, i) => main.invoke(c, i));
  const month = sandbox.state.dataset.allocationMonths.current;
  const loanIds = sandbox.state.dataset.loans
    .filter((l) => l.loan_details.defaults?.some((d) => d.allocation_month === month))
    .map((l) => String(l.loan_details.loan_id))
    .slice(0, count);
  return { port, month, loanIds };
}
