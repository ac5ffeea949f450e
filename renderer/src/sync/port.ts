import type {
  CommunicationTriggerRequest,
  PaymentHistoryEntry,
  UpdateLoanRequest,
  UpdatePaymentRequest,
} from '../../../shared/credgenics';
import type { Result } from '../../../shared/result';
import type { FieldDeskApi } from '../api';

/**
 * The platform calls the outbox makes, as a port: the IPC bridge in the app, the real
 * main-process dispatcher in tests and benchmarks. Every write carries the item's id as opKey.
 */
export interface SyncPort {
  updatePayment(input: {
    loanId: string;
    allocationMonth: string;
    payment: UpdatePaymentRequest;
    opKey: string;
  }): Promise<Result<unknown>>;
  findPayments(input: {
    loanId: string;
    reference: string;
    opKey: string;
  }): Promise<Result<{ writeSucceeded: boolean; entries: PaymentHistoryEntry[] }>>;
  updateLoan(input: { loanId: string; patch: UpdateLoanRequest; opKey: string }): Promise<Result<unknown>>;
  triggerCommunication(input: { request: CommunicationTriggerRequest; opKey: string }): Promise<Result<unknown>>;
  /** A cheap authenticated call: does Credgenics take our credentials again? */
  checkCredgenics(): Promise<Result<unknown>>;
}

export function syncPortFromBridge(bridge: FieldDeskApi): SyncPort {
  return {
    updatePayment: (input) => bridge.credgenics.updatePayment(input),
    findPayments: (input) => bridge.credgenics.findPayments(input),
    updateLoan: (input) => bridge.credgenics.updateLoan(input),
    triggerCommunication: (input) => bridge.credgenics.triggerCommunication(input),
    checkCredgenics: () => bridge.connection.test({ platform: 'credgenics' }),
  };
}

/** Over a `(channel, input)` dispatcher, which validates every answer against the contract. */
export function syncPortFromInvoke(invoke: (channel: string, input: unknown) => Promise<unknown>): SyncPort {
  const call = <T>(channel: string, input: unknown) => invoke(channel, input) as Promise<Result<T>>;
  return {
    updatePayment: (input) => call('credgenics.updatePayment', input),
    findPayments: (input) => call('credgenics.findPayments', input),
    updateLoan: (input) => call('credgenics.updateLoan', input),
    triggerCommunication: (input) => call('credgenics.triggerCommunication', input),
    checkCredgenics: () => call('connection.test', { platform: 'credgenics' }),
  };
}
