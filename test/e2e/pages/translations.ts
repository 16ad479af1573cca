import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../fixtures/paths';

export type AppLang = 'en' | 'ar' | 'fa' | 'ru';

const cache = new Map<AppLang, Record<string, string>>();

/**
 * Locators use the app's own catalogs, so one spec runs unchanged in every language and a
 * missing translation fails loudly instead of matching English by accident.
 */
export function translator(lang: AppLang): (key: string, params?: Record<string, string | number>) => string {
  if (!cache.has(lang)) {
    cache.set(lang, JSON.parse(readFileSync(join(ROOT, 'src/shared/i18n/locales', `${lang}.json`), 'utf8')));
  }
  const catalog = cache.get(lang)!;
  return (key, params = {}) => {
    const text = catalog[key];
    if (text === undefined) throw new Error(`no ${lang} translation for ${key}`);
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
  };
}
