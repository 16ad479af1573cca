import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../../shared/i18n/languages';
import { I18N_RESOURCES } from '../../../shared/i18n/resources';

/**
 * A fresh i18next instance (one per app, one per test). Catalog keys are flat
 * (`errors.db_too_new`, `jobs.kind.demo.create`), so the key separator is off.
 * Plurals use Intl.PluralRules suffixes (_zero _one _two _few _many _other).
 */
export function createI18n(language: Locale): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: I18N_RESOURCES,
    lng: language,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    keySeparator: false,
    nsSeparator: false,
    // React already escapes text nodes; escaping twice would show "&amp;".
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    // No console advertising in a merchant's app (or in test output).
    showSupportNotice: false,
  });
  return instance;
}
