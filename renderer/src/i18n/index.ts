import { en, type MessageKey } from './en';
import { hi } from './hi';

export type Language = 'en' | 'hi';
const catalogues: Record<Language, Partial<Record<MessageKey, string>>> = { en, hi };
let current: Language = 'en';

export function setLanguage(language: Language): void {
  current = language;
  document.documentElement.lang = language;
}

/** Looks a message up in the current language (English when missing) and fills {params}. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogues[current][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export type { MessageKey };
