import type { MessageKey } from '../../i18n';
import type { CollectionMethod, PersonMet, VisitPurpose } from './model';

/** The words for each choice, shared by the visit form and the loan page's list of visits. */
export const purposeLabel: Record<VisitPurpose, MessageKey> = {
  scheduled: 'visit.purpose.scheduled',
  surprise: 'visit.purpose.surprise',
  'ptp-follow-up': 'visit.purpose.ptpFollowUp',
};

export const personMetLabel: Record<PersonMet, MessageKey> = {
  borrower: 'visit.whoMet.borrower',
  'co-applicant': 'visit.whoMet.coApplicant',
  family: 'visit.whoMet.family',
  other: 'visit.whoMet.other',
};

export const methodLabel: Record<CollectionMethod, MessageKey> = {
  cash: 'visit.method.cash',
  cheque: 'visit.method.cheque',
  upi: 'visit.method.upi',
  'bank-transfer': 'visit.method.bankTransfer',
};
