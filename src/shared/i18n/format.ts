/**
 * Locale-aware formatting through Intl only, so every layer formats the same way.
 * Money is always integer minor units plus an ISO currency; dates are ISO strings in UTC.
 */
export type NumberingSystem = 'auto' | 'latn' | 'arab' | 'arabext';

export interface FormatOptions {
  locale: string;
  /** 'auto' keeps the locale's own digits (fa → ۱۲۳); the others force a digit set. */
  numberingSystem?: NumberingSystem;
}

export interface Formatter {
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** `minor` is in the currency's smallest unit: 1999 USD → $19.99, 1500 JPY → ¥1,500. */
  money(minor: number, currency: string): string;
  /** `ratio` is a fraction: 0.125 → 12.5%. */
  percent(ratio: number, maximumFractionDigits?: number): string;
  date(iso: string | Date): string;
  dateTime(iso: string | Date): string;
  bytes(value: number): string;
  /** A language code as a name in the UI language ('ar' → 'Arabic' / 'العربية'). */
  language(code: string): string;
}

/** BCP 47 tag with the numbering system as a Unicode extension (`fa-u-nu-latn`). */
export function localeTag({ locale, numberingSystem = 'auto' }: FormatOptions): string {
  return numberingSystem === 'auto' ? locale : `${locale}-u-nu-${numberingSystem}`;
}

/** Digits after the decimal point for a currency (USD 2, JPY 0, KWD 3), from ICU data. */
export function currencyFractionDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}

/** Converts integer minor units to the major-unit amount Intl expects. */
export function minorToMajor(minor: number, currency: string): number {
  return minor / 10 ** currencyFractionDigits(currency);
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

const toDate = (value: string | Date): Date => (value instanceof Date ? value : new Date(value));

export function createFormatter(options: FormatOptions): Formatter {
  const tag = localeTag(options);
  const plain = new Intl.NumberFormat(tag);
  const dateFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'medium' });
  const dateTimeFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  let languageNames: Intl.DisplayNames | null = null;

  return {
    number: (value, numberOptions) =>
      numberOptions ? new Intl.NumberFormat(tag, numberOptions).format(value) : plain.format(value),
    money: (minor, currency) =>
      new Intl.NumberFormat(tag, { style: 'currency', currency }).format(minorToMajor(minor, currency)),
    percent: (ratio, maximumFractionDigits = 1) =>
      new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits }).format(ratio),
    date: (iso) => dateFormat.format(toDate(iso)),
    dateTime: (iso) => dateTimeFormat.format(toDate(iso)),
    bytes: (value) => {
      let unit = 0;
      let amount = value;
      while (amount >= 1024 && unit < BYTE_UNITS.length - 1) {
        amount /= 1024;
        unit += 1;
      }
      return new Intl.NumberFormat(tag, {
        style: 'unit',
        unit: BYTE_UNITS[unit],
        unitDisplay: 'short',
        maximumFractionDigits: unit === 0 ? 0 : 1,
      }).format(amount);
    },
    language: (code) => {
      if (!code) return code;
      try {
        languageNames ??= new Intl.DisplayNames(options.locale, { type: 'language' });
        return languageNames.of(code) ?? code;
      } catch {
        // An undetected or malformed code ('und', '') is shown as it came.
        return code;
      }
    },
  };
}
