/** Shapes of the demo vocabularies: every phrase exists in the store's four languages. */

export const DEMO_LOCALES = ['en', 'ar', 'fa', 'ru'] as const;
export type DemoLocale = (typeof DEMO_LOCALES)[number];

/** One phrase in all four languages. */
export type L4 = Record<DemoLocale, string>;

/**
 * A product noun. Arabic and Russian adjectives agree with the noun's gender, so each
 * noun records it (ru 'pl' for plural-only nouns such as «серьги»).
 */
export interface Noun extends L4 {
  arGender: 'm' | 'f';
  ruGender: 'm' | 'f' | 'n' | 'pl';
  /** Indexes into the category's adjectives that make sense with this noun (default: all). */
  adj?: readonly number[];
  /** Replaces the category's options (a teapot has no weight, loose tea has no colour). */
  options?: readonly OptionSpec[];
  hasColour?: boolean;
  /** Sold as a set: some titles get "Set of 6" (with Persian/Arabic digits in fa/ar). */
  set?: boolean;
}

/** An adjective with the inflected forms the titles need (Persian does not inflect). */
export interface Adjective {
  en: string;
  /** Russian phrase follows the noun («кафтан из мериноса»); Arabic always does. */
  ruAfter?: boolean;
  fa: string;
  ar: { m: string; f: string };
  ru: { m: string; f: string; n: string; pl: string };
}

/** Which silhouette the image renderer draws for a category. */
export type ShapeKind = 'rug' | 'vase' | 'shirt' | 'ring' | 'cup' | 'planter' | 'lamp';

export interface OptionSpec {
  /** Option name as the store shows it (English, like Shopify's option names). */
  name: string;
  values: readonly string[];
}

export interface CategoryVocab {
  key: string;
  skuPrefix: string;
  collection: L4;
  productType: string;
  shape: ShapeKind;
  vendors: readonly string[];
  nouns: readonly Noun[];
  adjectives: readonly Adjective[];
  materials: readonly L4[];
  /** Extra option besides colour (size, weight, metal …); colour comes from the palette. */
  options: readonly OptionSpec[];
  /** Whether variants vary by colour (tea does not). */
  hasColour: boolean;
  features: readonly L4[];
  care: readonly L4[];
  tags: readonly string[];
  /** Price range of the base variant, in minor units. */
  priceMinor: readonly [number, number];
  weightGrams: readonly [number, number];
}
