import { ApiError, type ValidationIssue } from '../../shared/api/errors';
import type { ProductDetail } from '../../shared/schemas/catalog';
import type { ProductDraft } from '../../shared/schemas/catalog-edit';
import type { DB } from '../db/open';
import { recordEditBatch, type BatchEdit, type FieldValue } from '../mutations';
import type { Clock } from '../ports';
import { readProductGraph } from './detail-repo';
import { handleFromTitle, uniqueHandle } from './rules/handle';
import { sanitizeDescription } from './rules/sanitize-description';
import { getProduct } from './service';

/**
 * The product editor's save. Every row it touches (product with its tags, collections and
 * translations, options, variants) goes through applyEdit inside ONE edit batch, so the
 * save is one transaction, one undo step, and each entity gets its outbox op.
 */
export function saveProduct(db: DB, clock: Clock, draft: ProductDraft): ProductDetail {
  const id = recordEditBatch(
    db,
    { labelKey: draft.id ? 'history.edit_product' : 'history.create_product', params: { title: draft.title } },
    clock,
    (edit) => {
      if (draft.id) checkFreshness(db, draft.id, draft.expectedUpdatedAt);
      const handle = resolveHandle(db, draft);
      checkSkus(db, draft);
      checkReferences(db, draft);
      const fields = productFields(draft, handle);
      const productId = draft.id
        ? edit({ entity: 'product', entityId: draft.id, patch: fields, clock }).entityId
        : edit({ entity: 'product', kind: 'create', values: fields, clock }).entityId;
      saveOptions(db, edit, clock, productId, draft.options);
      saveVariants(db, edit, clock, productId, draft);
      return productId;
    },
  );
  return getProduct(db, id);
}

function checkFreshness(db: DB, id: number, expected: string | undefined): void {
  const head = readProductGraph(db, id)?.head;
  if (!head) throw new ApiError('not_found', `product ${id} not found`, { i18nKey: 'errors.product_not_found', params: { id } });
  if (expected !== undefined && expected !== head.updated_at) {
    throw new ApiError('conflict', `product ${id} changed since it was loaded`, {
      i18nKey: 'errors.product_changed',
      params: { id },
    });
  }
}

const fieldIssue = (path: (string | number)[], message: string): ValidationIssue => ({ path, code: 'custom', message });

function resolveHandle(db: DB, draft: ProductDraft): string {
  const takenBy = db.prepare<[string], number>('SELECT id FROM products WHERE handle = ?').pluck();
  const isTaken = (h: string) => {
    const owner = takenBy.get(h);
    return owner !== undefined && owner !== draft.id;
  };
  if (draft.handle === undefined) {
    if (draft.id) return db.prepare<[number], string>('SELECT handle FROM products WHERE id = ?').pluck().get(draft.id)!;
    return uniqueHandle(handleFromTitle(draft.title), isTaken);
  }
  if (isTaken(draft.handle)) {
    throw new ApiError('conflict', `handle ${draft.handle} is taken`, {
      i18nKey: 'errors.handle_taken',
      params: { handle: draft.handle },
      issues: [fieldIssue(['handle'], 'handle taken')],
    });
  }
  return draft.handle;
}

function checkSkus(db: DB, draft: ProductDraft): void {
  const owner = db.prepare<[string], { id: number; product_id: number }>('SELECT id, product_id FROM variants WHERE sku = ?');
  draft.variants.forEach((v, i) => {
    const row = owner.get(v.sku);
    if (row && row.product_id !== draft.id) {
      throw new ApiError('conflict', `SKU ${v.sku} is taken`, {
        i18nKey: 'errors.sku_taken',
        params: { sku: v.sku },
        issues: [fieldIssue(['variants', i, 'sku'], 'SKU taken')],
      });
    }
  });
}

/** Variant ids, image ids and collection ids must name rows of this product / store. */
function checkReferences(db: DB, draft: ProductDraft): void {
  const issues: ValidationIssue[] = [];
  const variantOf = db.prepare<[number], number>('SELECT product_id FROM variants WHERE id = ?').pluck();
  const imageOf = db.prepare<[number], number>('SELECT product_id FROM images WHERE id = ?').pluck();
  const collection = db.prepare<[number], number>('SELECT id FROM collections WHERE id = ?').pluck();
  draft.variants.forEach((v, i) => {
    if (v.id !== undefined && (draft.id === undefined || variantOf.get(v.id) !== draft.id)) {
      issues.push(fieldIssue(['variants', i, 'id'], 'not a variant of this product'));
    }
    if (v.imageId !== null && (draft.id === undefined || imageOf.get(v.imageId) !== draft.id)) {
      issues.push(fieldIssue(['variants', i, 'imageId'], 'not an image of this product'));
    }
  });
  draft.collectionIds.forEach((c, i) => {
    if (collection.get(c) === undefined) issues.push(fieldIssue(['collectionIds', i], 'unknown collection'));
  });
  if (issues.length > 0) throw new ApiError('validation', 'invalid references in product draft', { issues });
}

const orNull = (s: string | undefined): string | null => (s && s.trim() ? s : null);
const sanitizedOrNull = (s: string | undefined): string | null => orNull(s === undefined ? undefined : sanitizeDescription(s));

function productFields(draft: ProductDraft, handle: string): Record<string, FieldValue> {
  const { titles, descriptions } = draft.translations;
  return {
    title: draft.title,
    descriptionHtml: sanitizeDescription(draft.descriptionHtml),
    handle,
    vendor: orNull(draft.vendor ?? undefined),
    productType: orNull(draft.productType ?? undefined),
    status: draft.status,
    seoTitle: orNull(draft.seoTitle ?? undefined),
    seoDescription: orNull(draft.seoDescription ?? undefined),
    tags: [...new Set(draft.tags)].sort(),
    collectionIds: [...new Set(draft.collectionIds)].sort((a, b) => a - b),
    titleAr: orNull(titles.ar),
    titleFa: orNull(titles.fa),
    titleRu: orNull(titles.ru),
    descriptionHtmlAr: sanitizedOrNull(descriptions.ar),
    descriptionHtmlFa: sanitizedOrNull(descriptions.fa),
    descriptionHtmlRu: sanitizedOrNull(descriptions.ru),
  };
}

function saveOptions(db: DB, edit: BatchEdit, clock: Clock, productId: number, options: ProductDraft['options']): void {
  const existing = db
    .prepare<[number], { id: number; position: number }>('SELECT id, position FROM product_options WHERE product_id = ?')
    .all(productId);
  for (let position = 1; position <= 3; position++) {
    const current = existing.find((o) => o.position === position);
    const wanted = options[position - 1];
    if (wanted && current) edit({ entity: 'productOption', entityId: current.id, patch: { name: wanted.name, values: wanted.values }, clock });
    else if (wanted) edit({ entity: 'productOption', kind: 'create', values: { productId, position, name: wanted.name, values: wanted.values }, clock });
    else if (current) edit({ entity: 'productOption', kind: 'delete', entityId: current.id, clock });
  }
}

function saveVariants(db: DB, edit: BatchEdit, clock: Clock, productId: number, draft: ProductDraft): void {
  const existing = db.prepare<[number], number>('SELECT id FROM variants WHERE product_id = ?').pluck().all(productId);
  const kept = new Set(draft.variants.map((v) => v.id).filter((x): x is number => x !== undefined));
  // Deletes first, so a SKU moved from a removed variant to a new one is free again.
  for (const id of existing) if (!kept.has(id)) edit({ entity: 'variant', kind: 'delete', entityId: id, clock });
  draft.variants.forEach((v, i) => {
    const fields: Record<string, FieldValue> = {
      position: i + 1,
      sku: v.sku,
      title: v.title || v.options.join(' / '),
      option1: v.options[0] ?? null,
      option2: v.options[1] ?? null,
      option3: v.options[2] ?? null,
      priceMinor: v.priceMinor,
      compareAtMinor: v.compareAtMinor,
      barcode: v.barcode,
      weightGrams: v.weightGrams,
      inventory: v.inventory,
      imageId: v.imageId,
    };
    if (v.id !== undefined) edit({ entity: 'variant', entityId: v.id, patch: fields, clock });
    else edit({ entity: 'variant', kind: 'create', values: { productId, ...fields }, clock });
  });
}
