import type { MessageKey } from './en';

/** Hindi for the messages of issue 11 (credit lines, GLAAS lines of credit). */
export const hi_i11b: Partial<Record<MessageKey, string>> = {
  'sync.kind.lineRepayment': 'GLAAS को लाइन का भुगतान',
  'sync.kind.transactionPayment': 'ट्रांज़ैक्शन पर भुगतान',
  'import.field.glaas_product': 'GLAAS प्रोडक्ट (LINE = क्रेडिट लाइन)',
  'lines.account.line': 'GLAAS खाता: क्रेडिट लाइन',
  'lines.account.term': 'GLAAS खाता: टर्म लोन',
  'lines.short.line': 'क्रेडिट लाइन',
  'lines.short.term': 'टर्म लोन',
  'lines.col.account': 'GLAAS खाता',
  'lines.accountOfRow': 'GLAAS खाता, पंक्ति {row}',
  'lines.depositTitle': 'GLAAS में हर लोन का पैसा कहाँ जाएगा',
  'lines.depositLoan': 'लोन {loan}: {account}',
  'lines.txClaim': 'ट्रांज़ैक्शन {transaction}: {claim}',
  'lines.claims.title': 'हर ट्रांज़ैक्शन का बकाया',
  'lines.claims.transaction': 'ट्रांज़ैक्शन',
  'lines.claims.month': 'महीना',
  'lines.claims.claim': 'बकाया',
  'lines.claims.recovered': 'वसूला गया',
  'lines.visit.transaction': 'यह पैसा किस ट्रांज़ैक्शन का है',
  'lines.visit.transactionLegend': 'कौन सा ट्रांज़ैक्शन?',
  'lines.visit.chooseTransaction': 'चुनें कि यह पैसा किस ट्रांज़ैक्शन का है।',
  'lines.visit.transactionOption': '{transaction} — बकाया {claim} ({month})',
  'lines.visit.noTransactions': 'इस लैपटॉप पर Credgenics से इस ग्राहक का कोई ट्रांज़ैक्शन नहीं है। ग्राहक को रिफ्रेश करें, फिर पैसा दर्ज करें।',
};
