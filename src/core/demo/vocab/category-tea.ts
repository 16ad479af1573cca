import { adjective, l4, noun, ruPostAdjective } from './grammar';
import type { CategoryVocab, OptionSpec } from './types';

const WEIGHT: readonly OptionSpec[] = [{ name: 'Weight', values: ['100 g', '250 g', '500 g', '1 kg'] }];
const GRIND: readonly OptionSpec[] = [
  { name: 'Weight', values: ['250 g', '500 g', '1 kg'] },
  { name: 'Grind', values: ['Whole bean', 'Espresso', 'Filter', 'Turkish'] },
];

/** Tea and coffee: consumables vary by weight (no colour), ware by colour and size. */
export const TEA_COFFEE: CategoryVocab = {
  key: 'tea-coffee',
  skuPrefix: 'TEA',
  collection: l4('Tea & Coffee', 'شاي وقهوة', 'چای و قهوه', 'Чай и кофе'),
  productType: 'Tea & Coffee',
  shape: 'cup',
  vendors: ['Lahijan Tea House', 'Mocha Port Roasters', 'Samovar & Co.'],
  nouns: [
    noun('Loose Leaf Tea', 'شاي', 'm', 'چای', 'чай', 'm', { adj: [0, 1, 3, 5], options: WEIGHT, hasColour: false }),
    noun('Coffee Beans', 'قهوة', 'f', 'قهوه', 'кофе', 'm', { adj: [1, 3, 5], options: GRIND, hasColour: false }),
    noun('Teapot', 'إبريق شاي', 'm', 'قوری', 'заварочный чайник', 'm', { adj: [0, 2, 4] }),
    noun('Tea Glasses', 'كاسات شاي', 'f', 'استکان', 'стаканчики для чая', 'pl', { adj: [0, 2], set: true }),
    noun('Samovar', 'سماور', 'm', 'سماور', 'самовар', 'm', { adj: [0, 2, 4] }),
    noun('Coffee Grinder', 'مطحنة قهوة', 'f', 'آسیاب قهوه', 'кофемолка', 'f', { adj: [2, 4] }),
    noun('Coffee Pot', 'دلّة', 'f', 'قهوه‌جوش', 'турка', 'f', { adj: [2, 4] }),
    noun('Saffron Rock Candy', 'سكّر نبات بالزعفران', 'm', 'نبات زعفرانی', 'леденцовый сахар с шафраном', 'm', {
      adj: [0, 1, 3],
      options: WEIGHT,
      hasColour: false,
    }),
  ],
  adjectives: [
    adjective('Persian', 'ایرانی', 'فارسي', 'персидский'),
    adjective('Organic', 'ارگانیک', 'عضوي', 'органический'),
    adjective('Traditional', 'سنتی', 'تقليدي', 'традиционный'),
    adjective('Premium', 'ممتاز', 'فاخر', 'отборный'),
    adjective('Copper', 'مسی', 'نحاسي', 'медный'),
    ruPostAdjective('Cardamom', 'هل‌دار', 'بنكهة الهيل', 'с кардамоном'),
  ],
  materials: [
    l4('first-flush leaves from Lahijan', 'أوراق القطفة الأولى من لاهيجان', 'برگ‌های چین اول لاهیجان', 'листья первого сбора из Лахиджана'),
    l4('single-origin arabica', 'أرابيكا أحادية المنشأ', 'عربیکای تک‌خاستگاه', 'арабика одного происхождения'),
    l4('hand-hammered copper', 'نحاس مطروق يدويًا', 'مس چکش‌کاری‌شده با دست', 'медь ручной чеканки'),
    l4('heat-resistant glass', 'زجاج مقاوم للحرارة', 'شیشه نسوز', 'жаропрочное стекло'),
  ],
  options: [{ name: 'Size', values: ['Small', 'Medium', 'Large'] }],
  hasColour: true,
  features: [
    l4('Roasted or packed in small batches every week', 'تُحمَّص أو تُعبَّأ بكميات صغيرة كل أسبوع', 'هر هفته در مقدار کم برشته یا بسته‌بندی می‌شود', 'Обжариваем и фасуем небольшими партиями каждую неделю'),
    l4('Brews a deep amber cup', 'يمنحك كوبًا بلون كهرماني عميق', 'دمنوشی به رنگ کهربایی پررنگ', 'Даёт насыщенный янтарный настой'),
    l4('An ideal gift for tea lovers', 'هدية مثالية لمحبي الشاي', 'هدیه‌ای عالی برای دوستداران چای', 'Отличный подарок для любителей чая'),
    l4('Sourced directly from family farms', 'مصدرها مزارع عائلية مباشرةً', 'مستقیم از باغ‌های خانوادگی تهیه می‌شود', 'Поставки напрямую с семейных ферм'),
  ],
  care: [
    l4('Store in a cool, dry place away from sunlight.', 'يُحفظ في مكان بارد وجاف بعيدًا عن أشعة الشمس.', 'در جای خشک و خنک و دور از نور خورشید نگهداری شود.', 'Хранить в сухом прохладном месте, вдали от солнечного света.'),
  ],
  tags: ['tea', 'coffee', 'gift', 'چای', 'شاي', 'чай', 'кофе'],
  priceMinor: [900, 32000],
  weightGrams: [100, 6000],
};
