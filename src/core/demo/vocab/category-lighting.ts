import { adjective, l4, noun } from './grammar';
import type { CategoryVocab } from './types';

/** Lighting: glass colour, finish and plug type give three options. «أباجورة» / «آباژور» test alef folding. */
export const LIGHTING: CategoryVocab = {
  key: 'lighting',
  skuPrefix: 'LGT',
  collection: l4('Lighting', 'إضاءة', 'روشنایی', 'Освещение'),
  productType: 'Lighting',
  shape: 'lamp',
  vendors: ['Bazaar Lamps', 'Brass Lantern Works', 'Soft Glow Studio'],
  nouns: [
    noun('Table Lamp', 'أباجورة', 'f', 'آباژور', 'настольная лампа', 'f'),
    noun('Pendant Light', 'مصباح معلّق', 'm', 'چراغ آویز', 'подвесной светильник', 'm'),
    noun('Lantern', 'فانوس', 'm', 'فانوس', 'фонарь', 'm'),
    noun('Floor Lamp', 'مصباح أرضي', 'm', 'چراغ ایستاده', 'торшер', 'm'),
    noun('Wall Sconce', 'مصباح جداري', 'm', 'چراغ دیواری', 'бра', 'n'),
    noun('String Lights', 'سلسلة أضواء', 'f', 'ریسه نوری', 'гирлянда', 'f', { adj: [3, 5], options: [] }),
  ],
  adjectives: [
    adjective('Brass', 'برنجی', 'نحاسي', 'латунный'),
    adjective('Moroccan', 'مراکشی', 'مغربي', 'марокканский'),
    adjective('Mosaic', 'موزاییکی', 'فسيفسائي', 'мозаичный'),
    adjective('Dimmable', 'دیمردار', 'قابل للتعتيم', 'диммируемый'),
    adjective('Rattan', 'حصیری', 'من الراتان', 'ротанговый'),
    adjective('Minimalist', 'مینیمال', 'بسيط', 'минималистичный'),
  ],
  materials: [
    l4('solid brass', 'نحاس أصفر مصمت', 'برنج توپر', 'цельная латунь'),
    l4('hand-cut mosaic glass', 'زجاج فسيفساء مقطوع يدويًا', 'شیشه موزاییکی برش‌خورده با دست', 'мозаичное стекло ручной резки'),
    l4('natural rattan', 'راتان طبيعي', 'حصیر طبیعی', 'натуральный ротанг'),
  ],
  options: [
    { name: 'Finish', values: ['Brass', 'Matte black', 'Antique copper'] },
    { name: 'Plug', values: ['EU', 'UK', 'US'] },
  ],
  hasColour: true,
  features: [
    l4('Takes a standard E27 bulb (LED recommended)', 'يعمل بمصباح E27 قياسي (يُنصح بمصباح LED)', 'با لامپ استاندارد E27 کار می‌کند (لامپ LED توصیه می‌شود)', 'Под стандартную лампу E27 (рекомендуем светодиодную)'),
    l4('Casts warm patterned light across the room', 'ينشر ضوءًا دافئًا بنقوش جميلة في أرجاء الغرفة', 'نوری گرم و نقش‌دار در اتاق می‌پراکند', 'Наполняет комнату тёплым узорчатым светом'),
    l4('Braided fabric cable, 2 m', 'كابل مضفور من القماش بطول ٢ م', 'کابل پارچه‌ای بافته، ۲ متر', 'Текстильный кабель в оплётке, 2 м'),
    l4('Tested to CE and UKCA standards', 'مختبر وفق معايير CE وUKCA', 'آزمایش‌شده طبق استانداردهای CE و UKCA', 'Соответствует стандартам CE и UKCA'),
  ],
  care: [
    l4('Switch off and let it cool before cleaning.', 'أطفئه واتركه يبرد قبل التنظيف.', 'پیش از تمیزکردن خاموش کنید و بگذارید خنک شود.', 'Перед чисткой выключите и дайте остыть.'),
  ],
  tags: ['lighting', 'lamp', 'brass', 'روشنایی', 'إضاءة', 'свет'],
  priceMinor: [2400, 38000],
  weightGrams: [200, 9000],
};
