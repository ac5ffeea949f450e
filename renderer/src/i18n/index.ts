import { en, type MessageKey } from './en';
import { hi } from './hi';

export type Language = 'en' | 'hi';
const catalogues: Record<Language, Partial<Record<MessageKey, string>>> = { en, hi };
let current: Language = 'en';

/**
 * The language is also kept in localStorage, read synchronously before React's first render,
 * so a restart in Hindi paints Hindi at once instead of flashing English until settings load
 * over IPC. Settings stay the source of truth: the app writes their value here whenever it loads.
 */
export const LANGUAGE_STORAGE_KEY = 'fielddesk.language';

export const isLanguage = (value: unknown): value is Language => value === 'en' || value === 'hi';

export function setLanguage(language: Language): void {
  current = language;
  document.documentElement.lang = language;
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage may be unavailable (private mode, quota); the settings file still remembers.
  }
}

export const getLanguage = (): Language => current;

/** The language the last session used, for the first paint; English when none or unreadable. */
export function rememberedLanguage(): Language {
  try {
    const saved = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(saved) ? saved : 'en';
  } catch {
    return 'en';
  }
}

/** Looks a message up in the current language (English when missing) and fills {params}. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogues[current][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export type { MessageKey };
