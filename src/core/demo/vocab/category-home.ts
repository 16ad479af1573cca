import { adjective, l4, noun } from './grammar';
import type { CategoryVocab } from './types';

/**
 * Home and garden. The Christmas ornament is «Ёлочная игрушка» in Russian: titles without an
 * adjective start with Ё, which search must fold to Е.
 */
export const HOME_GARDEN: CategoryVocab = {
  key: 'home-garden',
  skuPrefix: 'HOM',
  collection: l4('Home & Garden', 'المنزل والحديقة', 'خانه و باغ', 'Дом и сад'),
  productType: 'Home & Garden',
  shape: 'planter',
  vendors: ['Caspian Home', 'Green Courtyard', 'Birch & Brass'],
  nouns: [
    noun('Planter', 'أصيص', 'm', 'گلدان حیاط', 'кашпо', 'n', { adj: [0, 1, 4, 5] }),
    noun('Cushion Cover', 'غطاء وسادة', 'm', 'روکش کوسن', 'наволочка', 'f', { adj: [2, 3, 5] }),
    noun('Christmas Ornament', 'زينة شجرة الميلاد', 'f', 'تزئین درخت کریسمس', 'ёлочная игрушка', 'f', { adj: [0, 1], set: true }),
    noun('Watering Can', 'إبريق سقي', 'm', 'آب‌پاش', 'лейка', 'f', { adj: [4] }),
    noun('Bird Feeder', 'مغذّية طيور', 'f', 'دانخوری پرندگان', 'кормушка для птиц', 'f', { adj: [1] }),
    noun('Throw Blanket', 'بطانية', 'f', 'پتو', 'плед', 'm', { adj: [2, 3, 5] }),
    noun('Tapestry', 'معلّقة جدارية', 'f', 'دیوارکوب', 'гобелен', 'm', { adj: [2, 5] }),
    noun('Doormat', 'ممسحة أرجل', 'f', 'پادری', 'придверный коврик', 'm', { adj: [2, 5] }),
  ],
  adjectives: [
    adjective('Glass', 'شیشه‌ای', 'زجاجي', 'стеклянный'),
    adjective('Wooden', 'چوبی', 'خشبي', 'деревянный'),
    adjective('Woven', 'بافتنی', 'منسوج', 'плетёный'),
    adjective('Cosy', 'گرم و نرم', 'دافئ', 'уютный'),
    adjective('Galvanised', 'گالوانیزه', 'مجلفن', 'оцинкованный'),
    adjective('Boho', 'بوهو', 'بوهيمي', 'богемный'),
  ],
  materials: [
    l4('recycled glass', 'زجاج معاد تدويره', 'شیشه بازیافتی', 'переработанное стекло'),
    l4('FSC-certified oak', 'خشب بلوط معتمد من FSC', 'چوب بلوط با گواهی FSC', 'дуб с сертификатом FSC'),
    l4('cotton and jute', 'قطن وجوت', 'پنبه و کنف', 'хлопок и джут'),
    l4('galvanised steel', 'فولاذ مجلفن', 'فولاد گالوانیزه', 'оцинкованная сталь'),
  ],
  options: [{ name: 'Size', values: ['Small', 'Medium', 'Large'] }],
  hasColour: true,
  features: [
    l4('Weather-resistant for balcony or garden', 'مقاوم للعوامل الجوية، مناسب للشرفة أو الحديقة', 'مقاوم در برابر آب‌وهوا برای بالکن یا باغچه', 'Устойчиво к непогоде — для балкона или сада'),
    l4('Made by a small studio from recycled materials', 'صنعه استوديو صغير من مواد معاد تدويرها', 'ساخته‌شده در یک کارگاه کوچک از مواد بازیافتی', 'Сделано небольшой студией из переработанных материалов'),
    l4('Adds warmth and texture to any room', 'يضيف الدفء والملمس إلى أي غرفة', 'به هر اتاقی گرما و بافت می‌بخشد', 'Добавит тепла и фактуры любой комнате'),
    l4('Easy to assemble, all fixings included', 'سهل التركيب وجميع المثبّتات مرفقة', 'نصب آسان، همه اتصالات همراه است', 'Легко собрать, весь крепёж в комплекте'),
  ],
  care: [
    l4('Wipe clean with a damp cloth.', 'امسحه بقطعة قماش مبللة.', 'با دستمال مرطوب تمیز کنید.', 'Протирайте влажной тканью.'),
  ],
  tags: ['home', 'garden', 'gift', 'خانه', 'حديقة', 'дом', 'сад'],
  priceMinor: [900, 16000],
  weightGrams: [50, 5000],
};
