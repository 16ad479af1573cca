import { z } from 'zod';
import { ApiError } from '../../shared/api/errors';
import type { ListProductsInput, ProductDetail, ProductRow, ProductSort, UpdateProductInput } from '../../shared/schemas/catalog';
import type { Locale } from '../../shared/schemas/common';
import type { DB } from '../db/open';
import { mediaUrl } from '../media/url';
import { recordEditBatch } from '../mutations';
import type { Clock } from '../ports';
import { decodeSortedCursor, encodeSortedCursor, pageOf } from '../paging/cursor';
import { readSettings } from '../settings/repo';
import { readProductGraph, type DerivativeRow, type ImageRow, type ProductGraph } from './detail-repo';
import { listProductRows, SORTS, THUMB_VARIANT, type ProductListRow } from './list-repo';
import { productMatchQuery } from './rules/search-query';

type Localized = Partial<Record<Locale, string>>;
const LOCALES: readonly string[] = ['en', 'ar', 'fa', 'ru'];

export type ListProductsQuery = Omit<z.output<typeof ListProductsInput>, 'sort'> & { sort?: ProductSort };

export function listProducts(db: DB, input: ListProductsQuery) {
  const settings = readSettings(db);
  const sort = input.sort ?? 'updated_desc';
  const rows = listProductRows(db, {
    ...input,
    sort,
    match: productMatchQuery(input.q),
    altLocale: settings.language,
    after: decodeSortedCursor(input.after, sort),
    limit: input.limit,
  });
  return pageOf(rows, input.limit, SORTS[sort].key, (r) => toProductRow(r, settings.currency), (k) =>
    encodeSortedCursor(sort, k),
  );
}

function toProductRow(r: ProductListRow, currency: string): ProductRow {
  return {
    id: r.id,
    handle: r.handle,
    title: r.title,
    status: r.status,
    vendor: r.vendor,
    productType: r.product_type,
    variantCount: r.variant_count,
    imageCount: r.image_count,
    minPriceMinor: r.min_price_minor,
    currency,
    thumbnailUrl: r.thumb_sha256 ? mediaUrl(r.thumb_sha256, extensionOf(THUMB_VARIANT)) : null,
    updatedAt: r.updated_at,
  };
}

export function getProduct(db: DB, id: number): ProductDetail {
  const graph = readProductGraph(db, id);
  if (!graph) {
    throw new ApiError('not_found', `product ${id} not found`, { i18nKey: 'errors.product_not_found', params: { id } });
  }
  return toProductDetail(graph, readSettings(db).currency);
}

/** A merchant edit: row and outbox op in one transaction (mutations/apply-edit.ts), one undo step. */
export function updateProduct(db: DB, clock: Clock, input: z.output<typeof UpdateProductInput>): ProductDetail {
  recordEditBatch(db, { labelKey: 'history.edit_product', params: { title: input.patch.title ?? '' } }, clock, (edit) =>
    edit({ entity: 'product', entityId: input.id, patch: input.patch, clock }),
  );
  return getProduct(db, input.id);
}

function toProductDetail(g: ProductGraph, currency: string): ProductDetail {
  const { head } = g;
  const titles: Localized = { en: head.title };
  const descriptions: Localized = { en: head.description_html };
  for (const t of g.translations) {
    if (!LOCALES.includes(t.locale)) continue;
    titles[t.locale as Locale] = t.title;
    descriptions[t.locale as Locale] = t.description_html;
  }
  const prices = g.variants.map((v) => v.price_minor);
  const images = g.images.map((img) => toImage(img, g));
  const firstImage = g.images[0];
  const thumb = firstImage ? findDerivative(g.derivatives, firstImage.id, THUMB_VARIANT) : undefined;
  return {
    id: head.id,
    handle: head.handle,
    title: head.title,
    status: head.status,
    vendor: head.vendor,
    productType: head.product_type,
    variantCount: g.variants.length,
    imageCount: g.images.length,
    minPriceMinor: prices.length > 0 ? Math.min(...prices) : null,
    currency,
    thumbnailUrl: thumb ? mediaUrl(thumb.sha256, extensionOf(thumb.variant)) : null,
    updatedAt: head.updated_at,
    titles,
    descriptions,
    tags: g.tags,
    options: g.options.map((o) => ({ name: o.name, values: parseStringList(o.values_json) })),
    variants: g.variants.map((v) => ({
      id: v.id,
      sku: v.sku,
      title: v.title,
      priceMinor: v.price_minor,
      compareAtMinor: v.compare_at_minor,
      inventory: v.inventory,
      options: [v.option1, v.option2, v.option3].filter((o): o is string => o !== null),
      barcode: v.barcode,
      weightGrams: v.weight_grams,
      imageId: v.image_id,
    })),
    images,
    seoTitle: head.seo_title,
    seoDescription: head.seo_description,
    collectionIds: g.collectionIds,
    descriptionHtml: head.description_html,
  };
}

function toImage(img: ImageRow, g: ProductGraph): ProductDetail['images'][number] {
  const alt: Localized = {};
  for (const a of g.alts) {
    if (a.image_id === img.id && LOCALES.includes(a.locale)) alt[a.locale as Locale] = a.alt;
  }
  const own = g.derivatives.filter((d) => d.image_id === img.id);
  const largest = [...own].sort((a, b) => widthOf(b.variant) - widthOf(a.variant))[0];
  const url = img.original_sha256 && img.original_ext
    ? mediaUrl(img.original_sha256, img.original_ext)
    : largest
      ? mediaUrl(largest.sha256, extensionOf(largest.variant))
      : (img.source_url ?? '');
  const thumb = findDerivative(own, img.id, THUMB_VARIANT);
  return {
    id: img.id,
    position: img.position,
    width: img.width,
    height: img.height,
    alt,
    url,
    thumbUrl: thumb ? mediaUrl(thumb.sha256, extensionOf(thumb.variant)) : url,
  };
}

const findDerivative = (ds: DerivativeRow[], imageId: number, variant: string) =>
  ds.find((d) => d.image_id === imageId && d.variant === variant);

/** Derivative names are `<size>.<ext>`, e.g. `w400.webp`. */
const extensionOf = (variant: string): string => variant.slice(variant.lastIndexOf('.') + 1);
const widthOf = (variant: string): number => Number(/^w(\d+)\./.exec(variant)?.[1] ?? 0);

function parseStringList(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}
