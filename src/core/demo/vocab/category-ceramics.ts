import { adjective, l4, noun } from './grammar';
import type { CategoryVocab } from './types';

/** Ceramics: vases, jugs, bowls and tiles. «کوزه سفالی» is written with Persian ی/ک only. */
export const CERAMICS: CategoryVocab = {
  key: 'ceramics',
  skuPrefix: 'CER',
  collection: l4('Ceramics', 'خزف وفخّار', 'سفال و سرامیک', 'Керамика'),
  productType: 'Ceramics',
  shape: 'vase',
  vendors: ['Lalejin Pottery', 'Blue Kiln Studio', 'Meybod Clayworks'],
  nouns: [
    noun('Vase', 'مزهرية', 'f', 'گلدان', 'ваза', 'f'),
    noun('Jug', 'جرّة', 'f', 'کوزه', 'кувшин', 'm'),
    noun('Salad Bowl', 'وعاء تقديم', 'm', 'کاسه سرو', 'салатник', 'm'),
    noun('Tile Panel', 'لوحة بلاط', 'f', 'تابلو کاشی', 'панно', 'n', { adj: [0, 1, 4] }),
    noun('Dinner Plate', 'طبق', 'm', 'بشقاب', 'тарелка', 'f', { set: true }),
    noun('Candle Holder', 'شمعدان', 'm', 'جاشمعی', 'подсвечник', 'm'),
    noun('Vessel', 'آنية', 'f', 'ظرف', 'сосуд', 'm'),
  ],
  adjectives: [
    adjective('Glazed', 'لعابی', 'مزجج', 'глазурованный'),
    adjective('Hand-painted', 'نقاشی‌شده', 'مرسوم يدويًا', 'расписной'),
    adjective('Rustic', 'روستایی', 'ريفي', 'деревенский'),
    adjective('Earthenware', 'سفالی', 'فخاري', 'глиняный'),
    adjective('Minimalist', 'مینیمال', 'بسيط', 'минималистичный'),
  ],
  materials: [
    l4('stoneware clay', 'طين حجري', 'گل سنگی', 'каменная масса'),
    l4('earthenware', 'فخار', 'سفال', 'гончарная глина'),
    l4('porcelain', 'بورسلان', 'چینی', 'фарфор'),
    l4('lead-free glaze', 'طلاء زجاجي خالٍ من الرصاص', 'لعاب بدون سرب', 'бессвинцовая глазурь'),
  ],
  options: [{ name: 'Size', values: ['Small', 'Medium', 'Large'] }],
  hasColour: true,
  features: [
    l4('Thrown on the wheel and glazed by hand', 'مشكّلة على دولاب الخزّاف ومزججة يدويًا', 'روی چرخ سفالگری ساخته و با دست لعاب داده شده', 'Сформован на гончарном круге и покрыт глазурью вручную'),
    l4('Food-safe, lead-free glaze', 'طلاء آمن للطعام وخالٍ من الرصاص', 'لعاب ایمن برای مواد غذایی و بدون سرب', 'Безопасная для пищи глазурь без свинца'),
    l4('Fired twice for extra strength', 'محروقة مرتين لمزيد من المتانة', 'دو بار پخته شده برای استحکام بیشتر', 'Дважды обожжён для прочности'),
    l4('Subtle variations in colour make every piece unique', 'اختلافات طفيفة في اللون تجعل كل قطعة فريدة', 'تفاوت‌های ظریف رنگ، هر قطعه را یگانه می‌کند', 'Лёгкие различия в оттенке делают каждое изделие неповторимым'),
    l4('Packed in recycled paper and double boxed', 'مغلّفة بورق معاد تدويره داخل صندوقين', 'بسته‌بندی با کاغذ بازیافتی در جعبه دوتایی', 'Упакован в переработанную бумагу и двойную коробку'),
  ],
  care: [
    l4('Hand wash recommended; not for the microwave.', 'يُفضَّل الغسل باليد؛ لا يصلح للميكروويف.', 'شستشو با دست توصیه می‌شود؛ مناسب مایکروویو نیست.', 'Рекомендуется ручная мойка; не для микроволновой печи.'),
  ],
  tags: ['ceramics', 'handmade', 'gift', 'سفال', 'خزف', 'керамика'],
  priceMinor: [1900, 24000],
  weightGrams: [300, 4000],
};
