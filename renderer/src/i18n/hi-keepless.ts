import type { MessageKey } from './en';

/** Hindi for en-keepless.ts. */
export const hi_keepless: Partial<Record<MessageKey, string>> = {
  'keepless.identity.aadhaarKept': 'इस लैपटॉप पर Aadhaar नंबर के सिर्फ़ आख़िरी 4 अंक रखे जाते हैं।',
  'keepless.kyc.fileRemoved': 'अपलोड हो गया। फ़ाइल GLAAS के पास है, इसलिए इसे इस लैपटॉप से हटा दिया गया।',
  'keepless.settings.title': 'डेटा इस लैपटॉप पर कितने दिन रहे',
  'keepless.settings.days': 'भेजा गया काम इतने दिन रखें',
  'keepless.settings.daysHint':
    'इतने दिन बाद, पहले से भेजी गई विज़िट, फ़ोटो, जमा और भुगतान इस लैपटॉप से हटा दिए जाते हैं। दिन की रिपोर्ट और पैसों की रिपोर्ट में कुल रकम बनी रहती है। जो अभी भेजा नहीं गया, वह कभी नहीं हटाया जाता।',
  'keepless.settings.daysInvalid': '7 से 365 तक दिनों की पूरी संख्या लिखें।',
  'keepless.report.summarised': 'इस दिन का ब्योरा तय दिनों के बाद इस लैपटॉप से हटा दिया गया। सिर्फ़ कुल रकम रखी गई है।',
};
