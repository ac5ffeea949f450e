import type { MessageKey } from './en';

/** Hindi for en-outcomes.ts: the usual visit outcomes. */
export const hi_outcomes: Partial<Record<MessageKey, string>> = {
  'outcome.PAID_FULL': 'पूरा भुगतान किया',
  'outcome.PAID_PART': 'कुछ भुगतान किया',
  'outcome.PTP': 'भुगतान का वादा (PTP)',
  'outcome.REFUSED': 'भुगतान से मना किया',
  'outcome.NOT_AVAILABLE': 'नहीं मिले / दरवाज़ा बंद',
  'outcome.WRONG_ADDRESS': 'गलत पता',
  'outcome.SHIFTED': 'घर बदल लिया',
  'outcome.DECEASED': 'देहांत हो गया',
  'outcome.DISPUTE': 'विवाद',
  'outcome.CALL_BACK': 'बाद में संपर्क करें',
};
