import type { MessageKey } from './en';

/** Hindi. Keys missing here fall back to English, so a partial catalogue is safe to ship. */
export const hi: Partial<Record<MessageKey, string>> = {
  'nav.settings': 'सेटिंग्स',
  'settings.title': 'सेटिंग्स',
  'settings.environment': 'यह कहाँ है?',
  'settings.env.production': 'प्रोडक्शन',
  'settings.env.training': 'ट्रेनिंग (डेमो डेटा, साइन-इन नहीं)',
  'settings.save': 'सेव करें',
  'settings.test': 'कनेक्शन जाँचें',
  'settings.testing': 'जाँच रहे हैं…',
  'settings.connected': 'जुड़ गया',
  'settings.secret.set': 'सेट है',
  'settings.secret.replace': 'बदलें',
  'settings.secret.remove': 'हटाएँ',
  'import.title': 'आवंटन इम्पोर्ट करें',
  'import.step.columns': '2. कॉलम जाँचें',
  'import.report.caption': 'जो पंक्तियाँ इम्पोर्ट नहीं हुईं',
  'import.add.title': 'लोन आईडी से लोन जोड़ें',
  'import.add.submit': 'लोन जोड़ें',
  'import.reason.missingLoanId': 'लोन आईडी नहीं है।',
  'import.reason.duplicate': 'पंक्ति {row} जैसा ही लोन और महीना।',
};
