import type { MessageKey } from './en';

/** Hindi for en-settings-collections.ts: who the agent is, visit outcomes, the receipt message. */
export const hi_settings_collections: Partial<Record<MessageKey, string>> = {
  'settings.collections.title': 'वसूली',
  'settings.collections.intro': 'आपकी विज़िट और भुगतान कैसे दर्ज होते हैं, और रसीद पर क्या लिखा जाता है।',
  'settings.collections.agentEmail': 'Credgenics पर आपका ईमेल',
  'settings.collections.agentEmailHint': 'आपकी हर वसूली Credgenics को इसी ईमेल के नाम से भेजी जाती है।',
  'settings.collections.emailInvalid':
    'यह ईमेल पता नहीं लगता। वह ईमेल डालें जिससे आप Credgenics में साइन इन करते हैं, जैसे name@lender.com।',
  'settings.collections.agentName': 'रसीद पर आपका नाम',
  'settings.collections.lenderName': 'रसीद पर लोन देने वाली कंपनी का नाम',
  'settings.collections.bifurcation': 'एजेंट को भुगतान EMI, लेट फ़ीस और जुर्माने में बाँटने दें',

  'settings.collections.outcomesTitle': 'विज़िट के नतीजे',
  'settings.collections.outcomesHint':
    'विज़िट के बाद एजेंट इन्हीं में से चुनता है। किसी का नाम बदलने पर पहले से दर्ज विज़िट वैसी ही रहती हैं।',
  'settings.collections.outcomeNumber': 'क्रम',
  'settings.collections.outcomeColumn': 'नतीजा',
  'settings.collections.needsColumn': 'इसमें क्या भरना है',
  'settings.collections.actionsColumn': 'हटाएँ',
  'settings.collections.outcomeLabel': 'नतीजा {n}',
  'settings.collections.outcomeNeeds': 'नतीजा {n} में क्या भरना है',
  'settings.collections.needs.payment': 'ली गई रकम',
  'settings.collections.needs.promise': 'भुगतान का वादा',
  'settings.collections.needs.none': 'और कुछ नहीं',
  'settings.collections.remove': 'हटाएँ',
  'settings.collections.removeNamed': 'नतीजा {n} हटाएँ: {label}',
  'settings.collections.removeUnnamed': 'नतीजा {n} हटाएँ',
  'settings.collections.add': 'नतीजा जोड़ें',
  'settings.collections.restore': 'हमेशा वाले नतीजे वापस लाएँ',
  'settings.collections.restored': 'हमेशा वाले नतीजे वापस आ गए। इन्हें रखने के लिए सेव करें दबाएँ।',
  'settings.collections.outcomesEmpty': 'कम से कम एक नतीजा रखें: विज़िट के बाद एजेंट को कुछ चुनना होता है।',
  'settings.collections.outcomesNoPayment':
    'कम से कम एक नतीजे में ली गई रकम माँगी जानी चाहिए, वरना एजेंट कभी भुगतान दर्ज नहीं कर पाएँगे।',
  'settings.collections.outcomesTooMany': 'ज़्यादा से ज़्यादा 50 नतीजे हो सकते हैं। पहले कुछ हटाएँ।',
  'settings.collections.outcomeLabelMissing': 'इस नतीजे को नाम दें, या इसे हटा दें।',
  'settings.collections.outcomeLabelTooLong': 'नाम 80 अक्षरों से छोटा रखें।',
  'settings.collections.outcomeLabelDuplicate': 'इस नाम का नतीजा पहले से है। हर एक को अलग नाम दें।',

  'settings.collections.receiptTitle': 'उधारकर्ता को रसीद का मैसेज',
  'settings.collections.receiptHint':
    'यह ज़रूरी नहीं है: भुगतान भेजे जाने पर उधारकर्ता को रसीद का मैसेज भेजने के लिए Credgenics का कम्युनिकेशन इवेंट लिखें, या कोई मैसेज न भेजने के लिए इवेंट का नाम खाली छोड़ दें।',
  'settings.collections.receiptEventName': 'इवेंट का नाम',
  'settings.collections.receiptBotId': 'इनबाउंड बॉट आईडी',
  'settings.collections.receiptSendTo': 'किसे भेजें',
  'settings.collections.receiptBotIdMissing': 'इस इवेंट की इनबाउंड बॉट आईडी डालें, या इवेंट का नाम खाली करें।',
  'settings.collections.receiptSendToMissing':
    'मैसेज किसे जाएगा, यह लिखें (जैसे applicant), या इवेंट का नाम खाली करें।',

  'settings.collections.fixFirst': 'कुछ सेव नहीं हुआ। पहले इस हिस्से में जो निशान लगा है, उसे ठीक करें।',
  'settings.collections.somethingWrong': 'इसमें से कुछ सेव नहीं हो सकता। देखें कि किसी खाने में बहुत लंबा टेक्स्ट तो नहीं है।',
};
