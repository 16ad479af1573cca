/**
 * The one Unicode folding used for search in all four languages. It runs in SQLite
 * (registered as `search_key()` and applied to FTS5 content and queries) and anywhere
 * else text is compared, so "كاشان" finds "کاشان" and "ёлочная" finds "Елочная".
 */

// Arabic tashkeel and Quranic marks, superscript alef, tatweel, and zero-width/bidi marks.
const STRIP = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/g;

const LETTER_FOLDS: Record<string, string> = {
  '\u064A': '\u06CC', // ي Arabic yeh → ی Persian yeh
  '\u0649': '\u06CC', // ى alef maksura → ی
  '\u06D2': '\u06CC', // ے yeh barree → ی
  '\u0643': '\u06A9', // ك Arabic kaf → ک Persian keheh
  '\u0629': '\u0647', // ة teh marbuta → ه
  '\u06C0': '\u0647', // ۀ heh with yeh above → ه
  '\u0623': '\u0627', // أ → ا
  '\u0625': '\u0627', // إ → ا
  '\u0622': '\u0627', // آ → ا
  '\u0671': '\u0627', // ٱ alef wasla → ا
  '\u0624': '\u0648', // ؤ → و
  '\u0626': '\u06CC', // ئ → ی
  '\u0451': '\u0435', // ё → е
};
const LETTERS = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

// Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits → ASCII.
const DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const digitValue = (ch: string): string => {
  const code = ch.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
};

export function searchKey(input: string | null | undefined): string {
  if (!input) return '';
  return input
    .normalize('NFKC')
    .toLowerCase()
    .replace(STRIP, '')
    .replace(LETTERS, (ch) => LETTER_FOLDS[ch])
    .replace(DIGITS, digitValue)
    .normalize('NFC');
}
