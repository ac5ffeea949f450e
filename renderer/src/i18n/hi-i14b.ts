import type { MessageKey } from './en';

/** Hindi for the messages added by issue 14's layout, keyboard and speed work (branch i14b). */
export const hi_i14b: Partial<Record<MessageKey, string>> = {
  'nav.more': 'और',
  'nav.moreCurrent': 'और: {screen}',
  'nav.skip': 'सीधे स्क्रीन पर जाएँ',
  'layout.loading': 'खुल रहा है…',
  'loan.glance.title': 'क्या बकाया है',
  'loan.glance.claim': 'इस महीने का क्लेम',
  'loan.glance.emi': 'किस्त (EMI)',
  'loan.glance.dpd': 'कितने दिन देर (DPD)',
  'loan.glance.recovered': 'वसूली हो चुकी',
  'loan.glance.promise': 'भुगतान का वादा',
  'loan.glance.promiseValue': '{date} को {amount}',
  'loan.glance.none': 'कोई नहीं',
  'loan.glance.lastVisit': 'पिछली विज़िट',
  'loan.glance.never': 'अभी तक विज़िट नहीं हुई',
  'visit.hoursNotice.title': 'संपर्क के समय से बाहर।',
  'visit.hoursNotice.body':
    'अभी {time} बजे हैं। RBI नियमों के अनुसार ग्राहक से केवल सुबह 08:00 से शाम 19:00 के बीच संपर्क किया जा सकता है। आप फिर भी यह विज़िट दर्ज कर सकते हैं: पुष्टि के लिए फ़ॉर्म के अंत में बॉक्स पर टिक करें।',
  'visit.hoursNotice.goToTick': 'टिक बॉक्स पर जाएँ',
};
