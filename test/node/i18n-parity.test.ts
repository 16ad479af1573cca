import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE_I18N_KEYS } from '../../src/shared/i18n/core-keys';
import { LOCALES } from '../../src/shared/i18n/languages';

const ROOT = join(__dirname, '..', '..');
const LOCALE_DIR = join(ROOT, 'src/shared/i18n/locales');
const RENDERER_DIR = join(ROOT, 'src/renderer');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Values that are the same in every language (brand, symbols, product names of software). */
const SAME_AS_ENGLISH_ALLOWED = new Set([
  'app.name',
  'app.window_title',
  'common.none',
  'sync.outbox.column.seq',
  'settings.about.electron',
  'settings.about.node',
  'settings.about.sqlite',
  'products.detail.sku',
]);

const catalogs = Object.fromEntries(
  LOCALES.map((locale) => [locale, JSON.parse(readFileSync(join(LOCALE_DIR, `${locale}.json`), 'utf8')) as Record<string, unknown>]),
) as Record<(typeof LOCALES)[number], Record<string, unknown>>;

/** Base keys of a catalog: plural variants (`x_one`, `x_few` …) collapse to `x`. */
function baseKeys(catalog: Record<string, unknown>): Set<string> {
  const keys = new Set<string>();
  for (const key of Object.keys(catalog)) {
    const base = key.replace(PLURAL_SUFFIX, '');
    keys.add(base !== key && `${base}_other` in catalog ? base : key);
  }
  return keys;
}

function pluralBases(catalog: Record<string, unknown>): Set<string> {
  return new Set(Object.keys(catalog).filter((k) => k.endsWith('_other')).map((k) => k.replace(/_other$/, '')));
}

const placeholders = (value: string) => [...value.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** `t('key')` calls (not `edit('x')` or `emit('x')`), including both arms of `t(cond ? 'a' : 'b')`. */
function literalKeysUsed(): { key: string; file: string }[] {
  const found: { key: string; file: string }[] = [];
  for (const file of sourceFiles(RENDERER_DIR)) {
    const text = readFileSync(file, 'utf8');
    const rel = relative(ROOT, file);
    for (const m of text.matchAll(/(?<![\w.$])t\(\s*'([^']+)'/g)) found.push({ key: m[1], file: rel });
    for (const m of text.matchAll(/(?<![\w.$])t\(\s*[\w.]+\s*\?\s*'([^']+)'\s*:\s*'([^']+)'/g)) {
      found.push({ key: m[1], file: rel }, { key: m[2], file: rel });
    }
  }
  return found;
}

/** Static prefixes of template keys: t(`products.status.${status}`) → `products.status.`. */
function templatePrefixesUsed(): { prefix: string; file: string }[] {
  return sourceFiles(RENDERER_DIR).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/(?<![\w.$])t\(\s*`([^`$]*)\$\{/g)].map((m) => ({ prefix: m[1], file: relative(ROOT, file) })),
  );
}

describe('i18n catalogs', () => {
  it('all four locales have exactly the same keys (plural forms aside)', () => {
    const english = [...baseKeys(catalogs.en)].sort();
    for (const locale of LOCALES) expect([...baseKeys(catalogs[locale])].sort(), locale).toEqual(english);
  });

  it('has no empty or non-string values', () => {
    for (const locale of LOCALES) {
      const bad = Object.entries(catalogs[locale]).filter(([, v]) => typeof v !== 'string' || v.trim() === '');
      expect(bad, locale).toEqual([]);
    }
  });

  it('translates every key core can emit (CORE_I18N_KEYS)', () => {
    for (const locale of LOCALES) {
      const missing = CORE_I18N_KEYS.filter((key) => !(key in catalogs[locale]));
      expect(missing, locale).toEqual([]);
    }
  });

  it('has every plural form each language needs, and no others', () => {
    const bases = pluralBases(catalogs.en);
    expect(bases.size).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.slice().sort();
      for (const base of bases) {
        const forms = Object.keys(catalogs[locale])
          .filter((k) => k.startsWith(`${base}_`) && PLURAL_SUFFIX.test(k) && k.slice(base.length + 1).match(/^[a-z]+$/))
          .map((k) => k.slice(base.length + 1))
          .sort();
        expect(forms, `${locale} ${base}`).toEqual(categories);
      }
    }
    // Sanity: the languages really differ in what they need.
    expect(new Intl.PluralRules('ar').resolvedOptions().pluralCategories).toHaveLength(6);
    expect(new Intl.PluralRules('ru').resolvedOptions().pluralCategories).toHaveLength(4);
    expect(new Intl.PluralRules('fa').resolvedOptions().pluralCategories).toHaveLength(2);
  });

  it('uses the same placeholders as English in every translation', () => {
    for (const locale of LOCALES) {
      for (const [key, value] of Object.entries(catalogs[locale])) {
        // ar `_zero`/`_one`/`_two` spell the number out in words, so they may drop {{n}}.
        if (PLURAL_SUFFIX.test(key)) continue;
        expect(placeholders(String(value)), `${locale} ${key}`).toEqual(placeholders(String(catalogs.en[key])));
      }
    }
  });

  it('really translates: only brand and technical names may equal the English text', () => {
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const copies = Object.keys(catalogs[locale]).filter(
        (key) => catalogs[locale][key] === catalogs.en[key] && !SAME_AS_ENGLISH_ALLOWED.has(key),
      );
      expect(copies, locale).toEqual([]);
    }
  });
});

describe('renderer keys', () => {
  it('finds the t() calls it is checking', () => {
    expect(literalKeysUsed().length).toBeGreaterThan(100);
  });

  it("every t('…') literal used under src/renderer exists in en", () => {
    const known = baseKeys(catalogs.en);
    const missing = literalKeysUsed().filter(({ key }) => !known.has(key)).map(({ key, file }) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('every t(`prefix.${…}`) template names a prefix that has keys in en', () => {
    const keys = Object.keys(catalogs.en);
    const orphans = templatePrefixesUsed().filter(({ prefix }) => !keys.some((k) => k.startsWith(prefix)));
    expect(orphans).toEqual([]);
  });
});
