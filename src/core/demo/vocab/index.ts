import { APPAREL } from './category-apparel';
import { CERAMICS } from './category-ceramics';
import { HOME_GARDEN } from './category-home';
import { JEWELLERY } from './category-jewellery';
import { LIGHTING } from './category-lighting';
import { RUGS } from './category-rugs';
import { TEA_COFFEE } from './category-tea';
import { REVIEWS_AR } from './reviews-ar';
import { REVIEWS_EN } from './reviews-en';
import { REVIEWS_FA } from './reviews-fa';
import { REVIEWS_RU } from './reviews-ru';
import type { ReviewVocab } from './reviews-types';
import type { CategoryVocab, DemoLocale } from './types';

export const CATEGORIES: readonly CategoryVocab[] = [RUGS, CERAMICS, APPAREL, JEWELLERY, TEA_COFFEE, HOME_GARDEN, LIGHTING];

export const REVIEW_VOCAB: Record<DemoLocale, ReviewVocab> = { en: REVIEWS_EN, ar: REVIEWS_AR, fa: REVIEWS_FA, ru: REVIEWS_RU };

/** The mild words the demo plants in reviews, per language (moderation word lists must cover them). */
export const DEMO_PROFANITY: Record<DemoLocale, readonly string[]> = {
  en: REVIEWS_EN.profanity,
  ar: REVIEWS_AR.profanity,
  fa: REVIEWS_FA.profanity,
  ru: REVIEWS_RU.profanity,
};

export { DEMO_LOCALES } from './types';
export type { CategoryVocab, DemoLocale, L4 } from './types';
