import { ApiError } from '../../shared/api/errors';
import type { ProductDetail } from '../../shared/schemas/catalog';
import type { DB } from '../db/open';
import { recordEditBatch, type BatchEdit, type FieldValue } from '../mutations';
import type { Clock } from '../ports';
import { decodeCursor, pageOf } from '../paging/cursor';
import { readProductGraph } from './detail-repo';
import { uniqueHandle } from './rules/handle';
import { getProduct } from './service';

/** Deleted products stay in the recycle bin this long, then the startup purge removes them. */
export const RECYCLE_BIN_DAYS = 30;

/** Soft-deletes products (deleted_at set, hidden from lists and search): one undo step. */
export function deleteProducts(db: DB, clock: Clock, ids: readonly number[]): { deleted: number } {
  let deleted = 0;
  recordEditBatch(db, { labelKey: 'history.delete_products', params: { count: ids.length } }, clock, (edit) => {
    for (const id of new Set(ids)) {
      edit({ entity: 'product', kind: 'delete', entityId: id, clock });
      deleted++;
    }
  });
  return { deleted };
}

export function restoreProducts(db: DB, clock: Clock, ids: readonly number[]): { restored: number } {
  let restored = 0;
  recordEditBatch(db, { labelKey: 'history.restore_products', params: { count: ids.length } }, clock, (edit) => {
    for (const id of new Set(ids)) {
      edit({ entity: 'product', kind: 'restore', entityId: id, clock });
      restored++;
    }
  });
  return { restored };
}

interface DeletedRow {
  id: number;
  title: string;
  handle: string;
  deleted_at: string;
}

/** The recycle bin, most recently deleted first, keyset-paged on (deleted_at, id). */
export function listDeleted(db: DB, input: { limit: number; after?: string }) {
  const after = decodeCursor(input.after);
  const rows = db
    .prepare<unknown[], DeletedRow>(
      `SELECT id, title, handle, deleted_at FROM products
       WHERE deleted_at IS NOT NULL ${after ? 'AND (deleted_at, id) < (?, ?)' : ''}
       ORDER BY deleted_at DESC, id DESC LIMIT ?`,
    )
    .all(...(after ? [after[0], after[1]] : []), input.limit + 1);
  return pageOf(rows, input.limit, (r) => [r.deleted_at, r.id] as const, (r) => ({
    id: r.id,
    title: r.title,
    handle: r.handle,
    deletedAt: r.deleted_at,
  }));
}

/**
 * Removes products that have been in the recycle bin for more than RECYCLE_BIN_DAYS
 * (run at backend start). Housekeeping, not a merchant edit: the delete op was queued when
 * the merchant deleted the product and stays in the outbox until pushed. History batches
 * that mention a purged product can no longer be undone, so they go too.
 */
export function purgeDeletedProducts(db: DB, clock: Clock): { purged: number } {
  const cutoff = new Date(clock.now() - RECYCLE_BIN_DAYS * 86_400_000).toISOString();
  return db.transaction(() => {
    db.prepare(
      `DELETE FROM edit_batches WHERE id IN (
         SELECT i.batch_id FROM edit_batch_items i JOIN products p ON p.id = i.entity_id
         WHERE i.entity = 'product' AND p.deleted_at IS NOT NULL AND p.deleted_at < ?)`,
    ).run(cutoff);
    const purged = db.prepare('DELETE FROM products WHERE deleted_at IS NOT NULL AND deleted_at < ?').run(cutoff).changes;
    return { purged };
  })();
}

/**
 * A draft copy of a product: handle `<handle>-copy`, SKUs `<SKU>-COPY` (numbered when
 * taken), same copy, options and tags; images are new rows referencing the same stored
 * files (content-addressed, so nothing is copied on disk).
 */
export function duplicateProduct(db: DB, clock: Clock, id: number): ProductDetail {
  const graph = readProductGraph(db, id);
  if (!graph) throw new ApiError('not_found', `product ${id} not found`, { i18nKey: 'errors.product_not_found', params: { id } });
  const handleTaken = db.prepare<[string], number>('SELECT 1 FROM products WHERE handle = ?').pluck();
  const skuTaken = db.prepare<[string], number>('SELECT 1 FROM variants WHERE sku = ?').pluck();
  const full = db
    .prepare<[number], { seo_title: string | null; seo_description: string | null }>('SELECT seo_title, seo_description FROM products WHERE id = ?')
    .get(id)!;
  const newId = recordEditBatch(db, { labelKey: 'history.duplicate_product', params: { title: graph.head.title } }, clock, (edit) => {
    const { head } = graph;
    const values: Record<string, FieldValue> = {
      title: head.title,
      descriptionHtml: head.description_html,
      handle: uniqueHandle(`${head.handle}-copy`, (h) => handleTaken.get(h) !== undefined),
      vendor: head.vendor,
      productType: head.product_type,
      status: 'draft',
      seoTitle: full.seo_title,
      seoDescription: full.seo_description,
      tags: graph.tags,
      collectionIds: graph.collectionIds,
    };
    for (const t of graph.translations) {
      const suffix = t.locale.charAt(0).toUpperCase() + t.locale.slice(1);
      values[`title${suffix}`] = t.title || null;
      values[`descriptionHtml${suffix}`] = t.description_html || null;
    }
    const productId = edit({ entity: 'product', kind: 'create', values, clock }).entityId;
    graph.options.forEach((o, i) =>
      edit({ entity: 'productOption', kind: 'create', values: { productId, position: i + 1, name: o.name, values: JSON.parse(o.values_json) as string[] }, clock }),
    );
    const imageIds = copyImages(db, edit, clock, id, productId);
    graph.variants.forEach((v, i) => {
      const sku = uniqueHandle(`${v.sku}-COPY`, (s) => skuTaken.get(s) !== undefined);
      edit({
        entity: 'variant',
        kind: 'create',
        values: {
          productId,
          position: i + 1,
          sku,
          title: v.title,
          option1: v.option1,
          option2: v.option2,
          option3: v.option3,
          priceMinor: v.price_minor,
          compareAtMinor: v.compare_at_minor,
          barcode: v.barcode,
          weightGrams: v.weight_grams,
          inventory: v.inventory,
          imageId: v.image_id === null ? null : (imageIds.get(v.image_id) ?? null),
        },
        clock,
      });
    });
    return productId;
  });
  return getProduct(db, newId);
}

interface SourceImage {
  id: number;
  position: number;
  original_sha256: string | null;
  width: number;
  height: number;
  format: string;
  bytes: number;
  file_name: string | null;
  source_url: string | null;
}

/** New image rows pointing at the same files; derivatives and alt text come along. */
function copyImages(db: DB, edit: BatchEdit, clock: Clock, from: number, to: number) {
  const map = new Map<number, number>();
  const images = db
    .prepare<[number], SourceImage>(
      'SELECT id, position, original_sha256, width, height, format, bytes, file_name, source_url FROM images WHERE product_id = ? ORDER BY position, id',
    )
    .all(from);
  const copyDerivatives = db.prepare(
    'INSERT INTO image_derivatives(image_id, variant, sha256, width, height) SELECT ?, variant, sha256, width, height FROM image_derivatives WHERE image_id = ?',
  );
  const copyAlt = db.prepare('INSERT INTO image_alt(image_id, locale, alt) SELECT ?, locale, alt FROM image_alt WHERE image_id = ?');
  for (const img of images) {
    const created = edit({
      entity: 'image',
      kind: 'create',
      values: {
        productId: to,
        position: img.position,
        originalSha256: img.original_sha256,
        width: img.width,
        height: img.height,
        format: img.format,
        bytes: img.bytes,
        fileName: img.file_name,
        sourceUrl: img.source_url,
      },
      clock,
    });
    copyDerivatives.run(created.entityId, img.id);
    copyAlt.run(created.entityId, img.id);
    map.set(img.id, created.entityId);
  }
  return map;
}
