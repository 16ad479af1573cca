import { describe, expect, it } from 'vitest';
import { directionOf } from '../../src/shared/i18n/direction';
import { createFormatter, currencyFractionDigits, localeTag } from '../../src/shared/i18n/format';

/** Intl separates with no-break spaces; compare the visible text. */
const plain = (text: string) => text.replace(/\s/gu, ' ');

describe('format', () => {
  it('formats money from integer minor units using each currency’s own decimals', () => {
    const en = createFormatter({ locale: 'en' });
    expect(en.money(1999, 'USD')).toBe('$19.99');
    expect(en.money(1500, 'JPY')).toBe('¥1,500');
    expect(plain(en.money(12345, 'KWD'))).toBe('KWD 12.345');
    expect(currencyFractionDigits('KWD')).toBe(3);
  });

  it('uses the locale digits on auto and forces a digit set otherwise', () => {
    expect(createFormatter({ locale: 'fa' }).number(1234)).toBe('۱٬۲۳۴');
    expect(createFormatter({ locale: 'fa', numberingSystem: 'latn' }).number(1234)).toBe('1,234');
    expect(createFormatter({ locale: 'en', numberingSystem: 'arab' }).number(42)).toBe('٤٢');
    expect(createFormatter({ locale: 'ru', numberingSystem: 'arabext' }).number(7)).toBe('۷');
    expect(localeTag({ locale: 'ar', numberingSystem: 'latn' })).toBe('ar-u-nu-latn');
  });

  it('formats percents from ratios, dates and byte sizes', () => {
    const en = createFormatter({ locale: 'en' });
    expect(en.percent(0.125)).toBe('12.5%');
    expect(en.date('2026-03-01T09:00:00Z')).toBe('Mar 1, 2026');
    expect(en.bytes(5_400_000)).toBe('5.1 MB');
    expect(en.bytes(512)).toBe('512 byte');
    expect(plain(createFormatter({ locale: 'ru' }).percent(0.4))).toBe('40 %');
  });

  it('names languages in the UI language and survives odd codes', () => {
    expect(createFormatter({ locale: 'en' }).language('ar')).toBe('Arabic');
    expect(createFormatter({ locale: 'ru' }).language('fa')).toBe('персидский');
    expect(createFormatter({ locale: 'en' }).language('')).toBe('');
  });

  it('knows which languages are right to left', () => {
    expect(['en', 'ar', 'fa', 'ru', 'fa-IR'].map(directionOf)).toEqual(['ltr', 'rtl', 'rtl', 'ltr', 'rtl']);
  });
});
