import { ApiError } from '../../shared/api/errors';
import type { BulkAction, BulkInput } from '../../shared/schemas/catalog-edit';
import type { DB } from '../db/open';
import { recordEditBatch, type FieldValue } from '../mutations';
import type { Clock } from '../ports';
import { readSettings } from '../settings/repo';
import { matchingProductIds } from './list-repo';
import { adjustPrice } from './rules/price-rounding';
import { productMatchQuery } from './rules/search-query';

/**
 * Bulk edits on a selection or on "all N matching" a grid filter. Preview and apply share
 * `plannedChanges`, so what the merchant previewed is exactly what is applied; apply runs
 * every product's change through applyEdit inside ONE edit batch (one undo step).
 */
export interface PlannedChange {
  entity: 'product' | 'variant';
  entityId: number;
  productId: number;
  title: string;
  field: string;
  sku: string | null;
  before: FieldValue;
  after: FieldValue;
}

const SAMPLE_SIZE = 20;

function selectedIds(db: DB, selection: BulkInput['selection']): number[] {
  if ('ids' in selection) {
    const live = db.prepare<[number], number>('SELECT id FROM products WHERE id = ? AND deleted_at IS NULL').pluck();
    return [...new Set(selection.ids)].filter((id) => live.get(id) !== undefined).sort((a, b) => a - b);
  }
  const { q, ...rest } = selection.filter;
  return matchingProductIds(db, { ...rest, match: productMatchQuery(q), altLocale: readSettings(db).language });
}

interface ProductHead {
  title: string;
  status: string;
  vendor: string | null;
  product_type: string | null;
}

function plannedChanges(db: DB, input: BulkInput): { affected: number; clamped: number; changes: PlannedChange[] } {
  const ids = selectedIds(db, input.selection);
  const head = db.prepare<[number], ProductHead>('SELECT title, status, vendor, product_type FROM products WHERE id = ?');
  const tags = db
    .prepare<[number], string>('SELECT g.name FROM product_tags pt JOIN tags g ON g.id = pt.tag_id WHERE pt.product_id = ? ORDER BY g.name')
    .pluck();
  const variants = db.prepare<[number], { id: number; sku: string; price_minor: number }>(
    'SELECT id, sku, price_minor FROM variants WHERE product_id = ? ORDER BY position, id',
  );
  const changes: PlannedChange[] = [];
  let clamped = 0;
  const touched = new Set<number>();
  for (const productId of ids) {
    const p = head.get(productId)!;
    const change = (field: string, before: FieldValue, after: FieldValue, entity: PlannedChange['entity'] = 'product', entityId = productId, sku: string | null = null) => {
      if (JSON.stringify(before) === JSON.stringify(after)) return;
      touched.add(productId);
      changes.push({ entity, entityId, productId, title: p.title, field, sku, before, after });
    };
    const a: BulkAction = input.action;
    switch (a.type) {
      case 'setStatus':
        change('status', p.status, a.status);
        break;
      case 'setVendor':
        change('vendor', p.vendor, a.vendor || null);
        break;
      case 'setType':
        change('productType', p.product_type, a.productType || null);
        break;
      case 'addTag':
      case 'removeTag': {
        const current = tags.all(productId);
        const next = a.type === 'addTag' ? [...new Set([...current, a.tag])].sort() : current.filter((t) => t !== a.tag);
        change('tags', current, next);
        break;
      }
      case 'adjustPrice':
        for (const v of variants.all(productId)) {
          const r = adjustPrice(v.price_minor, a);
          if (r.clamped) clamped++;
          change('priceMinor', v.price_minor, r.priceMinor, 'variant', v.id, v.sku);
        }
        break;
    }
  }
  return { affected: touched.size, clamped, changes };
}

export function bulkPreview(db: DB, input: BulkInput) {
  const { affected, clamped, changes } = plannedChanges(db, input);
  const sample = changes.slice(0, SAMPLE_SIZE).map((c) => ({
    id: c.productId,
    title: c.title,
    field: c.field,
    sku: c.sku,
    before: c.before as string | number | null | string[],
    after: c.after as string | number | null | string[],
  }));
  return { affected, clamped, sample };
}

export function bulkApply(db: DB, clock: Clock, input: BulkInput) {
  let batchId: number | null = null;
  const result = recordEditBatch(
    db,
    { labelKey: `history.bulk_${input.action.type}`, params: { count: 0 } },
    clock,
    (edit) => {
      const planned = plannedChanges(db, input);
      for (const c of planned.changes) {
        try {
          edit({ entity: c.entity, entityId: c.entityId, patch: { [c.field]: c.after }, clock });
        } catch (e) {
          // The whole bulk edit rolls back: say which product stopped it.
          if (e instanceof ApiError) throw new ApiError(e.code, `${e.message} (product ${c.productId})`, e);
          throw e;
        }
      }
      batchId = planned.changes.length > 0 ? (db.prepare('SELECT max(id) FROM edit_batches').pluck().get() as number) : null;
      if (batchId !== null) {
        db.prepare('UPDATE edit_batches SET params_json = ? WHERE id = ?').run(JSON.stringify({ count: planned.affected }), batchId);
      }
      return { affected: planned.affected, clamped: planned.clamped };
    },
  );
  return { ...result, batchId };
}
