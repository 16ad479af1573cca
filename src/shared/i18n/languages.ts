import { Locale } from '../schemas/common';

/** The UI languages Storekeeper ships, in the order the language switch lists them. */
export const LOCALES = Locale.options;
export type { Locale };

/**
 * Each language's name written in that language. These are deliberately not in the
 * catalogs: a merchant looks for "العربية", not for the word "Arabic" in their current UI.
 */
export const NATIVE_LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  ar: 'العربية',
  fa: 'فارسی',
  ru: 'Русский',
};

export const DEFAULT_LOCALE: Locale = 'en';

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
