import type { MessageKey } from './en';

/** Hindi for en-setup.ts: the first-run set-up, the language choice, the date box. */
export const hi_setup: Partial<Record<MessageKey, string>> = {

  'language.title': 'भाषा',
  'language.legend': 'FieldDesk की भाषा',
  'language.en': 'English (अंग्रेज़ी)',
  'language.hi': 'हिंदी',
  'language.hint': 'सभी स्क्रीन तुरंत बदल जाती हैं। प्लेटफ़ॉर्म से आए नाम और नंबर जैसे हैं वैसे रहते हैं।',
  'language.saveFailed': 'भाषा सेव नहीं हो सकी: {message}',

  'date.placeholder': 'DD/MM/YYYY',
  'age.justNow': 'अभी-अभी',
  'age.minutes': '{count} मिनट',
  'age.hours': '{count} घंटे',
  'age.days': '{count} दिन',
  'date.hint': 'दिन/महीना/साल, जैसे 02/12/2026। ↑ ↓ से दिन बदलें, T से आज की तारीख।',

  'setup.title': 'FieldDesk सेट करें',
  'setup.progress': '{count} में से चरण {step}: {name}',
  'setup.next': 'आगे',
  'setup.back': 'पीछे',
  'setup.skipToSettings': 'इसकी जगह सब कुछ सेटिंग्स में सेट करें',
  'setup.step.language': 'भाषा',
  'setup.step.who': 'आप कौन हैं',
  'setup.step.platforms': 'प्लेटफ़ॉर्म कहाँ हैं',
  'setup.step.allocation': 'आपके लोन',

  'setup.language.intro': 'FieldDesk में आपका स्वागत है। आप कौन-सी भाषा इस्तेमाल करना चाहेंगे? इसे बाद में सेटिंग्स में बदल सकते हैं।',

  'setup.who.intro': 'आप जो भी रसीद उधारकर्ता को देंगे, उस पर आपका नाम और लोन देने वाली कंपनी का नाम छपेगा।',
  'setup.who.name': 'आपका पूरा नाम',
  'setup.who.email': 'Credgenics पर आपका ईमेल',
  'setup.who.emailHint': 'जिस ईमेल से आप Credgenics में साइन इन करते हैं। आपकी हर वसूली इसी के नाम से भेजी जाती है।',
  'setup.who.lender': 'लोन देने वाली कंपनी का नाम (रसीद पर छपेगा)',
  'setup.who.lenderHint': 'जिस कंपनी का बकाया है, उसका नाम जैसा रसीद पर दिखना चाहिए, जैसे Sahyog Finance Ltd.',
  'setup.who.nameMissing': 'अपना नाम डालें: उधारकर्ता की रसीद पर लिखा होता है कि पैसे किसने लिए।',
  'setup.who.emailInvalid': 'वह ईमेल डालें जिससे आप Credgenics में साइन इन करते हैं, जैसे name@lender.com।',
  'setup.who.lenderMissing': 'लोन देने वाली कंपनी का नाम डालें: इसके बिना रसीद उधारकर्ता के लिए मान्य नहीं है।',
  'setup.who.tooLong': 'यह बहुत लंबा है।',
  'setup.errors': 'आगे बढ़ने से पहले कृपया ये ठीक करें:',

  'setup.platforms.intro': 'FieldDesk, Credgenics (वसूली) और GLAAS (लोन और KYC) से जुड़ता है।',
  'setup.platforms.legend': 'आप कौन-से प्लेटफ़ॉर्म इस्तेमाल करेंगे?',
  'setup.platforms.training': 'ट्रेनिंग: डेमो लोन के साथ FieldDesk आज़माएँ (साइन-इन नहीं; कुछ भी असली प्लेटफ़ॉर्म तक नहीं जाता)',
  'setup.platforms.production': 'मेरी कंपनी के असली प्लेटफ़ॉर्म (प्रोडक्शन): मेरे पास साइन-इन की जानकारी है',
  'setup.platforms.productionNote': 'इस सेट-अप के बाद सेटिंग्स खुलेंगी, जहाँ आप Credgenics टोकन और GLAAS यूज़रनेम व पासवर्ड डाल सकते हैं।',

  'setup.allocation.intro': 'आपको दिए गए लोन इस लैपटॉप पर लाएँ।',
  'setup.allocation.legend': 'कौन-से लोन?',
  'setup.allocation.training': 'ट्रेनिंग डेटा इस्तेमाल करें ({month} के {count} डेमो लोन)',
  'setup.allocation.file': 'अपनी आवंटन फ़ाइल (CSV या Excel) अभी इम्पोर्ट करें',
  'setup.allocation.later': 'बाद में: आवंटन इम्पोर्ट स्क्रीन से लाऊँगा',
  'setup.allocation.realNote': 'पहले साइन-इन की जानकारी: आगे सेटिंग्स खुलेंगी। उसके बाद अपना आवंटन इम्पोर्ट करें।',
  'setup.finish': 'पूरा करें',
  'setup.finishing': 'सेट हो रहा है…',
  'setup.failed': 'सेट-अप सेव नहीं हो सका: {message}',
};
