import type { FileField } from '../../db/crypto/stored-file';
import type { CollectionMethod } from '../collections/model';

/**
 * A deposit of collected money at a bank or a company branch. Mirrors Credgenics' `fos_deposit`
 * webhook (deposit_id, agent, branch_details, loan_data, receipt no) so the record reads the
 * same as the lender's own data. Its lines to GLAAS are RepaymentLines with depositId = this id.
 */
export type DepositBranch =
  | {
      branch_type: 'bank';
      bank_name: string;
      ifsc: string;
      branch_name: string;
      account_name: string;
      account_type: 'current' | 'savings';
      account_number: string;
    }
  | { branch_type: 'company'; branch_name: string; address: string; contact: string };

export interface DepositLoanData {
  loan_id: string;
  /** Rupees: the sum of the collections below. */
  amount: number;
  /** Visit ids whose money is in this deposit. */
  collection_ids: string[];
  /** The GLAAS repayment line (uid) made for this loan. */
  line_id: string;
}

export interface DepositRecord {
  /** ULID made at capture. */
  deposit_id: string;
  agent: { email?: string; name?: string };
  branch_details: DepositBranch;
  loan_data: DepositLoanData[];
  /** Always the sum of loan_data amounts (checked when saved). */
  total_amount: number;
  deposit_receipt_number: string;
  /** YYYY-MM-DD */
  deposit_date: string;
  deposit_method: 'cash' | 'cheque' | 'mixed';
  methods: CollectionMethod[];
  /** The slip photo; a StoredFile once saved (the encrypted store keeps bytes, not Blobs). */
  proof?: FileField;
  createdAt: number;
  /** Local day of capture, YYYY-MM-DD. */
  day: string;
}
