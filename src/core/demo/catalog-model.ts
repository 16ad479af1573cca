import type { Colour } from './vocab/colours';
import type { CategoryVocab, DemoLocale, L4 } from './vocab/types';

/** The generated catalog, kept in memory so later steps (images, orders, reviews) can use it. */
export interface PlannedVariant {
  id: number;
  productId: number;
  position: number;
  sku: string;
  title: string;
  options: string[];
  colour: Colour | null;
  priceMinor: number;
  compareAtMinor: number | null;
  barcode: string | null;
  weightGrams: number;
  inventory: number;
}

export interface PlannedProduct {
  id: number;
  handle: string;
  category: CategoryVocab;
  categoryIndex: number;
  titles: L4;
  /** Title without the series name, for review sentences («فرش کاشان دستباف»). */
  shortNames: L4;
  descriptions: L4;
  material: L4;
  vendor: string;
  status: 'active' | 'draft' | 'archived';
  createdTs: number;
  updatedTs: number;
  seoTitle: string | null;
  seoDescription: string | null;
  options: { name: string; values: string[] }[];
  variants: PlannedVariant[];
  /** Colours shown in the photos, in angle order (one neutral colour for colourless products). */
  photoColours: Colour[];
  /** Whether alt text and variants mention colour. */
  hasColour: boolean;
  tags: string[];
  collectionIds: number[];
  /** Number of photos (2–5 angles). */
  imageCount: number;
  /** Relative sales/review weight (a few best sellers, a long tail). */
  popularity: number;
}

export interface PlannedCollection {
  id: number;
  handle: string;
  title: string;
}

export interface CatalogModel {
  products: PlannedProduct[];
  collections: PlannedCollection[];
  tagNames: string[];
}

export type { DemoLocale };
