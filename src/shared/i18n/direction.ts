import type { Locale } from '../schemas/common';

export type TextDirection = 'ltr' | 'rtl';

const RTL_LOCALES: ReadonlySet<string> = new Set<Locale>(['ar', 'fa']);

/** Writing direction of a UI language; ar and fa read right to left. */
export const directionOf = (locale: string): TextDirection =>
  RTL_LOCALES.has(locale.split('-')[0]) ? 'rtl' : 'ltr';
