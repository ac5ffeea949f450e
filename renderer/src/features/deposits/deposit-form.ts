import type { DepositBranch } from './model';

/** IFSC: 4 letters (the bank), a 0, then 6 letters or digits (the branch). */
export const IFSC = /^[A-Z]{4}0[A-Z0-9]{6}$/;

export interface DepositFormValues {
  branchType: 'bank' | 'company';
  bankName: string;
  ifsc: string;
  branchName: string;
  accountName: string;
  accountType: 'current' | 'savings';
  accountNumber: string;
  address: string;
  contact: string;
  receiptNumber: string;
  date: string;
}

export type DepositFormErrors = Partial<Record<keyof DepositFormValues | 'collections', string>>;

/** Each field's error as a message key of the deposits catalogue; empty when all is well. */
export function checkDepositForm(v: DepositFormValues, chosen: number, today: string): DepositFormErrors {
  const e: DepositFormErrors = {};
  const need = (key: keyof DepositFormValues, max = 100) => {
    const value = v[key].trim();
    if (!value) e[key] = 'deposit.error.required';
    else if (value.length > max) e[key] = 'deposit.error.tooLong';
  };
  if (chosen === 0) e.collections = 'deposit.error.noneChosen';
  need('branchName');
  if (v.branchType === 'bank') {
    need('bankName');
    need('accountName');
    if (!IFSC.test(v.ifsc.trim().toUpperCase())) e.ifsc = 'deposit.error.ifsc';
    if (!/^\d{6,18}$/.test(v.accountNumber.trim())) e.accountNumber = 'deposit.error.accountNumber';
  } else {
    need('address', 300);
    if (!/^(\+91[ -]?)?[6-9]\d{9}$/.test(v.contact.replace(/\s/g, ''))) e.contact = 'deposit.error.contact';
  }
  need('receiptNumber', 50);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.date)) e.date = 'deposit.error.date';
  else if (v.date > today) e.date = 'deposit.error.future';
  return e;
}

export function branchOf(v: DepositFormValues): DepositBranch {
  return v.branchType === 'bank'
    ? {
        branch_type: 'bank',
        bank_name: v.bankName.trim(),
        ifsc: v.ifsc.trim().toUpperCase(),
        branch_name: v.branchName.trim(),
        account_name: v.accountName.trim(),
        account_type: v.accountType,
        account_number: v.accountNumber.trim(),
      }
    : { branch_type: 'company', branch_name: v.branchName.trim(), address: v.address.trim(), contact: v.contact.trim() };
}
