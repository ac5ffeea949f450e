/**
 * The usual visit outcomes (shared/settings.ts defaultDispositions) by code. Shown in place of a
 * saved label only while the lender has kept the usual English name, so a renamed outcome is
 * always shown as the lender wrote it.
 */
export const en_outcomes = {
  'outcome.PAID_FULL': 'Paid in full',
  'outcome.PAID_PART': 'Paid partly',
  'outcome.PTP': 'Promise to pay',
  'outcome.REFUSED': 'Refused to pay',
  'outcome.NOT_AVAILABLE': 'Not available / door locked',
  'outcome.WRONG_ADDRESS': 'Wrong address',
  'outcome.SHIFTED': 'Shifted',
  'outcome.DECEASED': 'Deceased',
  'outcome.DISPUTE': 'Dispute',
  'outcome.CALL_BACK': 'Call back',
} as const;
