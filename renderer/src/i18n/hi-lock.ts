import type { MessageKey } from './en';

/** Hindi for en-lock.ts: the lock, set-पिन and reset screens, and the Lock card in Settings. */
export const hi_lock: Partial<Record<MessageKey, string>> = {
  'lock.starting': 'FieldDesk खुल रहा है…',
  'lock.startFailed': 'FieldDesk अपना लॉक जाँच नहीं सका।',
  'lock.tryAgain': 'फिर से कोशिश करें',

  'lock.pin.empty': 'अपना पिन लिखें।',
  'lock.pin.shortDigits': 'पिन में कम से कम 6 अंक होने चाहिए।',
  'lock.pin.shortPassphrase': 'पासफ़्रेज़ में कम से कम 8 अक्षर होने चाहिए। या 6 या उससे ज़्यादा अंकों का पिन रखें।',
  'lock.pin.tooLong': 'यह बहुत लंबा है। ज़्यादा से ज़्यादा 128 अक्षर रखें।',
  'lock.pin.different': 'दोनों पिन एक जैसे नहीं हैं। दोनों खानों में एक ही पिन लिखें।',
  'lock.pin.rule': '6 या उससे ज़्यादा अंक, या 8 या उससे ज़्यादा अक्षरों का पासफ़्रेज़।',
  'lock.pin.new': 'नया पिन',
  'lock.pin.again': 'नया पिन दोबारा',

  'lock.setPin.title': 'इस लैपटॉप के लिए पिन रखें',
  'lock.setPin.why':
    'FieldDesk आपके ग्राहकों की जानकारी इस लैपटॉप पर रखता है। पिन से वह बंद रहती है: लैपटॉप खो जाए या चोरी हो जाए, तो भी किसी को कुछ नहीं मिलता।',
  'lock.setPin.when':
    'जब भी FieldDesk लॉक होगा, आपको यह पिन लिखना होगा: कुछ मिनट छोड़ने पर, लैपटॉप के सोने पर, या लॉक दबाने पर।',
  'lock.setPin.save': 'पिन रखें',
  'lock.setPin.saving': 'पिन रखा जा रहा है…',

  'lock.locked.title': 'FieldDesk लॉक है',
  'lock.locked.intro': 'FieldDesk खोलने के लिए अपना पिन लिखें।',
  'lock.locked.pin': 'पिन',
  'lock.locked.unlock': 'खोलें',
  'lock.locked.unlocking': 'जाँच हो रही है…',
  'lock.locked.wrong': 'गलत पिन। {count} कोशिशें बाकी हैं।',
  'lock.locked.wrongOne': 'गलत पिन। 1 कोशिश बाकी है।',
  'lock.locked.forgot': 'पिन भूल गए?',
  'lock.unsent': '{count} चीज़ें भेजी जानी बाकी हैं। FieldDesk लॉक रहते हुए भी वे भेजी जाती रहेंगी।',
  'lock.unsentOne': '1 चीज़ भेजी जानी बाकी है। FieldDesk लॉक रहते हुए भी वह भेजी जाती रहेगी।',
  'lock.allSent': 'सब कुछ भेज दिया गया है।',

  'lock.reset.title': 'नया पिन रखें',
  'lock.reset.intro': 'नया पिन रखने के लिए, Credgenics या GLAAS की अपनी साइन-इन जानकारी फिर से डालें।',
  'lock.reset.tooMany': 'पिन 10 बार गलत लिखा गया। FieldDesk खोलने के लिए फिर से साइन इन करें और नया पिन रखें।',
  'lock.reset.keepsWork': 'भेजने के लिए बाकी कोई भी काम नहीं खोएगा।',
  'lock.reset.credgenics': 'Credgenics (वसूली)',
  'lock.reset.credgenicsToken': 'Credgenics टोकन',
  'lock.reset.glaas': 'GLAAS (लोन)',
  'lock.reset.glaasUsername': 'GLAAS यूज़रनेम',
  'lock.reset.glaasPassword': 'GLAAS पासवर्ड',
  'lock.reset.orOther': 'दोनों में से कोई एक भरें।',
  'lock.reset.noCredentials': 'अपना Credgenics टोकन या GLAAS यूज़रनेम और पासवर्ड लिखें।',
  'lock.reset.noPlatforms':
    'इस लैपटॉप पर कोई साइन-इन जानकारी सेव नहीं है। आप नया पिन रख सकते हैं, लेकिन यहाँ सेव लोन की जानकारी हटा दी जाएगी। भेजने के लिए बाकी काम रखा जाएगा।',
  'lock.reset.wait': 'साइन-इन जानकारी कई बार गलत डाली गई। {minutes} मिनट बाद फिर से कोशिश करें।',
  'lock.reset.waitOne': 'साइन-इन जानकारी कई बार गलत डाली गई। 1 मिनट बाद फिर से कोशिश करें।',
  'lock.reset.wrongCredentials': 'यह साइन-इन जानकारी इस लैपटॉप पर सेव जानकारी से मेल नहीं खाती। जाँच कर फिर से कोशिश करें।',
  'lock.reset.save': 'नया पिन रखें',
  'lock.reset.saving': 'जाँच हो रही है…',
  'lock.reset.back': 'पिन पर वापस जाएँ',

  'lock.resetDone.title': 'आपका नया पिन रख दिया गया है',
  'lock.resetDone.removed':
    'इस लैपटॉप पर सेव लोन की जानकारी पुराने पिन से बंद थी और खुल नहीं सकी, इसलिए उसे हटा दिया गया ({count} सेव रिकॉर्ड)।',
  'lock.resetDone.kept': 'भेजने के लिए बाकी आपका काम रखा गया है और भेजा जाएगा।',
  'lock.resetDone.keptCount': 'भेजने के लिए बाकी आपका काम रखा गया है ({count} चीज़ें) और भेजा जाएगा।',
  'lock.resetDone.keptOne': 'भेजने के लिए बाकी आपका काम रखा गया है (1 चीज़) और भेजा जाएगा।',
  'lock.resetDone.nothingUnsent': 'भेजने के लिए कुछ भी बाकी नहीं था।',
  'lock.resetDone.again': 'आपकी लोन सूची अभी खाली है। "मेरे लोन" से अपना आवंटन फिर से इम्पोर्ट करें।',
  'lock.resetDone.continue': 'आगे बढ़ें',
  'lock.removeFailed': 'पुरानी लोन जानकारी हटाई नहीं जा सकी। FieldDesk बंद करके फिर से खोलें और दोबारा कोशिश करें।',

  'lock.button': 'लॉक',
  'lock.buttonHint': 'FieldDesk अभी लॉक करें (Ctrl+L)',

  'settings.lock.title': 'लॉक',
  'settings.lock.idleMinutes': 'इतने मिनट इस्तेमाल न होने पर लॉक करें (1 से 60)',
  'settings.lock.idleInvalid': '1 से 60 तक मिनटों की पूरी संख्या लिखें।',
  'settings.lock.now': 'अभी लॉक करें',
  'settings.lock.nowHint': 'या कभी भी Ctrl+L दबाएँ।',
  'settings.lock.change': 'पिन बदलें',
  'settings.lock.currentPin': 'अभी वाला पिन',
  'settings.lock.currentPinMissing': 'पहले अभी वाला पिन लिखें, फिर नया पिन दो बार।',
  'settings.lock.changeSave': 'पिन बदलें',
  'settings.lock.changed': 'पिन बदल दिया गया।',
};
