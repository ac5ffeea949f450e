import type { MessageKey } from './en';

/** Hindi for the hardening messages (issue 12). */
export const hi_i12: Partial<Record<MessageKey, string>> = {
  'settings.lastCheck.failed': 'कनेक्ट नहीं हुआ',
  'settings.credgenics.hostChanged':
    'ऑथ टोकन सेव करने के बाद Credgenics का पता बदल गया है, इसलिए FieldDesk टोकन वहाँ नहीं भेजेगा। कृपया इस पते के लिए टोकन फिर से डालें।',
  'settings.glaas.hostChanged':
    'पासवर्ड सेव करने के बाद GLAAS का पता बदल गया है, इसलिए FieldDesk उसे वहाँ नहीं भेजेगा। कृपया इस पते के लिए यूज़रनेम और पासवर्ड फिर से डालें।',
  'kyc.refused.imageTooLarge':
    '{name} नहीं जोड़ी गई: यह {size} MB की है, और फ़ोटो ज़्यादा से ज़्यादा {limit} MB की हो सकती है। कृपया फ़ोटो सामान्य साइज़ में फिर से लें।',
  'import.file.tooBig':
    '“{name}” {limitMb} MB से बड़ी है। FieldDesk इतनी ही बड़ी आवंटन फ़ाइल इम्पोर्ट करता है: फ़ाइल को हिस्सों में बाँटकर हर हिस्सा इम्पोर्ट करें।',
  'import.file.tooManyRows': '“{name}” में {limit} से ज़्यादा पंक्तियाँ हैं। फ़ाइल को हिस्सों में बाँटकर हर हिस्सा इम्पोर्ट करें।',
  'import.file.tooSlow': '“{name}” पढ़ने में बहुत समय लगा, इसलिए रोक दिया गया। फ़ाइल को हिस्सों में बाँटकर हर हिस्सा इम्पोर्ट करें।',
  'import.file.excelBomb': '“{name}” खोलने पर आवंटन फ़ाइल से कहीं ज़्यादा डेटा बनता है, इसलिए FieldDesk ने इसे नहीं खोला।',
};
