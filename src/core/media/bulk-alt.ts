import type { Locale } from '../../shared/schemas/common';
import type { DB } from '../db/open';
import type { Clock } from '../ports';
import { recordEditBatch } from '../mutations';
import { altField } from './gallery';
import { mediaRepo } from './repo';
import { fillAltPattern } from './rules/alt-pattern';

export interface BulkAltRequest {
  productIds: readonly number[];
  locale: Locale;
  pattern: string;
  onlyMissing: boolean;
}
export interface BulkAltRow {
  imageId: number;
  productId: number;
  before: string | null;
  after: string;
}

const MAX_ALT = 512;

/**
 * Every image of the products whose alt text in `locale` the pattern would change. The
 * title is the product's translation in that locale when it has one; options come from the
 * first variant bound to the image, else the product's first variant.
 */
export function bulkAltRows(db: DB, req: BulkAltRequest): BulkAltRow[] {
  const repo = mediaRepo(db);
  const rows: BulkAltRow[] = [];
  for (const productId of new Set(req.productIds)) {
    const product = repo.product.get(productId);
    if (!product) continue;
    const title = repo.productTitleIn.get(productId, req.locale) || product.title;
    const variants = repo.productVariants.all(productId);
    for (const image of repo.productImages.all(productId)) {
      const before = repo.alts.all(image.id).find((a) => a.locale === req.locale)?.alt ?? null;
      if (req.onlyMissing && before) continue;
      const variant = variants.find((v) => v.image_id === image.id) ?? variants[0];
      const after = fillAltPattern(req.pattern, {
        title,
        option1: variant?.option1 ?? null,
        option2: variant?.option2 ?? null,
        vendor: product.vendor,
        n: image.position,
      }).slice(0, MAX_ALT);
      if (after !== '' && after !== before) rows.push({ imageId: image.id, productId, before, after });
    }
  }
  return rows;
}

/** Applies the fill: one transaction and one undo step, each image through the mutation path. */
export function bulkAltApply(db: DB, clock: Clock, req: BulkAltRequest): number {
  // Synchronous: nothing can write between reading the rows and applying them.
  const rows = bulkAltRows(db, req);
  return recordEditBatch(db, { labelKey: 'history.media_bulk_alt', params: { count: rows.length } }, clock, (edit) => {
    for (const r of rows) edit({ entity: 'image', entityId: r.imageId, patch: { [altField(req.locale)]: r.after }, clock });
    return rows.length;
  });
}
