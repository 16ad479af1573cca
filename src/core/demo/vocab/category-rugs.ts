import { adjective, l4, noun, ruPostAdjective } from './grammar';
import type { CategoryVocab } from './types';

/**
 * Rugs and carpets. Persian spellings keep ی/ک («فرش کاشان») while Arabic uses ي/ك and ة
 * («سجادة كاشان»), so search folding has real work to do.
 */
export const RUGS: CategoryVocab = {
  key: 'rugs',
  skuPrefix: 'RUG',
  collection: l4('Rugs & Carpets', 'سجاد وبُسُط', 'فرش و قالی', 'Ковры и килимы'),
  productType: 'Rug',
  shape: 'rug',
  vendors: ['Kashan Looms', 'Tabriz Weavers Co.', 'Nomad Thread', 'Caravan Carpets'],
  nouns: [
    noun('Kashan Rug', 'سجادة كاشان', 'f', 'فرش کاشان', 'кашанский ковёр', 'm'),
    noun('Tabriz Carpet', 'سجادة تبريز', 'f', 'قالی تبریز', 'тебризский ковёр', 'm'),
    noun('Kilim', 'كليم', 'm', 'گلیم', 'килим', 'm'),
    noun('Runner Rug', 'سجادة ممر', 'f', 'کناره', 'ковровая дорожка', 'f'),
    noun('Prayer Rug', 'سجادة صلاة', 'f', 'جانماز', 'молитвенный коврик', 'm', { adj: [0, 1, 2, 3, 5] }),
    noun('Isfahan Carpet', 'سجادة أصفهان', 'f', 'فرش اصفهان', 'исфаханский ковёр', 'm'),
    noun('Jajim Throw', 'بطانية جاجيم', 'f', 'جاجیم', 'плед-джаджим', 'm', { adj: [0, 1, 3, 5] }),
    noun('Round Rug', 'سجادة مستديرة', 'f', 'فرش گرد', 'круглый ковёр', 'm'),
  ],
  adjectives: [
    adjective('Classic', 'کلاسیک', 'كلاسيكي', 'классический'),
    adjective('Wool', 'پشمی', 'صوفي', 'шерстяной'),
    adjective('Silk', 'ابریشمی', 'حريري', 'шёлковый'),
    ruPostAdjective('Hand-woven', 'دستباف', 'منسوج يدويًّا', 'ручной работы'),
    adjective('Geometric', 'هندسی', 'هندسي', 'геометрический'),
    adjective('Soft', 'نرم', 'ناعم', 'мягкий'),
  ],
  materials: [
    l4('hand-spun wool', 'صوف مغزول يدويًا', 'پشم دست‌ریس', 'шерсть ручного прядения'),
    l4('silk and wool blend', 'مزيج من الحرير والصوف', 'ترکیب ابریشم و پشم', 'смесь шёлка и шерсти'),
    l4('cotton', 'قطن', 'پنبه', 'хлопок'),
    l4('jute', 'جوت', 'کنف', 'джут'),
  ],
  options: [{ name: 'Size', values: ['80 × 150 cm', '120 × 180 cm', '160 × 230 cm', '200 × 300 cm'] }],
  hasColour: true,
  features: [
    l4('Knotted by artisans in small family workshops', 'معقودة على أيدي حرفيين في ورش عائلية صغيرة', 'بافته‌شده به دست هنرمندان در کارگاه‌های کوچک خانوادگی', 'Соткан мастерами в небольших семейных мастерских'),
    l4('Natural dyes that soften beautifully with age', 'أصباغ طبيعية تزداد جمالًا مع مرور الوقت', 'رنگ‌های گیاهی که با گذشت زمان زیباتر می‌شوند', 'Натуральные красители, которые со временем становятся только красивее'),
    l4('Dense pile that stays comfortable underfoot', 'وبر كثيف ومريح تحت القدمين', 'پرز متراکم و نرم زیر پا', 'Плотный ворс, приятный для ног'),
    l4('Non-slip underlay recommended for smooth floors', 'يُنصح باستخدام بطانة مانعة للانزلاق على الأرضيات الملساء', 'برای کف‌های صاف، زیرفرشی ضدلغزش توصیه می‌شود', 'Для гладких полов рекомендуем противоскользящую подложку'),
    l4('Each piece is unique; small irregularities are part of its charm', 'كل قطعة فريدة، والاختلافات الصغيرة جزء من سحرها', 'هر قطعه منحصربه‌فرد است و ناهمواری‌های کوچک بخشی از زیبایی آن است', 'Каждое изделие уникально: небольшие неровности — часть его очарования'),
  ],
  care: [
    l4('Vacuum gently without a beater bar and rotate twice a year.', 'نظّفها بالمكنسة برفق دون فرشاة دوّارة، ودوّرها مرتين في السنة.', 'به‌آرامی و بدون برس چرخان جارو کنید و سالی دو بار جهت آن را عوض کنید.', 'Пылесосьте бережно, без турбощётки, и дважды в год разворачивайте ковёр.'),
  ],
  tags: ['handmade', 'persian', 'living room', 'فرش', 'سجاد', 'ковры'],
  priceMinor: [6900, 69000],
  weightGrams: [1500, 25000],
};
