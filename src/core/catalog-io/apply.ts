import type { DB } from '../db/open';
import type { Clock } from '../ports';
import { applyEdit, type FieldValue } from '../mutations';
import type { PlannedProduct } from './plan';
import type { CatalogIoRepo } from './repo';
import { variantTitle, type ParsedProduct } from './rules/parsed-product';

type Values = Record<string, FieldValue>;

/** Marks an image recorded from a URL whose bytes are not downloaded yet (a later job fetches them). */
export const PENDING_IMAGE_FORMAT = 'pending';

/**
 * Writes one planned product through the mutation path: the product (created, restored
 * from the recycle bin, or updated), its options, its URL images and its variants.
 * Translations, collections and locally imported photos are left alone. Runs inside the
 * caller's transaction, so a failure anywhere rolls the whole file back.
 */
export function applyPlannedProduct(db: DB, repo: CatalogIoRepo, clock: Clock, plan: PlannedProduct): void {
  const p = plan.parsed;
  const productId = upsertProduct(db, clock, plan);
  syncOptions(db, repo, clock, productId, p);
  const imageIds = syncImages(db, repo, clock, productId, p);

  for (const id of plan.removedVariantIds) applyEdit(db, { entity: 'variant', kind: 'delete', entityId: id, clock });
  plan.variants.forEach((v, i) => {
    const values: Values = {
      position: i + 1,
      sku: v.sku,
      title: variantTitle(v.parsed.options),
      option1: v.parsed.options[0],
      option2: v.parsed.options[1],
      option3: v.parsed.options[2],
      priceMinor: v.parsed.priceMinor,
      compareAtMinor: v.parsed.compareAtMinor,
      barcode: v.parsed.barcode,
      weightGrams: v.parsed.weightGrams,
      inventory: v.parsed.inventory,
      imageId: v.parsed.imageSrc ? (imageIds.get(v.parsed.imageSrc) ?? null) : null,
      shopifyExtra: v.parsed.extra,
    };
    if (v.existingId === null) applyEdit(db, { entity: 'variant', kind: 'create', values: { productId, ...values }, clock });
    else applyEdit(db, { entity: 'variant', entityId: v.existingId, patch: values, clock });
  });
}

function upsertProduct(db: DB, clock: Clock, plan: PlannedProduct): number {
  const p = plan.parsed;
  const values: Values = {
    handle: p.handle,
    title: p.title,
    descriptionHtml: p.bodyHtml,
    vendor: p.vendor,
    productType: p.productType,
    status: p.status,
    seoTitle: p.seoTitle,
    seoDescription: p.seoDescription,
    shopifyExtra: p.extra,
    tags: p.tags,
  };
  if (!plan.existing) return applyEdit(db, { entity: 'product', kind: 'create', values, clock }).entityId;
  const id = plan.existing.id;
  if (plan.existing.deleted_at !== null) applyEdit(db, { entity: 'product', kind: 'restore', entityId: id, clock });
  applyEdit(db, { entity: 'product', entityId: id, patch: values, clock });
  return id;
}

function syncOptions(db: DB, repo: CatalogIoRepo, clock: Clock, productId: number, p: ParsedProduct): void {
  const stored = new Map(repo.optionsOf(productId).map((o) => [o.position, o.id]));
  for (const position of [1, 2, 3] as const) {
    const name = p.optionNames[position - 1];
    const id = stored.get(position);
    if (name === null) {
      if (id !== undefined) applyEdit(db, { entity: 'productOption', kind: 'delete', entityId: id, clock });
      continue;
    }
    const values = [...new Set(p.variants.map((v) => v.options[position - 1]).filter((o): o is string => o !== null))];
    if (id === undefined) applyEdit(db, { entity: 'productOption', kind: 'create', values: { productId, position, name, values }, clock });
    else applyEdit(db, { entity: 'productOption', entityId: id, patch: { name, values }, clock });
  }
}

/** Images are matched by URL; URL images the file no longer lists go, local photos stay after the file's. */
function syncImages(db: DB, repo: CatalogIoRepo, clock: Clock, productId: number, p: ParsedProduct): Map<string, number> {
  const stored = repo.imagesOf(productId);
  const byUrl = new Map(stored.filter((i) => i.source_url !== null).map((i) => [i.source_url!, i]));
  const ids = new Map<string, number>();
  for (const image of p.images) {
    const match = byUrl.get(image.src);
    if (match) {
      byUrl.delete(image.src);
      applyEdit(db, { entity: 'image', entityId: match.id, patch: { position: image.position, altEn: image.alt }, clock });
      ids.set(image.src, match.id);
      continue;
    }
    const created = applyEdit(db, {
      entity: 'image',
      kind: 'create',
      values: {
        productId,
        sourceUrl: image.src,
        position: image.position,
        width: 0,
        height: 0,
        format: PENDING_IMAGE_FORMAT,
        bytes: 0,
        altEn: image.alt,
      },
      clock,
    });
    ids.set(image.src, created.entityId);
  }
  for (const gone of byUrl.values()) applyEdit(db, { entity: 'image', kind: 'delete', entityId: gone.id, clock });
  let next = p.images.length;
  for (const local of stored.filter((i) => i.source_url === null)) {
    applyEdit(db, { entity: 'image', entityId: local.id, patch: { position: ++next }, clock });
  }
  return ids;
}
