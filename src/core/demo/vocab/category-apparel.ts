import { adjective, l4, noun, ruPostAdjective } from './grammar';
import type { CategoryVocab } from './types';

/** Apparel: the category with up to three options (size, colour, fit). */
export const APPAREL: CategoryVocab = {
  key: 'apparel',
  skuPrefix: 'APP',
  collection: l4('Apparel', 'ملابس', 'پوشاک', 'Одежда'),
  productType: 'Apparel',
  shape: 'shirt',
  vendors: ['Gilan Linen', 'Silk Road Tailors', 'Ararat Knits', 'Dune & Thread'],
  nouns: [
    noun('Shirt', 'قميص', 'm', 'پیراهن', 'рубашка', 'f'),
    noun('Kaftan', 'قفطان', 'm', 'کفتان', 'кафтан', 'm'),
    noun('Scarf', 'وشاح', 'm', 'شال', 'шарф', 'm', { options: [] }),
    noun('Dress', 'فستان', 'm', 'پیراهن بلند', 'платье', 'n'),
    noun('Jacket', 'جاكيت', 'm', 'ژاکت', 'жакет', 'm'),
    noun('Hoodie', 'هودي', 'm', 'هودی', 'худи', 'n', { adj: [1, 2, 3, 5] }),
    noun('Trousers', 'بنطال', 'm', 'شلوار', 'брюки', 'pl'),
    noun('Socks', 'جوارب', 'f', 'جوراب', 'носки', 'pl', { adj: [3, 4, 5], set: true }),
  ],
  adjectives: [
    adjective('Linen', 'کتان', 'كتاني', 'льняной'),
    adjective('Embroidered', 'گلدوزی‌شده', 'مطرز', 'вышитый'),
    adjective('Oversized', 'گشاد', 'واسع', 'свободный'),
    adjective('Cotton', 'نخی', 'قطني', 'хлопковый'),
    ruPostAdjective('Merino', 'مرینوس', 'من صوف المارينو', 'из мериноса'),
    adjective('Everyday', 'روزمره', 'يومي', 'повседневный'),
  ],
  materials: [
    l4('washed linen', 'كتان مغسول', 'کتان شسته‌شده', 'стираный лён'),
    l4('organic cotton', 'قطن عضوي', 'پنبه ارگانیک', 'органический хлопок'),
    l4('merino wool', 'صوف المارينو', 'پشم مرینوس', 'шерсть мериноса'),
    l4('silk blend', 'مزيج الحرير', 'ترکیب ابریشم', 'смесовый шёлк'),
  ],
  options: [
    { name: 'Size', values: ['XS', 'S', 'M', 'L', 'XL'] },
    { name: 'Fit', values: ['Regular', 'Relaxed'] },
  ],
  hasColour: true,
  features: [
    l4('Pre-washed, so it will not shrink', 'مغسول مسبقًا فلا ينكمش', 'از پیش شسته شده و آب نمی‌رود', 'Предварительно выстиран и не садится'),
    l4('Relaxed fit that layers easily', 'قصّة مريحة تناسب ارتداء الطبقات', 'برش راحت که با لباس‌های دیگر به‌خوبی ست می‌شود', 'Свободный крой, удобно носить слоями'),
    l4("Embroidery stitched by a women's cooperative", 'تطريز تنفّذه تعاونية نسائية', 'گلدوزی‌شده توسط یک تعاونی زنان', 'Вышивку выполняет женский кооператив'),
    l4('Breathable fabric for warm days', 'قماش يسمح بمرور الهواء في الأيام الدافئة', 'پارچه‌ای که هوا را عبور می‌دهد؛ مناسب روزهای گرم', 'Дышащая ткань для тёплых дней'),
    l4('Real horn buttons', 'أزرار من القرن الطبيعي', 'دکمه‌های شاخ طبیعی', 'Пуговицы из натурального рога'),
  ],
  care: [
    l4('Machine wash cold and dry flat.', 'اغسله في الغسالة بماء بارد وجففه مسطحًا.', 'در ماشین لباسشویی با آب سرد بشویید و خوابیده خشک کنید.', 'Машинная стирка в холодной воде, сушить в расправленном виде.'),
  ],
  tags: ['apparel', 'linen', 'summer', 'پوشاک', 'ملابس', 'одежда'],
  priceMinor: [1900, 21000],
  weightGrams: [80, 1200],
};
