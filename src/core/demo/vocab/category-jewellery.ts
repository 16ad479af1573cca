import { adjective, l4, noun } from './grammar';
import type { CategoryVocab } from './types';

/** Jewellery: colour is the stone's colour; materials carry Persian and Arabic-Indic digits. */
export const JEWELLERY: CategoryVocab = {
  key: 'jewellery',
  skuPrefix: 'JWL',
  collection: l4('Jewellery', 'مجوهرات', 'زیورآلات', 'Украшения'),
  productType: 'Jewellery',
  shape: 'ring',
  vendors: ['Isfahan Silverworks', 'Nishapur Stones', 'Moonlit Atelier'],
  nouns: [
    noun('Ring', 'خاتم', 'm', 'انگشتر', 'кольцо', 'n', {
      options: [
        { name: 'Metal', values: ['Silver', 'Gold-plated', 'Rose gold'] },
        { name: 'Ring size', values: ['6', '7', '8', '9'] },
      ],
    }),
    noun('Earrings', 'أقراط', 'f', 'گوشواره', 'серьги', 'pl'),
    noun('Necklace', 'قلادة', 'f', 'گردنبند', 'колье', 'n'),
    noun('Bracelet', 'سوار', 'm', 'دستبند', 'браслет', 'm'),
    noun('Pendant', 'دلّاية', 'f', 'آویز', 'кулон', 'm'),
    noun('Brooch', 'بروش', 'm', 'سنجاق سینه', 'брошь', 'f'),
  ],
  adjectives: [
    adjective('Engraved', 'حکاکی‌شده', 'محفور', 'гравированный'),
    adjective('Silver', 'نقره', 'فضي', 'серебряный'),
    adjective('Delicate', 'ظریف', 'رقيق', 'изящный'),
    adjective('Turquoise', 'فیروزه‌نشان', 'فيروزي', 'бирюзовый'),
    adjective('Vintage', 'قدیمی', 'عتيق', 'винтажный'),
    adjective('Gold-plated', 'آب‌طلا', 'مطلي بالذهب', 'позолоченный'),
  ],
  materials: [
    l4('925 sterling silver', 'فضة استرليني عيار ٩٢٥', 'نقره ۹۲۵', 'серебро 925 пробы'),
    l4('18k gold plating', 'طلاء ذهب عيار ١٨', 'آبکاری طلای ۱۸ عیار', 'позолота 18 карат'),
    l4('natural turquoise', 'فيروز طبيعي', 'فیروزه نیشابور', 'натуральная бирюза'),
    l4('freshwater pearls', 'لؤلؤ المياه العذبة', 'مروارید آب شیرین', 'пресноводный жемчуг'),
  ],
  options: [{ name: 'Metal', values: ['Silver', 'Gold-plated', 'Rose gold'] }],
  hasColour: true,
  features: [
    l4('Hallmarked sterling silver', 'فضة استرليني مدموغة', 'نقره عیارسنجی‌شده با مهر', 'Серебро с пробирным клеймом'),
    l4('Hypoallergenic and nickel-free', 'مضاد للحساسية وخالٍ من النيكل', 'ضدحساسیت و بدون نیکل', 'Гипоаллергенно, без никеля'),
    l4('Stones set by hand in our Isfahan workshop', 'أحجار مرصّعة يدويًا في ورشتنا في أصفهان', 'نگین‌ها در کارگاه ما در اصفهان با دست کار شده‌اند', 'Камни закреплены вручную в нашей мастерской в Исфахане'),
    l4('Arrives in a gift box with a polishing cloth', 'تصل في علبة هدية مع قطعة قماش للتلميع', 'در جعبه کادویی همراه با دستمال براق‌کننده ارسال می‌شود', 'Поставляется в подарочной коробке с салфеткой для полировки'),
  ],
  care: [
    l4('Store in the pouch and keep away from perfume and water.', 'احفظها في الكيس وتجنّب العطور والماء.', 'در کیسه نگه دارید و از تماس با عطر و آب دور کنید.', 'Храните в мешочке, избегайте контакта с духами и водой.'),
  ],
  tags: ['jewellery', 'silver', 'gift', 'جواهرات', 'زیورآلات', 'украшения'],
  priceMinor: [2900, 45000],
  weightGrams: [5, 120],
};
