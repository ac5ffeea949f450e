// One locale entry each (en-IN, hi-IN) instead of the package's every locale.
import { ToWords } from 'to-words/en-IN';
import { ToWords as ToWordsHindi } from 'to-words/hi-IN';

// "Fifty Paise Only" rather than "Zero Rupees And Fifty Paise Only".
const converterOptions = { currency: true, ignoreZeroCurrency: true };
const english = new ToWords({ localeCode: 'en-IN', converterOptions });
const hindi = new ToWordsHindi({ localeCode: 'hi-IN', converterOptions });

/**
 * A rupee amount in words the Indian way, as receipts and cheques write it:
 * 123456.5 → "One Lakh Twenty Three Thousand Four Hundred Fifty Six Rupees And Fifty Paise Only",
 * in Hindi "एक लाख तेईस हज़ार चार सौ छप्पन रुपये और पचास पैसे मात्र".
 * The amount is rounded to whole paise first, so float noise (2.3000000000000003) never shows.
 * Undefined for what is not a positive, finite amount: a receipt must not invent words.
 */
export function amountInWords(amount: number, language: 'en' | 'hi' = 'en'): string | undefined {
  if (!Number.isFinite(amount) || amount <= 0) return undefined;
  const paise = Math.round(amount * 100);
  if (paise <= 0 || !Number.isSafeInteger(paise)) return undefined;
  // to-words ends English with "Only" but Hindi with nothing; receipts write "मात्र" there.
  return language === 'hi' ? `${hindi.convert(paise / 100)} मात्र` : english.convert(paise / 100);
}
