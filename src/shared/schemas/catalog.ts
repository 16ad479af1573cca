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
});
export type ProductDetail = z.infer<typeof ProductDetail>;

export const ListProductsInput = PageRequest.extend({
  q: z.string().max(200).optional(),
  status: ProductStatus.optional(),
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
