/**
 * The whitelist of what a merchant edit may touch. Ops name fields by the contract's
 * camelCase names; each entity maps them to columns here. A field that is not listed
 * cannot be edited (applyEdit answers `validation`), and column names in SQL only ever
 * come from this file, never from input.
 */

import { imageAlt, productCollections, productTags, productTranslation, type VirtualField } from './virtual-fields';

/** A value as it travels in an op's patch/base JSON. */
export type FieldValue = string | number | boolean | null | readonly string[] | readonly number[];

export interface FieldSpec {
  /** The row's own column; '' for a virtual field. */
  column: string;
  /** Set when the value lives in side tables (tags, collections, translations). */
  virtual?: VirtualField;
  /** `json`: the column stores JSON text of the value (e.g. reason code lists). */
  codec?: 'json';
  /** Only settable when the row is created (parent keys such as a variant's product). */
  createOnly?: boolean;
}

export interface EntitySpec {
  table: string;
  fields: Readonly<Record<string, FieldSpec>>;
  /** Bumped on every local write; null when the table has no such column. */
  updatedAtColumn: string | null;
  createdAtColumn: string | null;
  /** When set, delete stamps this column instead of removing the row (keeps remote ids). */
  softDeleteColumn?: string;
  /** Where a created row keeps its op_id, so a retried create can be matched remotely. */
  opIdColumn?: string;
  notFoundKey: string;
}

export const ENTITIES = {
  product: {
    table: 'products',
    fields: {
      handle: { column: 'handle' },
      title: { column: 'title' },
      descriptionHtml: { column: 'description_html' },
      vendor: { column: 'vendor' },
      productType: { column: 'product_type' },
      status: { column: 'status' },
      seoTitle: { column: 'seo_title' },
      seoDescription: { column: 'seo_description' },
      shopifyExtra: { column: 'shopify_extra_json' },
      tags: { column: '', virtual: productTags },
      collectionIds: { column: '', virtual: productCollections },
      titleAr: { column: '', virtual: productTranslation('ar', 'title') },
      titleFa: { column: '', virtual: productTranslation('fa', 'title') },
      titleRu: { column: '', virtual: productTranslation('ru', 'title') },
      descriptionHtmlAr: { column: '', virtual: productTranslation('ar', 'description_html') },
      descriptionHtmlFa: { column: '', virtual: productTranslation('fa', 'description_html') },
      descriptionHtmlRu: { column: '', virtual: productTranslation('ru', 'description_html') },
    },
    updatedAtColumn: 'updated_at',
    createdAtColumn: 'created_at',
    softDeleteColumn: 'deleted_at',
    notFoundKey: 'errors.product_not_found',
  },
  productOption: {
    table: 'product_options',
    fields: {
      productId: { column: 'product_id', createOnly: true },
      position: { column: 'position' },
      name: { column: 'name' },
      values: { column: 'values_json', codec: 'json' },
    },
    updatedAtColumn: null,
    createdAtColumn: null,
    notFoundKey: 'errors.not_found',
  },
  variant: {
    table: 'variants',
    fields: {
      productId: { column: 'product_id', createOnly: true },
      position: { column: 'position' },
      sku: { column: 'sku' },
      title: { column: 'title' },
      option1: { column: 'option1' },
      option2: { column: 'option2' },
      option3: { column: 'option3' },
      priceMinor: { column: 'price_minor' },
      compareAtMinor: { column: 'compare_at_minor' },
      barcode: { column: 'barcode' },
      weightGrams: { column: 'weight_grams' },
      inventory: { column: 'inventory' },
      imageId: { column: 'image_id' },
      shopifyExtra: { column: 'shopify_extra_json' },
    },
    updatedAtColumn: 'updated_at',
    createdAtColumn: 'created_at',
    notFoundKey: 'errors.not_found',
  },
  image: {
    table: 'images',
    fields: {
      productId: { column: 'product_id', createOnly: true },
      originalSha256: { column: 'original_sha256', createOnly: true },
      width: { column: 'width', createOnly: true },
      height: { column: 'height', createOnly: true },
      format: { column: 'format', createOnly: true },
      bytes: { column: 'bytes', createOnly: true },
      sourceUrl: { column: 'source_url', createOnly: true },
      position: { column: 'position' },
      fileName: { column: 'file_name' },
      altEn: { column: '', virtual: imageAlt('en') },
      altAr: { column: '', virtual: imageAlt('ar') },
      altFa: { column: '', virtual: imageAlt('fa') },
      altRu: { column: '', virtual: imageAlt('ru') },
      dhash: { column: 'dhash', createOnly: true },
      phash: { column: 'phash', createOnly: true },
      dhashMirror: { column: 'dhash_mirror', createOnly: true },
      qualityFlags: { column: 'quality_flags_json', codec: 'json' },
    },
    updatedAtColumn: 'updated_at',
    createdAtColumn: 'created_at',
    notFoundKey: 'errors.not_found',
  },
  review: {
    table: 'reviews',
    fields: {
      status: { column: 'status' },
      reasonCodes: { column: 'reason_codes_json', codec: 'json' },
      publishedAt: { column: 'published_at' },
    },
    updatedAtColumn: 'updated_at',
    createdAtColumn: null,
    notFoundKey: 'errors.not_found',
  },
  reviewReply: {
    table: 'review_replies',
    fields: {
      reviewId: { column: 'review_id', createOnly: true },
      body: { column: 'body' },
      author: { column: 'author' },
    },
    updatedAtColumn: 'updated_at',
    createdAtColumn: 'created_at',
    opIdColumn: 'op_id',
    notFoundKey: 'errors.not_found',
  },
} as const satisfies Record<string, EntitySpec>;

export type EntityName = keyof typeof ENTITIES;

export const isEntityName = (name: string): name is EntityName => Object.hasOwn(ENTITIES, name);

export function entitySpec(entity: EntityName): EntitySpec {
  return ENTITIES[entity];
}

/** Column value → op value. */
export function decodeField(spec: FieldSpec, raw: unknown): FieldValue {
  if (spec.codec === 'json') return typeof raw === 'string' ? (JSON.parse(raw) as FieldValue) : null;
  return raw as FieldValue;
}

/** Op value → column value (better-sqlite3 binds booleans as neither; store them as 0/1). */
export function encodeField(spec: FieldSpec, value: FieldValue): string | number | null {
  if (spec.codec === 'json') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (Array.isArray(value)) return JSON.stringify(value);
  return value as string | number | null;
}

/** Field equality as the outbox sees it: by JSON value, so arrays compare by content. */
export const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
