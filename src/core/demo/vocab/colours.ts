import type { L4 } from './types';

/**
 * Variant colours. `name` is what alt text and descriptions say after "colour:"; the
 * three hex values drive the rendered product (body, shade, accent).
 */
export interface Colour {
  value: string;
  name: L4;
  main: string;
  dark: string;
  accent: string;
}

export const COLOURS: readonly Colour[] = [
  { value: 'Ruby', name: { en: 'ruby red', ar: 'أحمر ياقوتي', fa: 'قرمز یاقوتی', ru: 'рубиновый' }, main: '#9b1c2e', dark: '#5e0f1b', accent: '#e8c872' },
  { value: 'Navy', name: { en: 'navy blue', ar: 'أزرق كحلي', fa: 'سرمه‌ای', ru: 'тёмно-синий' }, main: '#1f3a68', dark: '#0f1f3d', accent: '#d9b35b' },
  { value: 'Teal', name: { en: 'teal', ar: 'أزرق مخضر', fa: 'سبزآبی', ru: 'бирюзово-зелёный' }, main: '#1b7a7a', dark: '#0d4747', accent: '#f2e6c9' },
  { value: 'Saffron', name: { en: 'saffron yellow', ar: 'أصفر زعفراني', fa: 'زعفرانی', ru: 'шафрановый' }, main: '#e0a526', dark: '#8f6410', accent: '#7a2e1c' },
  { value: 'Olive', name: { en: 'olive green', ar: 'أخضر زيتوني', fa: 'زیتونی', ru: 'оливковый' }, main: '#6b7a2e', dark: '#3d4617', accent: '#efe3c2' },
  { value: 'Ivory', name: { en: 'ivory', ar: 'عاجي', fa: 'عاجی', ru: 'цвет слоновой кости' }, main: '#ece3cf', dark: '#b8a988', accent: '#8c3b2a' },
  { value: 'Charcoal', name: { en: 'charcoal grey', ar: 'رمادي فحمي', fa: 'ذغالی', ru: 'угольно-серый' }, main: '#3b3d42', dark: '#1d1e21', accent: '#c9a45c' },
  { value: 'Terracotta', name: { en: 'terracotta', ar: 'طيني', fa: 'آجری', ru: 'терракотовый' }, main: '#c0603a', dark: '#7a3520', accent: '#f4e0c0' },
  { value: 'Turquoise', name: { en: 'turquoise', ar: 'فيروزي', fa: 'فیروزه‌ای', ru: 'бирюзовый' }, main: '#2fa3b5', dark: '#17606b', accent: '#f7f1e3' },
  { value: 'Burgundy', name: { en: 'burgundy', ar: 'عنابي', fa: 'زرشکی', ru: 'бордовый' }, main: '#6d1a36', dark: '#3e0c1e', accent: '#e6c9a8' },
  { value: 'Sand', name: { en: 'sand beige', ar: 'بيج رملي', fa: 'بژ شنی', ru: 'песочный' }, main: '#d8c39a', dark: '#9c8660', accent: '#5b3a29' },
  { value: 'Emerald', name: { en: 'emerald green', ar: 'أخضر زمردي', fa: 'سبز زمردی', ru: 'изумрудный' }, main: '#1e7a4c', dark: '#0e4529', accent: '#f0d9a0' },
];

/** Soft studio backgrounds (top, bottom) for the rendered photos. */
export const BACKDROPS: readonly (readonly [string, string])[] = [
  ['#f6f1e9', '#d9cbb5'],
  ['#eef2f5', '#c3ccd6'],
  ['#f4efe6', '#cdbfa6'],
  ['#f1f1ef', '#c8c8c2'],
  ['#f7ece8', '#dcc2b8'],
  ['#eaf0ea', '#bccbbc'],
];
