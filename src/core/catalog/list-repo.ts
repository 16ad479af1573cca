import type Database from 'better-sqlite3';
import type { DB } from '../db/open';
import type { ProductStatus } from '../../shared/schemas/catalog';
import type { KeysetKey } from '../paging/cursor';

/**
 * The product grid query: newest edits first, keyset on (updated_at, id). Filters are
 * added as separate SQL shapes (not `? IS NULL OR …`) so each shape keeps its best plan;
 * test/node/query-plans.test.ts pins the plans.
 */
export interface ProductListFilter {
  status?: ProductStatus;
  /** FTS5 MATCH expression from rules/search-query.ts. */
  match?: string | null;
  after?: KeysetKey | null;
  limit: number;
}

export interface ProductListRow {
  id: number;
  handle: string;
  title: string;
  status: ProductStatus;
  vendor: string | null;
  product_type: string | null;
  updated_at: string;
  variant_count: number;
  image_count: number;
  min_price_minor: number | null;
  thumb_sha256: string | null;
}

/** Derivative used for grid thumbnails (400 px wide WebP). */
export const THUMB_VARIANT = 'w400.webp';

const COLUMNS = `p.id, p.handle, p.title, p.status, p.vendor, p.product_type, p.updated_at,
  (SELECT count(*) FROM variants v WHERE v.product_id = p.id) AS variant_count,
  (SELECT count(*) FROM images i WHERE i.product_id = p.id) AS image_count,
  (SELECT min(v.price_minor) FROM variants v WHERE v.product_id = p.id) AS min_price_minor,
  (SELECT d.sha256 FROM image_derivatives d
    WHERE d.variant = '${THUMB_VARIANT}'
      AND d.image_id = (SELECT i.id FROM images i WHERE i.product_id = p.id ORDER BY i.position, i.id LIMIT 1)
  ) AS thumb_sha256`;

const ORDER = 'ORDER BY p.updated_at DESC, p.id DESC';

export function productListSql(shape: { status: boolean; match: boolean; after: boolean }): string {
  const where = ['p.deleted_at IS NULL'];
  if (!shape.match) {
    if (shape.status) where.push('p.status = @status');
    if (shape.after) where.push('(p.updated_at, p.id) < (@afterUpdatedAt, @afterId)');
    // Walks products_updated / products_status_updated in order: the row subqueries run
    // for the page's rows only.
    return `SELECT ${COLUMNS}\nFROM products p\nWHERE ${where.join(' AND ')}\n${ORDER}\nLIMIT @limit`;
  }
  // With a text query FTS drives: hits are few next to the catalog. The unary `+` keeps
  // SQLite from scanning a products index instead and probing every row against the hit
  // list. Hits are sorted by recency first and only the page gets its counts and thumbnail.
  where.push('p.id IN (SELECT rowid FROM product_fts WHERE product_fts MATCH @match)');
  if (shape.status) where.push('+p.status = @status');
  if (shape.after) where.push('(+p.updated_at, p.id) < (@afterUpdatedAt, @afterId)');
  return `SELECT ${COLUMNS}
FROM (SELECT p.id FROM products p WHERE ${where.join(' AND ')} ${ORDER} LIMIT @limit) hits
JOIN products p ON p.id = hits.id
${ORDER}`;
}

const cache = new WeakMap<DB, Map<string, Database.Statement>>();

function prepared(db: DB, shape: { status: boolean; match: boolean; after: boolean }): Database.Statement {
  const key = `${+shape.status}${+shape.match}${+shape.after}`;
  let byShape = cache.get(db);
  if (!byShape) {
    byShape = new Map();
    cache.set(db, byShape);
  }
  let s = byShape.get(key);
  if (!s) {
    s = db.prepare(productListSql(shape));
    byShape.set(key, s);
  }
  return s;
}

/** Fetches `limit + 1` rows so the caller can tell whether another page follows. */
export function listProductRows(db: DB, f: ProductListFilter): ProductListRow[] {
  const shape = { status: f.status !== undefined, match: !!f.match, after: !!f.after };
  const params: Record<string, unknown> = { limit: f.limit + 1 };
  if (shape.status) params.status = f.status;
  if (shape.match) params.match = f.match;
  if (f.after) {
    params.afterUpdatedAt = f.after[0];
    params.afterId = f.after[1];
  }
  return prepared(db, shape).all(params) as ProductListRow[];
}
