/**
 * The contract's channel names, without zod, for the preload (which must stay a small bundle
 * with nothing but 'electron' to require). A unit test proves this list equals the contract's.
 */
export const channelNames = [
  'app.info',
  'settings.get',
  'settings.update',
  'credentials.status',
  'credentials.setCredgenics',
  'credentials.setGlaas',
  'credentials.remove',
  'credentials.setWeakStorage',
  'connection.test',
  'credgenics.getLoan',
  'credgenics.getCustomer',
  'credgenics.updatePayment',
  'credgenics.findPayments',
  'credgenics.updateTransactionPayment',
  'credgenics.updateLoan',
  'credgenics.triggerCommunication',
  'glaas.uploadDocuments',
  'glaas.loanRepayment',
  'glaas.lineRepayment',
  'glaas.findRepayments',
  'glaas.repaymentStatus',
  'glaas.repaymentSchedule',
  'glaas.lineDetails',
  'glaas.downloadLoanDocument',
  'files.savePdf',
  'files.saveText',
] as const;
