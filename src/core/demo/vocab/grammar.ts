import type { Adjective, DemoLocale, Noun } from './types';

/**
 * Russian adjective forms from the masculine: «шерстяной» → шерстяная/шерстяное/шерстяные.
 * Covers the hard and velar stems the vocabularies use (-ый, -ой, -кий/-гий/-хий).
 */
export function ruAdjectiveForms(masculine: string): Adjective['ru'] {
  const stem = masculine.slice(0, -2);
  const ending = masculine.slice(-2);
  const velar = /[кгх]$/.test(stem);
  if (ending === 'ый' || ending === 'ой' || (ending === 'ий' && velar)) {
    return { m: masculine, f: `${stem}ая`, n: `${stem}ое`, pl: velar ? `${stem}ие` : `${stem}ые` };
  }
  throw new Error(`unsupported Russian adjective: ${masculine}`);
}

/** Prepositional phrases («من الراتان», «بنكهة الهيل») do not agree with the noun. */
const AR_INVARIANT = /^(من|بنكهة|في|مع) /;

/** Arabic feminine: the first word takes teh marbuta («منسوج يدويًا» → «منسوجة يدويًا»). */
export function arFeminine(masculine: string): string {
  if (AR_INVARIANT.test(masculine)) return masculine;
  const space = masculine.indexOf(' ');
  return space < 0 ? `${masculine}ة` : `${masculine.slice(0, space)}ة${masculine.slice(space)}`;
}

/**
 * Builds an adjective. `ar`/`ru` are the masculine forms unless `invariant` (a phrase such
 * as «بنكهة الهيل» / «с кардамоном» that follows the noun unchanged).
 */
export function adjective(en: string, fa: string, ar: string, ru: string, invariant = false): Adjective {
  if (invariant) {
    return { en, fa, ar: { m: ar, f: ar }, ru: { m: ru, f: ru, n: ru, pl: ru }, ruAfter: true };
  }
  return { en, fa, ar: { m: ar, f: arFeminine(ar) }, ru: ruAdjectiveForms(ru) };
}

/** Arabic inflects as usual, but the Russian is a phrase after the noun («ковёр ручной работы»). */
export function ruPostAdjective(en: string, fa: string, ar: string, ru: string): Adjective {
  return { en, fa, ar: { m: ar, f: arFeminine(ar) }, ru: { m: ru, f: ru, n: ru, pl: ru }, ruAfter: true };
}

export function noun(
  en: string,
  ar: string,
  arGender: Noun['arGender'],
  fa: string,
  ru: string,
  ruGender: Noun['ruGender'],
  extra: Partial<Pick<Noun, 'adj' | 'options' | 'hasColour' | 'set'>> = {},
): Noun {
  return { en, ar, arGender, fa, ru, ruGender, ...extra };
}

export const capitalize = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * The descriptive part of a title in one language: English and Russian put the adjective
 * first (Russian agrees in gender), Arabic and Persian put it after the noun (Arabic agrees).
 */
export function nounPhrase(locale: DemoLocale, n: Noun, a: Adjective | null): string {
  if (!a) return locale === 'ru' ? capitalize(n.ru) : n[locale];
  switch (locale) {
    case 'en':
      return `${a.en} ${n.en}`;
    case 'ar':
      return `${n.ar} ${a.ar[n.arGender]}`;
    case 'fa':
      return `${n.fa} ${a.fa}`;
    case 'ru':
      return a.ruAfter ? capitalize(`${n.ru} ${a.ru[n.ruGender]}`) : capitalize(`${a.ru[n.ruGender]} ${n.ru}`);
  }
}

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

/** Writes a number with Persian (fa) or Arabic-Indic (ar) digits, as merchants often do. */
export function nativeDigits(value: number | string, locale: DemoLocale): string {
  const digits = locale === 'fa' ? PERSIAN_DIGITS : locale === 'ar' ? ARABIC_DIGITS : null;
  return digits ? String(value).replace(/[0-9]/g, (d) => digits[Number(d)]) : String(value);
}

/** A phrase in the four languages, in the order en, ar, fa, ru. */
export const l4 = (en: string, ar: string, fa: string, ru: string) => ({ en, ar, fa, ru });
