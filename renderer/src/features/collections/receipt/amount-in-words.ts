// The en-IN entry bundles one locale instead of all of them.
import { ToWords } from 'to-words/en-IN';

const rupeeWords = new ToWords({
  localeCode: 'en-IN',
  // "Fifty Paise Only" rather than "Zero Rupees And Fifty Paise Only".
  converterOptions: { currency: true, ignoreZeroCurrency: true },
});

/**
 * A rupee amount in words the Indian way, as receipts and cheques write it:
 * 123456.5 → "One Lakh Twenty Three Thousand Four Hundred Fifty Six Rupees And Fifty Paise Only".
 * The amount is rounded to whole paise first, so float noise (2.3000000000000003) never shows.
 * Undefined for what is not a positive, finite amount: a receipt must not invent words.
 */
export function amountInWords(amount: number): string | undefined {
  if (!Number.isFinite(amount) || amount <= 0) return undefined;
  const paise = Math.round(amount * 100);
  if (paise <= 0 || !Number.isSafeInteger(paise)) return undefined;
  return rupeeWords.convert(paise / 100);
}
