import type { DemoLocale } from './types';

/** Free-text answers that come with NPS (0–10) and CES (1–7) scores, by score band. */
export interface SurveyVocab {
  promoter: readonly string[];
  passive: readonly string[];
  detractor: readonly string[];
  easy: readonly string[];
  hard: readonly string[];
}

export const SURVEYS: Record<DemoLocale, SurveyVocab> = {
  en: {
    promoter: ['Beautiful products and fast delivery. I tell all my friends about you.', 'Best online shop for handmade things.', 'Lovely packaging and a personal note. Thank you!'],
    passive: ['Good shop, but shipping could be faster.', 'Nice products, a bit pricey.', 'Fine overall, the website search could be better.'],
    detractor: ['My order arrived late and nobody answered my emails.', 'The item looked different from the photos.', 'Returns were a hassle.'],
    easy: ['Checkout took a minute.', 'Very easy to find what I needed.', 'Smooth from start to finish.'],
    hard: ['The discount code did not work at first.', 'I had to enter my address twice.', 'Hard to find the size guide.'],
  },
  ar: {
    promoter: ['منتجات جميلة وتوصيل سريع، أنصح جميع أصدقائي بكم.', 'أفضل متجر إلكتروني للمنتجات اليدوية.', 'تغليف أنيق وبطاقة شخصية، شكرًا لكم!'],
    passive: ['متجر جيد، لكن الشحن يمكن أن يكون أسرع.', 'منتجات جميلة لكن أسعارها مرتفعة قليلًا.', 'التجربة جيدة عمومًا، والبحث في الموقع يحتاج إلى تحسين.'],
    detractor: ['وصل طلبي متأخرًا ولم يرد أحد على رسائلي.', 'المنتج يختلف عن الصور.', 'عملية الإرجاع كانت مرهقة.'],
    easy: ['أنهيت الدفع في دقيقة واحدة.', 'من السهل جدًا إيجاد ما أحتاجه.', 'كل شيء كان سلسًا من البداية إلى النهاية.'],
    hard: ['رمز الخصم لم يعمل في البداية.', 'اضطررت لإدخال العنوان مرتين.', 'صعب أن أجد دليل المقاسات.'],
  },
  fa: {
    promoter: ['محصولات زیبا و ارسال سریع؛ شما را به همه دوستانم معرفی می‌کنم.', 'بهترین فروشگاه اینترنتی برای کارهای دستی.', 'بسته‌بندی شیک و یادداشت دست‌نویس، ممنونم!'],
    passive: ['فروشگاه خوبی است، ولی ارسال می‌تواند سریع‌تر باشد.', 'محصولات قشنگ‌اند ولی کمی گران.', 'در کل خوب بود، جستجوی سایت بهتر شود.'],
    detractor: ['سفارشم دیر رسید و کسی به ایمیل‌هایم جواب نداد.', 'کالا با عکس‌ها فرق داشت.', 'مرجوع کردن خیلی دردسر داشت.'],
    easy: ['پرداخت یک دقیقه طول کشید.', 'خیلی راحت چیزی را که می‌خواستم پیدا کردم.', 'از اول تا آخر بی‌دردسر بود.'],
    hard: ['کد تخفیف اول کار نکرد.', 'مجبور شدم آدرس را دو بار وارد کنم.', 'راهنمای سایز را به‌سختی پیدا کردم.'],
  },
  ru: {
    promoter: ['Красивые вещи и быстрая доставка, советую вас всем друзьям.', 'Лучший интернет-магазин изделий ручной работы.', 'Чудесная упаковка и открытка от руки, спасибо!'],
    passive: ['Хороший магазин, но доставку можно ускорить.', 'Товары красивые, но дороговато.', 'В целом нормально, поиск на сайте можно улучшить.'],
    detractor: ['Заказ пришёл с опозданием, на письма никто не ответил.', 'Товар отличался от фотографий.', 'Возврат оформить было очень сложно.'],
    easy: ['Оформление заняло минуту.', 'Очень легко нашла то, что нужно.', 'Всё прошло гладко от начала до конца.'],
    hard: ['Промокод сначала не сработал.', 'Пришлось вводить адрес дважды.', 'Сложно найти таблицу размеров.'],
  },
};
