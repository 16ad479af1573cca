import { z } from 'zod';
import { Id, IsoDateTime, MinorUnits } from './common';
import { ProductFilter, ProductStatus } from './catalog';

/** Schemas of catalog editing: the product editor, bulk edits, history, recycle bin, typeahead. */

export const TypeaheadInput = z.object({ q: z.string().max(200), limit: z.number().int().min(1).max(10).default(8) });
export const TypeaheadItem = z.object({
  id: Id,
  title: z.string(),
  handle: z.string(),
  sku: z.string().nullable(),
  thumbnailUrl: z.string().nullable(),
});

export const CollectionSummary = z.object({ id: Id, handle: z.string(), title: z.string(), productCount: z.number().int() });
export const TagSummary = z.object({ name: z.string(), productCount: z.number().int() });

const Text = (max: number) => z.string().trim().max(max);
/** Shopify-style handle: lowercase letters (any script), digits and single hyphens. */
export const Handle = z
  .string()
  .trim()
  .min(1)
  .max(255)
  .regex(/^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u, 'handle: lowercase letters, digits and single hyphens');

export const VariantDraft = z
  .object({
    id: Id.optional(),
    sku: z.string().trim().min(1).max(100),
    title: Text(255).default(''),
    options: z.array(Text(255)).max(3).default([]),
    priceMinor: MinorUnits.min(0),
    compareAtMinor: MinorUnits.min(0).nullable().default(null),
    barcode: Text(64).nullable().default(null),
    weightGrams: z.number().int().min(0).nullable().default(null),
    inventory: z.number().int().default(0),
    imageId: Id.nullable().default(null),
  })
  .refine((v) => v.compareAtMinor === null || v.compareAtMinor > v.priceMinor, {
    path: ['compareAtMinor'],
    message: 'compare-at price must be above the price',
  });

const PerLanguage = z.object({ ar: z.string().optional(), fa: z.string().optional(), ru: z.string().optional() });

/** The product editor's save: no id creates, an id updates (with optimistic concurrency). */
export const ProductDraft = z
  .object({
    id: Id.optional(),
    /** The updatedAt the editor loaded; a save over a newer row is a conflict. */
    expectedUpdatedAt: IsoDateTime.optional(),
    title: Text(255).min(1),
    descriptionHtml: z.string().max(200_000).default(''),
    translations: z
      .object({ titles: PerLanguage.default({}), descriptions: PerLanguage.default({}) })
      .default({ titles: {}, descriptions: {} }),
    handle: Handle.optional(),
    vendor: Text(255).nullable().default(null),
    productType: Text(255).nullable().default(null),
    tags: z.array(Text(255).min(1)).max(250).default([]),
    collectionIds: z.array(Id).max(250).default([]),
    status: ProductStatus.default('draft'),
    seoTitle: Text(255).nullable().default(null),
    seoDescription: Text(1000).nullable().default(null),
    options: z
      .array(z.object({ name: Text(255).min(1), values: z.array(Text(255).min(1)).min(1).max(100) }))
      .max(3)
      .default([]),
    variants: z.array(VariantDraft).min(1).max(100),
  })
  .superRefine((d, ctx) => {
    const seen = new Map<string, number>();
    d.variants.forEach((v, i) => {
      const key = v.sku.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['variants', i, 'sku'], message: 'duplicate SKU in this product' });
      seen.set(key, i);
      if (v.options.length !== d.options.length && d.options.length > 0) {
        ctx.addIssue({ code: 'custom', path: ['variants', i, 'options'], message: 'one value per option' });
      }
    });
  });
export type ProductDraft = z.output<typeof ProductDraft>;

export const Rounding = z.enum(['none', 'to_99', 'to_00', 'nearest_5']);
export type Rounding = z.infer<typeof Rounding>;

export const BulkAction = z.discriminatedUnion('type', [
  z.object({ type: z.literal('setStatus'), status: ProductStatus }),
  z.object({ type: z.literal('addTag'), tag: Text(255).min(1) }),
  z.object({ type: z.literal('removeTag'), tag: Text(255).min(1) }),
  z.object({
    type: z.literal('adjustPrice'),
    mode: z.enum(['percent', 'amount']),
    /** Percent (e.g. -10 = 10 % off) or minor units to add (negative subtracts). */
    value: z.number().finite(),
    rounding: Rounding.default('none'),
  }),
  z.object({ type: z.literal('setVendor'), vendor: Text(255).nullable() }),
  z.object({ type: z.literal('setType'), productType: Text(255).nullable() }),
]);
export type BulkAction = z.output<typeof BulkAction>;

/** A selection of ids, or every product matching a grid filter ("all N matching"). */
export const BulkSelection = z.union([
  z.object({ ids: z.array(Id).min(1).max(100_000) }),
  z.object({ filter: ProductFilter }),
]);
export const BulkInput = z.object({ selection: BulkSelection, action: BulkAction });
export type BulkInput = z.output<typeof BulkInput>;

const FieldScalar = z.union([z.string(), z.number(), z.null(), z.array(z.string())]);
export const BulkChange = z.object({
  id: Id,
  title: z.string(),
  field: z.string(),
  /** For a price change, the variant's SKU. */
  sku: z.string().nullable(),
  before: FieldScalar,
  after: FieldScalar,
});
export const BulkPreview = z.object({
  affected: z.number().int(),
  /** Prices a change would take below 0, clamped to 0. */
  clamped: z.number().int(),
  sample: z.array(BulkChange),
});
export const BulkResult = z.object({ affected: z.number().int(), clamped: z.number().int(), batchId: Id.nullable() });

export const HistoryEntry = z.object({
  id: Id,
  labelKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  createdAt: IsoDateTime,
  undoneAt: IsoDateTime.nullable(),
  itemCount: z.number().int(),
});
export const UndoResult = z.object({ batch: HistoryEntry.nullable() });

export const IdsInput = z.object({ ids: z.array(Id).min(1).max(10_000) });
export const DeletedProduct = z.object({ id: Id, title: z.string(), handle: z.string(), deletedAt: IsoDateTime });

/** Label i18n keys of edit batches (catalog.history); params: title or count. */
export const HISTORY_LABEL_KEYS = [
  'history.create_product',
  'history.edit_product',
  'history.duplicate_product',
  'history.delete_products',
  'history.restore_products',
  'history.bulk_setStatus',
  'history.bulk_addTag',
  'history.bulk_removeTag',
  'history.bulk_adjustPrice',
  'history.bulk_setVendor',
  'history.bulk_setType',
] as const;
