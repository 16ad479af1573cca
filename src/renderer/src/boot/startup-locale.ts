import { directionOf } from '../../../shared/i18n/direction';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../shared/i18n/languages';

/** Where the last applied UI language is remembered, so the first paint is already right. */
export const LANGUAGE_CACHE_KEY = 'storekeeper.language';

export interface StartupLocale {
  locale: Locale;
  /** True when `?lang=` chose it: it then wins over the stored setting for this load. */
  fromUrl: boolean;
}

/** `?lang=xx` (valid locales only), else the cached last language, else English. */
export function resolveStartupLocale(search: string, storage: Pick<Storage, 'getItem'> | null): StartupLocale {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLocale(fromUrl)) return { locale: fromUrl, fromUrl: true };
  let cached: string | null = null;
  try {
    cached = storage?.getItem(LANGUAGE_CACHE_KEY) ?? null;
  } catch {
    // Storage can be unavailable (privacy settings); the default is fine then.
  }
  return { locale: isLocale(cached) ? cached : DEFAULT_LOCALE, fromUrl: false };
}

/** Sets `<html lang dir>`; Mantine's DirectionProvider reads `dir` when it mounts. */
export function applyDocumentLocale(locale: Locale, root: HTMLElement = document.documentElement) {
  root.lang = locale;
  root.dir = directionOf(locale);
}

export function rememberLanguage(locale: Locale) {
  try {
    localStorage.setItem(LANGUAGE_CACHE_KEY, locale);
  } catch {
    // Not fatal: only the first paint of the next start would use English.
  }
}

/** Runs before React mounts (imported first by main.tsx), so the first frame has the right direction. */
export function bootstrapDocumentLocale(): StartupLocale {
  const startup = resolveStartupLocale(window.location.search, window.localStorage ?? null);
  applyDocumentLocale(startup.locale);
  return startup;
}
