import type { CredgenicsField, GetCustomerResponse, GetLoanResponse } from '../../../../../shared/credgenics';
import type { LineDetails, RepaymentSchedule } from '../../../../../shared/glaas';
import type { Result } from '../../../../../shared/result';
import type { FieldDeskApi } from '../../../api';

/**
 * The four platform calls the loan cache needs, as a port: in the app it wraps the IPC bridge,
 * in tests and benchmarks it wraps the real main-process dispatcher. Keeping the engine behind
 * this port is what lets it run under plain Node against the sandbox.
 */
export interface LoanApi {
  getLoan(input: { loanId: string; fields?: CredgenicsField[] }): Promise<Result<GetLoanResponse>>;
  getCustomer(input: { customerId: string; fields?: CredgenicsField[] }): Promise<Result<GetCustomerResponse>>;
  repaymentSchedule(input: { loanId: number | string }): Promise<Result<RepaymentSchedule>>;
  lineDetails(input: { requestFlowIds: number[]; paymentDate: string }): Promise<Result<LineDetails[]>>;
}

/** The app's port: pass `api` from renderer/src/api.ts. */
export function loanApiFromBridge(bridge: FieldDeskApi): LoanApi {
  return {
    getLoan: (input) => bridge.credgenics.getLoan(input),
    getCustomer: (input) => bridge.credgenics.getCustomer(input),
    repaymentSchedule: (input) => bridge.glaas.repaymentSchedule(input),
    lineDetails: (input) => bridge.glaas.lineDetails(input),
  };
}

/**
 * A port over anything that answers `(channel, input)` with a contract Result, such as the
 * main-process dispatcher the tests and benchmarks run in-process. The dispatcher validates
 * every answer against the contract, so the casts only restate what it already checked.
 */
export function loanApiFromInvoke(invoke: (channel: string, input: unknown) => Promise<unknown>): LoanApi {
  return {
    getLoan: (input) => invoke('credgenics.getLoan', input) as Promise<Result<GetLoanResponse>>,
    getCustomer: (input) => invoke('credgenics.getCustomer', input) as Promise<Result<GetCustomerResponse>>,
    repaymentSchedule: (input) => invoke('glaas.repaymentSchedule', input) as Promise<Result<RepaymentSchedule>>,
    lineDetails: (input) => invoke('glaas.lineDetails', input) as Promise<Result<LineDetails[]>>,
  };
}
