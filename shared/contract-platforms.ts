import { z } from 'zod';
import { MAX_WIRE_LIST } from './wire-schema';
import {
  AllocationMonth,
  CommunicationTriggerRequest,
  CommunicationTriggerResponse,
  CredgenicsAck,
  CredgenicsField,
  GetCustomerResponse,
  GetLoanResponse,
  PaymentHistoryEntry,
  UpdateLoanRequest,
  UpdatePaymentRequest,
  UpdateTransactionPaymentRequest,
} from './credgenics';
import {
  DocumentUploadResponseList,
  LoanRepaymentDetail,
  LoanRepaymentResponse,
  LineDetailsResponse,
  RepaymentSchedule,
  RepaymentStatusResponse,
} from './glaas';

/** An id that goes into a URL path: printable, no spaces, of sane length. */
export const PathId = z
  .string()
  .trim()
  .min(1, 'The id is empty')
  .max(100, 'The id is too long')
  .regex(/^[\x21-\x7e]+$/, 'The id has spaces or characters that cannot be sent')
  // `.` and `..` survive encodeURIComponent and then climb the URL's path; a slash adds a segment.
  .refine((id) => id !== '.' && id !== '..', 'The id cannot be . or ..')
  .refine((id) => !/[/\\]/.test(id), 'The id cannot hold / or \\');

const NumericId = z.union([z.number().int().positive(), z.string().regex(/^\d{1,18}$/)]);

/** Largest single document we accept over IPC (the KYC screen refuses bigger files first). */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

const UploadFile = z.strictObject({
  name: z.string().trim().min(1).max(200),
  type: z.enum(['image/jpeg', 'image/png', 'application/pdf']),
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength > 0 && b.byteLength <= MAX_UPLOAD_BYTES, 'The file is empty or too large'),
});

/**
 * The outbox item's id, sent with each write so the main process can join a write that is still
 * in flight after a page reload instead of sending it twice (services/write-registry.ts).
 */
const OpKey = z.string().regex(/^[0-9A-Za-z_-]{8,64}$/, 'Not an outbox id').optional();

const CallBackUrl = z.string().max(500).optional();

/** Credgenics and GLAAS calls: one channel per documented operation the app uses. */
export const platformChannels = {
  'credgenics.getLoan': {
    input: z.strictObject({ loanId: PathId, fields: z.array(CredgenicsField).max(5).optional() }),
    output: GetLoanResponse,
  },
  'credgenics.getCustomer': {
    input: z.strictObject({ customerId: PathId, fields: z.array(CredgenicsField).max(5).optional() }),
    output: GetCustomerResponse,
  },
  'credgenics.updatePayment': {
    input: z.strictObject({
      loanId: PathId,
      allocationMonth: AllocationMonth,
      payment: UpdatePaymentRequest,
      opKey: OpKey,
    }),
    output: CredgenicsAck,
  },
  /**
   * Reconciliation: waits for any write with `opKey` still in flight, then reads the loan's
   * payment_history and answers the entries carrying `reference`.
   */
  'credgenics.findPayments': {
    input: z.strictObject({ loanId: PathId, reference: z.string().trim().min(1).max(100), opKey: OpKey }),
    output: z.object({
      /** A write with opKey succeeded in this app session: no lookup was needed. */
      writeSucceeded: z.boolean(),
      entries: z.array(PaymentHistoryEntry).max(MAX_WIRE_LIST),
    }),
  },
  /**
   * Reconciliation of a credit-line payment: waits for any write with `opKey` still in flight,
   * then reads the customer's payment_history (Get Customer) and answers the entries carrying
   * `reference` that belong to `transactionId` (or name no transaction).
   */
  'credgenics.findTransactionPayments': {
    input: z.strictObject({
      customerId: PathId,
      transactionId: PathId,
      reference: z.string().trim().min(1).max(100),
      opKey: OpKey,
    }),
    output: z.object({
      writeSucceeded: z.boolean(),
      entries: z.array(PaymentHistoryEntry).max(MAX_WIRE_LIST),
    }),
  },
  'credgenics.updateTransactionPayment': {
    input: z.strictObject({
      transactionId: PathId,
      allocationMonth: AllocationMonth,
      payment: UpdateTransactionPaymentRequest,
      opKey: OpKey,
    }),
    output: CredgenicsAck,
  },
  'credgenics.updateLoan': {
    input: z.strictObject({ loanId: PathId, patch: UpdateLoanRequest, opKey: OpKey }),
    output: CredgenicsAck,
  },
  'credgenics.triggerCommunication': {
    input: z.strictObject({ request: CommunicationTriggerRequest, opKey: OpKey }),
    output: CommunicationTriggerResponse,
  },
  'glaas.uploadDocuments': {
    /** opKey: the document's outbox id, under which glaas.uploadProgress reports this upload. */
    input: z.strictObject({ requestFlowId: NumericId, files: z.array(UploadFile).min(1).max(10), opKey: OpKey }),
    output: DocumentUploadResponseList,
  },
  /** Bytes sent so far of each upload still running (polled by the KYC screen while it waits). */
  'glaas.uploadProgress': {
    input: z.strictObject({}),
    output: z.array(
      z.object({ opKey: z.string(), sentBytes: z.number().int().min(0), totalBytes: z.number().int().min(0) }),
    ).max(1000),
  },
  'glaas.loanRepayment': {
    input: z.strictObject({ details: z.array(LoanRepaymentDetail).min(1).max(100), callBackUrl: CallBackUrl }),
    output: LoanRepaymentResponse,
  },
  'glaas.lineRepayment': {
    input: z.strictObject({ details: z.array(LoanRepaymentDetail).min(1).max(100), callBackUrl: CallBackUrl }),
    output: LoanRepaymentResponse,
  },
  /**
   * Reconciliation of repayment lines: waits for any request still carrying these uids, then
   * answers which of them this app session saw accepted and GLAAS's status for the rest.
   */
  'glaas.findRepayments': {
    input: z.strictObject({ uids: z.array(z.string().trim().min(1).max(100)).min(1).max(500) }),
    output: z.object({ succeeded: z.array(z.string()).max(500), statuses: RepaymentStatusResponse }),
  },
  'glaas.repaymentStatus': {
    input: z.strictObject({ uids: z.array(z.string().trim().min(1).max(100)).min(1).max(500) }),
    output: RepaymentStatusResponse,
  },
  'glaas.repaymentSchedule': {
    input: z.strictObject({ loanId: NumericId }),
    output: RepaymentSchedule,
  },
  'glaas.lineDetails': {
    input: z.strictObject({
      requestFlowIds: z.array(z.number().int().positive()).min(1).max(100),
      paymentDate: z.string().regex(/^\d{2}\/\d{2}\/\d{4}$/, 'Write the date as DD/MM/YYYY'),
    }),
    output: LineDetailsResponse,
  },
  'glaas.downloadLoanDocument': {
    input: z.strictObject({ requestFlowId: NumericId }),
    output: z.object({ bytes: z.instanceof(Uint8Array), contentType: z.string() }),
  },
} as const;
