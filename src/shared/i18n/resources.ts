import type { Locale } from '../schemas/common';
import en from './locales/en.json';
import ar from './locales/ar.json';
import fa from './locales/fa.json';
import ru from './locales/ru.json';

/** All message catalogs, bundled: the app is offline-first, so nothing is fetched at run time. */
export const I18N_RESOURCES: Record<Locale, { translation: Record<string, unknown> }> = {
  en: { translation: en },
  ar: { translation: ar },
  fa: { translation: fa },
  ru: { translation: ru },
};
