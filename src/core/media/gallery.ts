import { ApiError } from '../../shared/api/errors';
import type { Locale } from '../../shared/schemas/common';
import type { GalleryImage } from '../../shared/schemas/media';
import type { DB } from '../db/open';
import type { Clock } from '../ports';
import { applyEdit, recordEditBatch, type BatchEdit } from '../mutations';
import { mediaRepo, type ImageRow } from './repo';
import { mediaUrl } from './url';

/**
 * A product's gallery: reading it for the UI/CLI and the merchant's edits (order, primary,
 * variant binding, removal, alt text). Every edit goes through applyEdit inside one
 * recorded batch, so it is one undo step and carries its outbox ops.
 */

const ALT_FIELD = { en: 'altEn', ar: 'altAr', fa: 'altFa', ru: 'altRu' } as const satisfies Record<Locale, string>;

export function toGalleryImage(db: DB, row: ImageRow): GalleryImage {
  const repo = mediaRepo(db);
  const alt: GalleryImage['alt'] = { en: null, ar: null, fa: null, ru: null };
  for (const a of repo.alts.all(row.id)) if (a.locale in alt) alt[a.locale as Locale] = a.alt;
  const derivatives: GalleryImage['derivatives'] = {};
  for (const d of repo.derivatives.all(row.id)) {
    derivatives[d.variant] = { sha256: d.sha256, ext: d.ext, url: mediaUrl(d.sha256, d.ext), width: d.width, height: d.height };
  }
  return {
    id: row.id,
    productId: row.product_id,
    position: row.position,
    primary: false,
    width: row.width,
    height: row.height,
    format: row.format,
    bytes: row.bytes,
    fileName: row.file_name,
    original:
      row.original_sha256 && row.original_ext
        ? { sha256: row.original_sha256, ext: row.original_ext, url: mediaUrl(row.original_sha256, row.original_ext), width: row.width, height: row.height }
        : null,
    derivatives,
    alt,
    dhash: row.dhash,
    phash: row.phash,
    dhashMirror: row.dhash_mirror,
    flags: parseFlags(row.quality_flags_json),
    variantIds: repo.boundVariants.all(row.id),
  };
}

const parseFlags = (json: string): string[] => {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
};

export function listGallery(db: DB, productId: number): GalleryImage[] {
  const images = mediaRepo(db).productImages.all(productId).map((row) => toGalleryImage(db, row));
  if (images.length) images[0].primary = true;
  return images;
}

/** Every image, product by product (the CLI's `images list` without --product). */
export function listAllImages(db: DB): GalleryImage[] {
  const ids = db.prepare<[], number>('SELECT DISTINCT product_id FROM images ORDER BY product_id').pluck().all();
  return ids.flatMap((id) => listGallery(db, id));
}

export function imageOrThrow(db: DB, imageId: number): ImageRow {
  const row = mediaRepo(db).image.get(imageId);
  if (!row) throw new ApiError('not_found', `image ${imageId} not found`, { i18nKey: 'errors.image_not_found', params: { id: imageId } });
  return row;
}

/** Writes positions 1..n in the given order; only images whose position changes get an op. */
function writeOrder(edit: BatchEdit, clock: Clock, orderedIds: readonly number[], current: ReadonlyMap<number, number>): void {
  orderedIds.forEach((id, i) => {
    if (current.get(id) !== i + 1) edit({ entity: 'image', entityId: id, patch: { position: i + 1 }, clock });
  });
}

export function reorder(db: DB, clock: Clock, productId: number, imageIds: readonly number[]): GalleryImage[] {
  const rows = mediaRepo(db).productImages.all(productId);
  const ids = new Set(rows.map((r) => r.id));
  if (imageIds.length !== ids.size || new Set(imageIds).size !== imageIds.length || imageIds.some((id) => !ids.has(id))) {
    throw new ApiError('validation', 'imageIds must list every image of the product exactly once', {
      i18nKey: 'errors.image_order_mismatch',
      issues: [{ path: ['imageIds'], code: 'custom', message: 'not the product’s images' }],
    });
  }
  const current = new Map(rows.map((r) => [r.id, r.position]));
  recordEditBatch(db, { labelKey: 'history.media_reorder' }, clock, (edit) => writeOrder(edit, clock, imageIds, current));
  return listGallery(db, productId);
}

export function setPrimary(db: DB, clock: Clock, imageId: number): GalleryImage[] {
  const image = imageOrThrow(db, imageId);
  const rows = mediaRepo(db).productImages.all(image.product_id);
  const order = [imageId, ...rows.map((r) => r.id).filter((id) => id !== imageId)];
  const current = new Map(rows.map((r) => [r.id, r.position]));
  recordEditBatch(db, { labelKey: 'history.media_set_primary' }, clock, (edit) => writeOrder(edit, clock, order, current));
  return listGallery(db, image.product_id);
}

export function bindVariants(db: DB, clock: Clock, imageId: number, variantIds: readonly number[]): GalleryImage[] {
  const image = imageOrThrow(db, imageId);
  const variants = mediaRepo(db).productVariants.all(image.product_id);
  const own = new Set(variants.map((v) => v.id));
  const foreign = variantIds.filter((id) => !own.has(id));
  if (foreign.length) {
    throw new ApiError('validation', `variants ${foreign.join(', ')} are not variants of product ${image.product_id}`, {
      i18nKey: 'errors.variant_not_in_product',
      issues: [{ path: ['variantIds'], code: 'custom', message: 'not a variant of this product' }],
    });
  }
  const wanted = new Set(variantIds);
  recordEditBatch(db, { labelKey: 'history.media_bind_variants' }, clock, (edit) => {
    for (const v of variants) {
      if (wanted.has(v.id) && v.image_id !== imageId) edit({ entity: 'variant', entityId: v.id, patch: { imageId }, clock });
      if (!wanted.has(v.id) && v.image_id === imageId) edit({ entity: 'variant', entityId: v.id, patch: { imageId: null }, clock });
    }
  });
  return listGallery(db, image.product_id);
}

/**
 * Removes images: variants showing one are unbound first (their own ops), then the image
 * is deleted and the gallery closes up. Files stay while anything references them; the
 * startup sweep deletes the unreferenced ones. Not an undo step: an undone delete could
 * not bring back the derivative rows.
 */
export function removeImages(db: DB, clock: Clock, imageIds: readonly number[]): number {
  const repo = mediaRepo(db);
  return db.transaction(() => {
    const touched = new Set<number>();
    let removed = 0;
    for (const id of new Set(imageIds)) {
      const image = repo.image.get(id);
      if (!image) continue;
      for (const v of repo.boundVariants.all(id)) applyEdit(db, { entity: 'variant', entityId: v, patch: { imageId: null }, clock });
      applyEdit(db, { entity: 'image', kind: 'delete', entityId: id, clock });
      touched.add(image.product_id);
      removed++;
    }
    for (const productId of touched) {
      repo.productImages.all(productId).forEach((r, i) => {
        if (r.position !== i + 1) applyEdit(db, { entity: 'image', entityId: r.id, patch: { position: i + 1 }, clock });
      });
    }
    return removed;
  })();
}

export function setAlt(db: DB, clock: Clock, imageId: number, locale: Locale, alt: string): GalleryImage {
  imageOrThrow(db, imageId);
  const value = alt.trim() === '' ? null : alt;
  recordEditBatch(db, { labelKey: 'history.media_set_alt' }, clock, (edit) =>
    edit({ entity: 'image', entityId: imageId, patch: { [ALT_FIELD[locale]]: value }, clock }),
  );
  return toGalleryImage(db, imageOrThrow(db, imageId));
}

export const altField = (locale: Locale): string => ALT_FIELD[locale];
