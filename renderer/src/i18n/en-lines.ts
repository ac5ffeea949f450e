/** Credit lines (Credgenics transactions) and GLAAS lines of credit (issue 11). */
export const en_lines = {
  'sync.kind.lineRepayment': 'Line repayment to GLAAS',
  'sync.kind.transactionPayment': 'Payment on a transaction',
  'import.field.glaas_product': 'GLAAS product (LINE = line of credit)',
  'lines.account.line': 'GLAAS account: line of credit',
  'lines.account.term': 'GLAAS account: term loan',
  'lines.short.line': 'Line of credit',
  'lines.short.term': 'Term loan',
  'lines.col.account': 'GLAAS account',
  'lines.accountOfRow': 'GLAAS account, row {row}',
  'lines.depositTitle': 'Where each loan’s money goes in GLAAS',
  'lines.depositLoan': '{loan}: {account}',
} as const;
