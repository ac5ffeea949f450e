import type {
  CommunicationTriggerRequest,
  PaymentHistoryEntry,
  UpdateLoanRequest,
  UpdatePaymentRequest,
  UpdateTransactionPaymentRequest,
} from '../../../shared/credgenics';
import type { DocumentUploadResponse, LoanRepaymentDetail, RepaymentLineResult, RepaymentStatus } from '../../../shared/glaas';
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
  /** Update Transaction Payment: a credit-line customer's payment on one transaction. */
  updateTransactionPayment(input: {
    transactionId: string;
    allocationMonth: string;
    payment: UpdateTransactionPaymentRequest;
    opKey: string;
  }): Promise<Result<unknown>>;
  /** After an unclear outcome: Get Customer's payments carrying `reference` on this transaction. */
  findTransactionPayments(input: {
    customerId: string;
    transactionId: string;
    reference: string;
    opKey: string;
  }): Promise<Result<{ writeSucceeded: boolean; entries: PaymentHistoryEntry[] }>>;
  updateLoan(input: { loanId: string; patch: UpdateLoanRequest; opKey: string }): Promise<Result<unknown>>;
  triggerCommunication(input: { request: CommunicationTriggerRequest; opKey: string }): Promise<Result<unknown>>;
  /** GLAAS loan repayment: at most 100 lines, each with its uid (the outbox id). */
  postRepayments(details: LoanRepaymentDetail[]): Promise<Result<RepaymentLineResult[]>>;
  /** GLAAS line repayment (a line of credit): same lines, same uids, the line endpoint. */
  postLineRepayments(details: LoanRepaymentDetail[]): Promise<Result<RepaymentLineResult[]>>;
  /** After an unclear outcome: which uids this app session saw accepted, and GLAAS's status for the rest. */
  findRepayments(uids: string[]): Promise<Result<{ succeeded: string[]; statuses: RepaymentStatus[] }>>;
  repaymentStatus(uids: string[]): Promise<Result<RepaymentStatus[]>>;
  /** One KYC document to GLAAS Upload Document, as multipart, through the main process. */
  uploadDocument(input: {
    requestFlowId: string;
    file: { name: string; type: 'image/jpeg' | 'image/png' | 'application/pdf'; bytes: Uint8Array<ArrayBuffer> };
    /** The document's outbox id: progress is reported under it, and a reload joins the upload. */
    opKey?: string;
  }): Promise<Result<DocumentUploadResponse[]>>;
  /** A cheap authenticated call: does this platform take our credentials again? */
  checkConnection(platform: 'credgenics' | 'glaas'): Promise<Result<unknown>>;
}

export function syncPortFromBridge(bridge: FieldDeskApi): SyncPort {
  return {
    updatePayment: (input) => bridge.credgenics.updatePayment(input),
    findPayments: (input) => bridge.credgenics.findPayments(input),
    updateTransactionPayment: (input) => bridge.credgenics.updateTransactionPayment(input),
    findTransactionPayments: (input) => bridge.credgenics.findTransactionPayments(input),
    updateLoan: (input) => bridge.credgenics.updateLoan(input),
    triggerCommunication: (input) => bridge.credgenics.triggerCommunication(input),
    postRepayments: (details) => bridge.glaas.loanRepayment({ details }),
    postLineRepayments: (details) => bridge.glaas.lineRepayment({ details }),
    findRepayments: (uids) => bridge.glaas.findRepayments({ uids }),
    repaymentStatus: (uids) => bridge.glaas.repaymentStatus({ uids }),
    uploadDocument: ({ requestFlowId, file, opKey }) => bridge.glaas.uploadDocuments({ requestFlowId, files: [file], opKey }),
    checkConnection: (platform) => bridge.connection.test({ platform }),
  };
}

/** Over a `(channel, input)` dispatcher, which validates every answer against the contract. */
export function syncPortFromInvoke(invoke: (channel: string, input: unknown) => Promise<unknown>): SyncPort {
  const call = <T>(channel: string, input: unknown) => invoke(channel, input) as Promise<Result<T>>;
  return {
    updatePayment: (input) => call('credgenics.updatePayment', input),
    findPayments: (input) => call('credgenics.findPayments', input),
    updateTransactionPayment: (input) => call('credgenics.updateTransactionPayment', input),
    findTransactionPayments: (input) => call('credgenics.findTransactionPayments', input),
    updateLoan: (input) => call('credgenics.updateLoan', input),
    triggerCommunication: (input) => call('credgenics.triggerCommunication', input),
    postRepayments: (details) => call('glaas.loanRepayment', { details }),
    postLineRepayments: (details) => call('glaas.lineRepayment', { details }),
    findRepayments: (uids) => call('glaas.findRepayments', { uids }),
    repaymentStatus: (uids) => call('glaas.repaymentStatus', { uids }),
    uploadDocument: ({ requestFlowId, file, opKey }) => call('glaas.uploadDocuments', { requestFlowId, files: [file], opKey }),
    checkConnection: (platform) => call('connection.test', { platform }),
  };
}
