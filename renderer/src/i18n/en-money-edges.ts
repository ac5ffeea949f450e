/**
 * Messages for the money paths' edges (issue 11): whole rupees to Credgenics, the receipt-message
 * setup, and the words deposit lists use for GLAAS modes and statuses.
 */
export const en_money_edges = {
  'visit.error.amount.wholeRupees':
    'Credgenics takes whole rupees only. Enter the amount without paise (for example 1234, not 1234.50).',
  'grid.err.amountWholeRupees':
    'This row is also recorded in Credgenics, which takes whole rupees only: remove the paise.',

  'sync.paise.note':
    'Saved by an older FieldDesk with paise ({amount}). Credgenics takes whole rupees only: press {button} and enter the whole-rupee amount. It is sent under the same receipt number {receipt}.',
  'sync.correct.wholeRupees': 'Credgenics takes whole rupees only: enter the amount without paise.',

  'settings.credgenics.role': 'Your Credgenics role (needed for receipt messages)',
  'settings.credgenics.companyRoleHint':
    'Credgenics gives both. The company ID goes with every call; the role is needed only to send receipt messages.',
  'settings.receipt.on': 'Receipt messages are on: after each payment Credgenics takes, the borrower gets the "{event}" message.',
  'settings.receipt.off': 'Receipt messages are off. To switch them on, fill in the event name, the bot ID and who receives it.',
  'settings.receipt.missing': 'Receipt messages cannot be sent yet. Still missing: {missing}.',
  'settings.receipt.part.eventName': 'the event name (below)',
  'settings.receipt.part.inboundBotId': 'the bot ID (below)',
  'settings.receipt.part.sendTo': 'who receives it (below)',
  'settings.receipt.part.role': 'your Credgenics role (in the Credgenics section)',
  'settings.receipt.part.companyId': 'the company ID (in the Credgenics section)',

  'lines.mode.postedAs': '{method} (posted to GLAAS as {mode})',
  'lines.glaasMode.CHEQUE': 'Cheque',
  'lines.glaasMode.UPI': 'UPI',
  'lines.glaasMode.NACH': 'NACH (bank mandate)',
  'lines.status.READY_FOR_PAYMENT': 'Received by GLAAS, waiting to be applied',
  'lines.status.ACCEPTED': 'Accepted by GLAAS',
  'lines.status.failed': 'Refused by GLAAS ({status})',
  'lines.status.other': 'GLAAS says: {status}',
} as const;
