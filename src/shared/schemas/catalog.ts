import { z } from 'zod';
import { Id, IsoDateTime, Locale, MinorUnits, PageRequest } from './common';

export const ProductStatus = z.enum(['draft', 'active', 'archived']);
export type ProductStatus = z.infer<typeof ProductStatus>;

/** Per-language text; `en` is the store's default language. */
export const Localized = z.partialRecord(Locale, z.string());

export const ProductRow = z.object({
  id: Id,
  handle: z.string(),
  title: z.string(),
  status: ProductStatus,
  vendor: z.string().nullable(),
  productType: z.string().nullable(),
  variantCount: z.number().int(),
  imageCount: z.number().int(),
  minPriceMinor: MinorUnits.nullable(),
  currency: z.string(),
  thumbnailUrl: z.string().nullable(),
  updatedAt: IsoDateTime,
});
export type ProductRow = z.infer<typeof ProductRow>;

export const Variant = z.object({
  id: Id,
  sku: z.string(),
  title: z.string(),
  priceMinor: MinorUnits,
  compareAtMinor: MinorUnits.nullable(),
  inventory: z.number().int(),
  options: z.array(z.string()),
  barcode: z.string().nullable().optional(),
  weightGrams: z.number().int().nullable().optional(),
  imageId: Id.nullable().optional(),
});

export const ProductImage = z.object({
  id: Id,
  position: z.number().int(),
  width: z.number().int(),
  height: z.number().int(),
  alt: Localized,
  url: z.string(),
  thumbUrl: z.string(),
});

export const ProductDetail = ProductRow.extend({
  titles: Localized,
  descriptions: Localized,
  tags: z.array(z.string()),
  options: z.array(z.object({ name: z.string(), values: z.array(z.string()) })),
  variants: z.array(Variant),
  images: z.array(ProductImage),
  seoTitle: z.string().nullable().optional(),
  seoDescription: z.string().nullable().optional(),
  collectionIds: z.array(Id).optional(),
  /** Raw English description as stored (already sanitised), for the editor. */
  descriptionHtml: z.string().optional(),
});
export type ProductDetail = z.infer<typeof ProductDetail>;

/** Grid sorts; every one is keyset-paged (the cursor carries the sort it was made for). */
export const ProductSort = z.enum(['updated_desc', 'title_asc', 'title_desc', 'price_asc', 'price_desc', 'created_desc']);
export type ProductSort = z.infer<typeof ProductSort>;

/** What selects products in the grid, and "all N matching" in a bulk edit. */
export const ProductFilter = z.object({
  q: z.string().max(200).optional(),
  status: ProductStatus.optional(),
  collectionId: Id.optional(),
  tag: z.string().min(1).max(255).optional(),
  hasNoImages: z.boolean().optional(),
  /** Some image lacks a non-empty alt in the store's default language. */
  missingAlt: z.boolean().optional(),
  /** Average approved review rating below 3. */
  lowRating: z.boolean().optional(),
  /** Some variant priced within [min, max]. */
  priceMinMinor: MinorUnits.min(0).optional(),
  priceMaxMinor: MinorUnits.min(0).optional(),
});
export type ProductFilter = z.infer<typeof ProductFilter>;

export const ListProductsInput = PageRequest.extend({
  ...ProductFilter.shape,
  sort: ProductSort.default('updated_desc'),
});

/** Fields a merchant edit may change in the foundation; issue 3 extends this. */
export const ProductPatch = z
  .object({
    title: z.string().trim().min(1).max(255),
    status: ProductStatus,
    vendor: z.string().trim().max(255).nullable(),
    productType: z.string().trim().max(255).nullable(),
  })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'empty patch' });

export const UpdateProductInput = z.object({ id: Id, patch: ProductPatch });
