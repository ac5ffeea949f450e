import 'fake-indexeddb/auto';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../../electron/sandbox';
import type { Assignment } from '../../../shared/domain';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { pendingLoan } from '../../../renderer/src/features/loans/summary';
import { loanApiFromInvoke, type LoanApi } from '../../../renderer/src/features/loans/download/port';
import { createHarnessMain, type HarnessMain } from '../../support/harness-main';

export interface Training {
  sandbox: Sandbox;
  main: HarnessMain;
  /** The real main-process API over the sandbox, as the engine's port. */
  api: LoanApi;
  close(): Promise<void>;
}

/** A sandbox and the real main API pointed at it in Training mode, as a new laptop would be. */
export async function startTraining(options: SandboxOptions = {}): Promise<Training> {
  const sandbox = await startSandbox({ port: 0, loanCount: 60, ...options });
  const main = createHarnessMain({ sandbox });
  const answer = (await main.invoke('settings.update', {
    credgenics: { environment: 'training' },
    glaas: { environment: 'training' },
  })) as { ok: boolean };
  if (!answer.ok) throw new Error('could not choose the Training environment');
  return { sandbox, main, api: loanApiFromInvoke((c, i) => main.invoke(c, i)), close: () => sandbox.close() };
}

let dbCount = 0;
export function freshDb(): FieldDeskDb {
  dbCount += 1;
  return new FieldDeskDb(`loans-download-${process.pid}-${Date.now()}-${dbCount}`);
}

export const loanIds = (n: number, from = 1): string[] => Array.from({ length: n }, (_, i) => `FD${100000 + from + i}`);

/** What an import leaves behind: assignments and a pending row per loan. */
export async function allocate(db: FieldDeskDb, ids: readonly string[], month: string, extra: Partial<Assignment> = {}) {
  const assignments = ids.map((loanId): Assignment => ({ loanId, allocationMonth: month, source: 'test.csv', importedAt: 0, ...extra }));
  await db.assignments.bulkPut(assignments);
  const existing = await db.loans.bulkGet([...ids]);
  await db.transaction('rw', db.loans, db.listBlocks, () => db.loans.bulkPut(ids.filter((_, i) => !existing[i]).map((id) => pendingLoan(id, assignments.filter((a) => a.loanId === id)))));
}

/** Requests the sandbox saw for Get Loan / Get Customer. */
export function loanRequests(sandbox: Sandbox) {
  return sandbox.state.requests.filter((r) => r.platform === 'credgenics' && r.method === 'GET');
}

/** Wraps a port to watch it: calls per loan, calls in flight now, the most ever in flight. */
export function watched(api: LoanApi) {
  const stats = { calls: [] as string[], inFlight: 0, maxInFlight: 0 };
  const track = async <T>(id: string, call: () => Promise<T>): Promise<T> => {
    stats.calls.push(id);
    stats.inFlight += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    try {
      return await call();
    } finally {
      stats.inFlight -= 1;
    }
  };
  const port: LoanApi = {
    getLoan: (input) => track(input.loanId, () => api.getLoan(input)),
    getCustomer: (input) => track(input.customerId, () => api.getCustomer(input)),
    repaymentSchedule: (input) => track(`schedule:${input.loanId}`, () => api.repaymentSchedule(input)),
    lineDetails: (input) => track(`line:${input.requestFlowIds.join(',')}`, () => api.lineDetails(input)),
  };
  return { port, stats };
}

/** A sleep that returns at once and remembers what it was asked to wait. */
export function instantSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}
