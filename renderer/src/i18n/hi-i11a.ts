import type { MessageKey } from './en';

/** Hindi for en-money-edges.ts (branch i11a). */
export const hi_i11a: Partial<Record<MessageKey, string>> = {
  'visit.error.amount.wholeRupees':
    'Credgenics केवल पूरे रुपये लेता है। राशि पैसे के बिना लिखें (जैसे 1234, 1234.50 नहीं)।',
  'grid.err.amountWholeRupees': 'यह पंक्ति Credgenics में भी दर्ज होती है, जो केवल पूरे रुपये लेता है: पैसे हटा दें।',
  'sync.paise.note':
    'यह भुगतान FieldDesk के पुराने संस्करण ने पैसे सहित ({amount}) सहेजा था। Credgenics केवल पूरे रुपये लेता है: "{button}" दबाएँ और पूरे रुपये की राशि लिखें। यह उसी रसीद नंबर {receipt} से भेजा जाएगा।',
  'sync.correct.wholeRupees': 'Credgenics केवल पूरे रुपये लेता है: राशि पैसे के बिना लिखें।',
  'settings.credgenics.role': 'आपका Credgenics रोल (रसीद संदेश के लिए ज़रूरी)',
  'settings.credgenics.companyRoleHint':
    'दोनों Credgenics देता है। कंपनी आईडी हर कॉल के साथ जाती है; रोल केवल रसीद संदेश भेजने के लिए चाहिए।',
  'settings.receipt.on': 'रसीद संदेश चालू हैं: Credgenics जो भी भुगतान लेता है, उसके बाद ग्राहक को "{event}" संदेश जाता है।',
  'settings.receipt.off': 'रसीद संदेश बंद हैं। चालू करने के लिए इवेंट का नाम, बॉट आईडी और किसे भेजना है, भरें।',
  'settings.receipt.missing': 'रसीद संदेश अभी नहीं भेजे जा सकते। अभी बाकी है: {missing}।',
  'settings.receipt.part.eventName': 'इवेंट का नाम (नीचे)',
  'settings.receipt.part.inboundBotId': 'बॉट आईडी (नीचे)',
  'settings.receipt.part.sendTo': 'किसे भेजना है (नीचे)',
  'settings.receipt.part.role': 'आपका Credgenics रोल (Credgenics वाले हिस्से में)',
  'settings.receipt.part.companyId': 'कंपनी आईडी (Credgenics वाले हिस्से में)',
  'lines.mode.postedAs': '{method} (GLAAS में {mode} के रूप में जमा)',
  'lines.glaasMode.CHEQUE': 'चेक',
  'lines.glaasMode.UPI': 'UPI',
  'lines.glaasMode.NACH': 'NACH (बैंक मैंडेट)',
  'lines.status.READY_FOR_PAYMENT': 'GLAAS को मिल गया, लागू होना बाकी',
  'lines.status.ACCEPTED': 'GLAAS ने स्वीकार किया',
  'lines.status.failed': 'GLAAS ने मना किया ({status})',
  'lines.status.other': 'GLAAS का कहना: {status}',
};
