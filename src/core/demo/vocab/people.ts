import type { DemoLocale } from './types';

/** A name in its own script plus the Latin spelling used in e-mail addresses. */
export type NamePart = readonly [native: string, latin: string];

interface PeopleVocab {
  /** The first half are women's names (Russian surnames then take the feminine ending). */
  first: readonly NamePart[];
  last: readonly NamePart[];
  /** ISO country codes with relative weights. */
  countries: readonly (readonly [code: string, weight: number])[];
}

const EN: PeopleVocab = {
  first: [
    ['Emma', 'emma'], ['Olivia', 'olivia'], ['Sophie', 'sophie'], ['Grace', 'grace'], ['Chloe', 'chloe'],
    ['Hannah', 'hannah'], ['Lucy', 'lucy'], ['Amelia', 'amelia'], ['Isla', 'isla'], ['Maya', 'maya'],
    ['James', 'james'], ['Oliver', 'oliver'], ['Noah', 'noah'], ['Jack', 'jack'], ['Liam', 'liam'],
    ['Ethan', 'ethan'], ['Daniel', 'daniel'], ['Samuel', 'samuel'], ['Henry', 'henry'], ['Owen', 'owen'],
  ],
  last: [
    ['Smith', 'smith'], ['Johnson', 'johnson'], ['Brown', 'brown'], ['Taylor', 'taylor'], ['Wilson', 'wilson'],
    ['Evans', 'evans'], ['Walker', 'walker'], ['Wright', 'wright'], ['Robinson', 'robinson'], ['Hughes', 'hughes'],
    ['Clarke', 'clarke'], ['Murphy', 'murphy'], ['Patel', 'patel'], ['Campbell', 'campbell'], ['Reed', 'reed'],
  ],
  countries: [['US', 50], ['GB', 22], ['CA', 12], ['AU', 10], ['IE', 6]],
};

const AR: PeopleVocab = {
  first: [
    ['فاطمة', 'fatima'], ['مريم', 'maryam'], ['نور', 'nour'], ['ليلى', 'layla'], ['سارة', 'sara'],
    ['هدى', 'huda'], ['آمنة', 'amna'], ['رنا', 'rana'], ['ياسمين', 'yasmin'], ['سلمى', 'salma'],
    ['محمد', 'mohammed'], ['أحمد', 'ahmed'], ['علي', 'ali'], ['عمر', 'omar'], ['يوسف', 'youssef'],
    ['خالد', 'khaled'], ['إبراهيم', 'ibrahim'], ['حسن', 'hassan'], ['طارق', 'tariq'], ['كريم', 'karim'],
  ],
  last: [
    ['العلي', 'alali'], ['الحسن', 'alhassan'], ['المصري', 'almasri'], ['الخطيب', 'alkhatib'], ['الشامي', 'alshami'],
    ['حداد', 'haddad'], ['النجار', 'alnajjar'], ['القاسم', 'alqasim'], ['عبد الله', 'abdullah'], ['الزهراني', 'alzahrani'],
    ['العتيبي', 'alotaibi'], ['منصور', 'mansour'], ['صالح', 'saleh'], ['الكعبي', 'alkaabi'], ['يوسف', 'youssef'],
  ],
  countries: [['AE', 30], ['SA', 25], ['EG', 15], ['JO', 10], ['QA', 8], ['KW', 7], ['MA', 5]],
};

const FA: PeopleVocab = {
  first: [
    ['مریم', 'maryam'], ['زهرا', 'zahra'], ['فاطمه', 'fatemeh'], ['نرگس', 'narges'], ['شیرین', 'shirin'],
    ['پریسا', 'parisa'], ['نیلوفر', 'niloufar'], ['سارا', 'sara'], ['یاسمن', 'yasaman'], ['کیمیا', 'kimia'],
    ['علی', 'ali'], ['رضا', 'reza'], ['امیر', 'amir'], ['حسین', 'hossein'], ['مهدی', 'mehdi'],
    ['کاوه', 'kaveh'], ['بابک', 'babak'], ['آرش', 'arash'], ['سینا', 'sina'], ['پویا', 'pouya'],
  ],
  last: [
    ['محمدی', 'mohammadi'], ['حسینی', 'hosseini'], ['احمدی', 'ahmadi'], ['رضایی', 'rezaei'], ['کریمی', 'karimi'],
    ['موسوی', 'mousavi'], ['جعفری', 'jafari'], ['کاظمی', 'kazemi'], ['نوری', 'nouri'], ['صادقی', 'sadeghi'],
    ['تهرانی', 'tehrani'], ['شیرازی', 'shirazi'], ['یزدانی', 'yazdani'], ['کرمانی', 'kermani'], ['اکبری', 'akbari'],
  ],
  countries: [['IR', 45], ['DE', 15], ['CA', 12], ['AE', 10], ['AF', 10], ['SE', 8]],
};

const RU: PeopleVocab = {
  first: [
    ['Анна', 'anna'], ['Мария', 'maria'], ['Елена', 'elena'], ['Ольга', 'olga'], ['Алёна', 'alyona'],
    ['Наталья', 'natalia'], ['Татьяна', 'tatiana'], ['Ксения', 'ksenia'], ['Дарья', 'daria'], ['Юлия', 'yulia'],
    ['Алексей', 'alexey'], ['Дмитрий', 'dmitry'], ['Сергей', 'sergey'], ['Андрей', 'andrey'], ['Иван', 'ivan'],
    ['Михаил', 'mikhail'], ['Артём', 'artyom'], ['Пётр', 'pyotr'], ['Никита', 'nikita'], ['Фёдор', 'fyodor'],
  ],
  last: [
    ['Иванов', 'ivanov'], ['Смирнов', 'smirnov'], ['Кузнецов', 'kuznetsov'], ['Попов', 'popov'], ['Соколов', 'sokolov'],
    ['Лебедев', 'lebedev'], ['Козлов', 'kozlov'], ['Новиков', 'novikov'], ['Морозов', 'morozov'], ['Волков', 'volkov'],
    ['Фёдоров', 'fedorov'], ['Орлов', 'orlov'], ['Никитин', 'nikitin'], ['Зайцев', 'zaitsev'], ['Пчёлкин', 'pchelkin'],
  ],
  countries: [['RU', 45], ['KZ', 15], ['BY', 10], ['AM', 8], ['GE', 8], ['DE', 8], ['RS', 6]],
};

export const PEOPLE: Record<DemoLocale, PeopleVocab> = { en: EN, ar: AR, fa: FA, ru: RU };

/** Share of customers per language (the store sells mostly in English). */
export const LOCALE_WEIGHTS: Record<DemoLocale, number> = { en: 40, ar: 20, fa: 22, ru: 18 };

/** Reserved example domains: demo addresses must never reach a real mailbox. */
export const EMAIL_DOMAINS = ['example.com', 'example.net', 'example.org', 'mail.example', 'inbox.example'] as const;

/** Full display name; Russian women's surnames take the feminine ending. */
export function displayName(locale: DemoLocale, first: NamePart, last: NamePart, female: boolean): string {
  if (locale === 'ru' && female) {
    const fem = /(ов|ев|ёв|ин)$/.test(last[0]) ? `${last[0]}а` : last[0];
    return `${first[0]} ${fem}`;
  }
  return `${first[0]} ${last[0]}`;
}
