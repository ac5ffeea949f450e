/** Credit lines (Credgenics transactions) and GLAAS lines of credit (issue 11). */
export const en_lines = {
  'sync.kind.lineRepayment': 'Line repayment to GLAAS',
  'sync.kind.transactionPayment': 'Payment on a transaction',
} as const;
