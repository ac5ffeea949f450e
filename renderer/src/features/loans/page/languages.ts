import { t, type MessageKey } from '../../../i18n';
import { splitList, type MaybeText } from './values';

/** The ISO 639-1 codes of Credgenics' language list (credgenics-api.txt, applicant_language). */
const names: Record<string, MessageKey> = {
  en: 'loan.language.en',
  hi: 'loan.language.hi',
  ta: 'loan.language.ta',
  pa: 'loan.language.pa',
  te: 'loan.language.te',
  mr: 'loan.language.mr',
  gu: 'loan.language.gu',
  kn: 'loan.language.kn',
  bn: 'loan.language.bn',
  ml: 'loan.language.ml',
  or: 'loan.language.or',
  as: 'loan.language.as',
};

/** "hi" → Hindi; a name or an unknown code is shown as sent. */
export function languageNames(value: MaybeText): string[] {
  return splitList(value).map((code) => {
    const key = names[code.toLowerCase()];
    return key ? t(key) : code;
  });
}
