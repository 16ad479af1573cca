import { l4, nativeDigits } from './grammar';
import type { DemoLocale, L4 } from './types';

/**
 * Series names that finish product titles («فرش کاشان «شیرین»»). Names avoid grammar
 * agreement, and a few carry tashkeel (نُور) or ё (Алёна) on purpose.
 */
export const SERIES: readonly L4[] = [
  l4('Shirin', 'شيرين', 'شیرین', 'Ширин'),
  l4('Layla', 'ليلى', 'لیلا', 'Лейла'),
  l4('Nour', 'نُور', 'نور', 'Нур'),
  l4('Darya', 'داريا', 'دریا', 'Дарья'),
  l4('Mahtab', 'مهتاب', 'مهتاب', 'Махтаб'),
  l4('Yasmin', 'ياسمين', 'یاسمین', 'Ясмин'),
  l4('Roya', 'رؤيا', 'رویا', 'Роя'),
  l4('Parisa', 'باريسا', 'پریسا', 'Париса'),
  l4('Amal', 'أمل', 'امل', 'Амаль'),
  l4('Zahra', 'زهراء', 'زهرا', 'Захра'),
  l4('Vera', 'فيرا', 'ورا', 'Вера'),
  l4('Alyona', 'أليونا', 'آلیونا', 'Алёна'),
  l4('Mira', 'ميرا', 'میرا', 'Мира'),
  l4('Atlas', 'أطلس', 'اطلس', 'Атлас'),
  l4('Sahara', 'صحراء', 'صحرا', 'Сахара'),
  l4('Anahita', 'أناهيتا', 'آناهیتا', 'Анахита'),
  l4('Golnar', 'جُلّنار', 'گلنار', 'Гюльнар'),
  l4('Katya', 'كاتيا', 'کاتیا', 'Катя'),
  l4('Kian', 'كيان', 'کیان', 'Киан'),
  l4('Oasis', 'واحة', 'واحه', 'Оазис'),
  l4('Marjan', 'مرجان', 'مرجان', 'Марджан'),
  l4('Simin', 'سيمين', 'سیمین', 'Симин'),
  l4('Yalda', 'يلدا', 'یلدا', 'Ялда'),
  l4('Nika', 'نيكا', 'نیکا', 'Ника'),
  l4('Bahar', 'بهار', 'بهار', 'Бахар'),
  l4('Elbrus', 'إلبروس', 'البروس', 'Эльбрус'),
];

/** Title quotes per language: «» for ar/fa/ru, curly quotes for en. */
export function quoted(locale: DemoLocale, text: string): string {
  return locale === 'en' ? `“${text}”` : `«${text}»`;
}

/** "Set of 6" with native digits, appended to some set-sold titles. */
export function setPhrase(locale: DemoLocale, count: number): string {
  switch (locale) {
    case 'en':
      return `Set of ${count}`;
    case 'ar':
      return `طقم من ${nativeDigits(count, 'ar')} قطع`;
    case 'fa':
      return `ست ${nativeDigits(count, 'fa')} عددی`;
    case 'ru':
      return `набор из ${count} шт.`;
  }
}

/** Labels used inside description HTML. */
export const DESCRIPTION_LABELS: Record<DemoLocale, { material: string; colours: string; highlights: string }> = {
  en: { material: 'Material', colours: 'Colours', highlights: 'Why you will love it' },
  ar: { material: 'الخامة', colours: 'الألوان', highlights: 'لماذا ستحبّه' },
  fa: { material: 'جنس', colours: 'رنگ‌ها', highlights: 'چرا دوستش خواهید داشت' },
  ru: { material: 'Материал', colours: 'Цвета', highlights: 'Почему вам понравится' },
};

/** Opening sentences; {title} and {material} are filled in. */
export const INTROS: readonly L4[] = [
  l4(
    'The {title} brings quiet craftsmanship into everyday life.',
    '{title}، لمسة من الحِرفية الهادئة في حياتك اليومية.',
    '{title} هنر دست را بی‌صدا به زندگی روزمره می‌آورد.',
    '{title} привносит в повседневную жизнь спокойное мастерство.',
  ),
  l4(
    'Made from {material}, the {title} is built to be used and loved for years.',
    '{title} من {material}، قطعة تُستخدم وتُحَبّ لسنوات.',
    '{title} از {material} ساخته شده تا سال‌ها از آن استفاده کنید.',
    '{title} из материала «{material}» прослужит вам долгие годы.',
  ),
  l4(
    'Our makers designed the {title} for homes that value character over trends.',
    'صمّم حرفيّونا {title} للبيوت التي تفضّل الأصالة على الصيحات العابرة.',
    'سازندگان ما {title} را برای خانه‌هایی طراحی کرده‌اند که اصالت را به مد ترجیح می‌دهند.',
    'Наши мастера создали {title} для домов, где ценят характер, а не моду.',
  ),
];

/** How each camera angle is described in alt text. */
export const ANGLE_PHRASES: readonly L4[] = [
  l4('front view', 'منظر أمامي', 'نمای روبه‌رو', 'вид спереди'),
  l4('seen from the side', 'منظر جانبي', 'نمای کناری', 'вид сбоку'),
  l4('close-up of the detail', 'لقطة مقرّبة للتفاصيل', 'نمای نزدیک از جزئیات', 'крупный план детали'),
  l4('seen from above', 'منظر من الأعلى', 'نمای از بالا', 'вид сверху'),
  l4('on a styled table', 'على طاولة منسّقة', 'روی میزی آراسته', 'на сервированном столе'),
];

/** Alt text: "{title}, {colour}, {angle}" reads naturally in every language. */
export function altText(locale: DemoLocale, title: string, colour: string | null, angle: string): string {
  const colourPart = colour ? (locale === 'ru' ? `, цвет: ${colour}` : locale === 'ar' ? `، اللون ${colour}` : locale === 'fa' ? `، رنگ ${colour}` : `in ${colour}`) : '';
  if (locale === 'en') return colour ? `${title} ${colourPart}, ${angle}` : `${title}, ${angle}`;
  const comma = locale === 'ru' ? ', ' : '، ';
  return `${title}${colourPart}${comma}${angle}`;
}

/** Camera and export file names that merchants paste as alt text by mistake. */
export const CAMERA_FILE_NAMES: readonly ((n: number) => string)[] = [
  (n) => `IMG_${4000 + (n % 5000)}.JPG`,
  (n) => `DSC0${1000 + (n % 8999)}.jpg`,
  (n) => `product-photo-${1 + (n % 9)}.png`,
  (n) => `PXL_2024${String(1000 + (n % 8999))}_${100000 + n}.jpg`,
];

/** Curated, cross-category collections besides one collection per category. */
export const EXTRA_COLLECTIONS = [
  { handle: 'new-arrivals', title: 'New Arrivals' },
  { handle: 'gift-ideas', title: 'Gift Ideas' },
  { handle: 'sale', title: 'Sale' },
] as const;
