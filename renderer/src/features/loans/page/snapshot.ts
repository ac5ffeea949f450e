import type {
  CustomerTransaction,
  GetCustomerResponse,
  GetLoanResponse,
  LoanDefault,
  LoanDetails,
  PaymentHistoryEntry,
  NoticeTrackingEntry,
} from '../../../../../shared/credgenics';
import { borrowerOf } from '../summary';

type Activity = GetLoanResponse;
export type CommunicationEntry = NonNullable<Activity['communication_details']>[number];
export type RemarkEntry = NonNullable<Activity['remarks']>[number];

/** One row of "Dues by allocation month"; credit lines say which transaction it belongs to. */
export interface DueRow {
  transactionId?: string;
  entry: LoanDefault;
}

/** Everything the loan page shows from one Credgenics snapshot, loan or credit line alike. */
export interface LoanContent {
  details?: LoanDetails;
  dues?: DueRow[];
  transactions?: CustomerTransaction[];
  payments?: PaymentHistoryEntry[];
  remarks?: RemarkEntry[];
  communications?: CommunicationEntry[];
  notices?: NoticeTrackingEntry[];
}

function isCustomer(snapshot: GetLoanResponse | GetCustomerResponse): snapshot is GetCustomerResponse {
  return !('loan_details' in snapshot) && 'output' in snapshot;
}

export function readSnapshot(snapshot: GetLoanResponse | GetCustomerResponse): LoanContent {
  if (!isCustomer(snapshot)) {
    const details = snapshot.loan_details;
    return {
      details,
      dues: details?.defaults?.map((entry) => ({ entry })),
      payments: snapshot.payment_history,
      remarks: snapshot.remarks,
      communications: snapshot.communication_details,
      notices: snapshot.notice_tracking_details,
    };
  }
  const output = snapshot.output;
  const applicant = output.applicant_details;
  const transactions = output.transactions_details;
  // Not borrowerOf's merged defaults: here each transaction's months keep its id.
  const dues =
    applicant?.defaults === undefined && transactions === undefined
      ? undefined
      : [
          ...(applicant?.defaults ?? []).map((entry) => ({ entry })),
          ...(transactions ?? []).flatMap((tx) =>
            (tx.data?.defaults ?? []).map((entry) => ({ transactionId: tx.transaction_id, entry })),
          ),
        ];
  return {
    details: borrowerOf(snapshot),
    dues,
    transactions: transactions ?? [],
    payments: output.payment_history,
    remarks: output.remarks,
    communications: output.communication_details,
    notices: output.notice_tracking_details,
  };
}
