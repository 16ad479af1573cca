import type Database from 'better-sqlite3';
import type { DB } from '../db/open';
import type { ProductSort, ProductStatus } from '../../shared/schemas/catalog';
import type { SortKey } from '../paging/cursor';

/**
 * The product grid query, keyset-paged for every sort. Each combination of filters is its
 * own SQL shape (not `? IS NULL OR …`) so each keeps its best plan; test/node/query-plans
 * pins them. Two strategies:
 * - walk: no set filter → SQLite walks the sort's index in order and stops after the page;
 *   row filters (status, images, rating, alt, price) are probed per row.
 * - set-driven: a text query, collection or tag → the (small) set of matching ids drives,
 *   is sorted and cut to the page. Unary `+` keeps SQLite from walking a products index
 *   and probing every row against the set instead.
 */
export interface ProductListFilter {
  sort: ProductSort;
  status?: ProductStatus;
  /** FTS5 MATCH expression from rules/search-query.ts. */
  match?: string | null;
  collectionId?: number;
  tag?: string;
  hasNoImages?: boolean;
  missingAlt?: boolean;
  lowRating?: boolean;
  priceMinMinor?: number;
  priceMaxMinor?: number;
  /** The store's default language, for missingAlt. */
  altLocale?: string;
  after?: SortKey | null;
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
  created_at: string;
  sort_price: number;
  variant_count: number;
  image_count: number;
  min_price_minor: number | null;
  thumb_sha256: string | null;
}

/** Derivative used for grid thumbnails (400 px wide WebP). */
export const THUMB_VARIANT = 'w400.webp';

const COLUMNS = `p.id, p.handle, p.title, p.status, p.vendor, p.product_type, p.updated_at, p.created_at,
  p.min_price_minor AS sort_price,
  (SELECT count(*) FROM variants v WHERE v.product_id = p.id) AS variant_count,
  (SELECT count(*) FROM images i WHERE i.product_id = p.id) AS image_count,
  (SELECT min(v.price_minor) FROM variants v WHERE v.product_id = p.id) AS min_price_minor,
  (SELECT d.sha256 FROM image_derivatives d
    WHERE d.variant = '${THUMB_VARIANT}'
      AND d.image_id = (SELECT i.id FROM images i WHERE i.product_id = p.id ORDER BY i.position, i.id LIMIT 1)
  ) AS thumb_sha256`;

interface SortSpec {
  expr: string;
  collate: string;
  dir: 'ASC' | 'DESC';
  key: (r: ProductListRow) => SortKey;
}
export const SORTS: Record<ProductSort, SortSpec> = {
  updated_desc: { expr: 'p.updated_at', collate: '', dir: 'DESC', key: (r) => [r.updated_at, r.id] },
  created_desc: { expr: 'p.created_at', collate: '', dir: 'DESC', key: (r) => [r.created_at, r.id] },
  title_asc: { expr: 'p.title', collate: ' COLLATE NOCASE', dir: 'ASC', key: (r) => [r.title, r.id] },
  title_desc: { expr: 'p.title', collate: ' COLLATE NOCASE', dir: 'DESC', key: (r) => [r.title, r.id] },
  // min_price_minor is -1 for a product without variants: first in ascending order.
  price_asc: { expr: 'p.min_price_minor', collate: '', dir: 'ASC', key: (r) => [r.sort_price, r.id] },
  price_desc: { expr: 'p.min_price_minor', collate: '', dir: 'DESC', key: (r) => [r.sort_price, r.id] },
};

export interface ListShape {
  sort: ProductSort;
  status: boolean;
  match: boolean;
  collection: boolean;
  tag: boolean;
  noImages: boolean;
  missingAlt: boolean;
  lowRating: boolean;
  priceMin: boolean;
  priceMax: boolean;
  after: boolean;
}

export const emptyShape = (sort: ProductSort = 'updated_desc'): ListShape => ({
  sort,
  status: false,
  match: false,
  collection: false,
  tag: false,
  noImages: false,
  missingAlt: false,
  lowRating: false,
  priceMin: false,
  priceMax: false,
  after: false,
});

/** Predicates of a shape: set filters (ids drive) and row filters (probed per row). */
function predicates(shape: ListShape, setDriven: boolean): string[] {
  const plus = setDriven ? '+' : '';
  const where = ['p.deleted_at IS NULL'];
  if (shape.match) where.push('p.id IN (SELECT rowid FROM product_fts WHERE product_fts MATCH @match)');
  if (shape.collection) where.push('p.id IN (SELECT pc.product_id FROM product_collections pc WHERE pc.collection_id = @collectionId)');
  if (shape.tag) {
    where.push('p.id IN (SELECT pt.product_id FROM product_tags pt WHERE pt.tag_id = (SELECT g.id FROM tags g WHERE g.name = @tag))');
  }
  // Only the recency sort has a (status, updated_at) index; other sorts walk their own index.
  const statusPlus = setDriven || shape.sort !== 'updated_desc' ? '+' : '';
  if (shape.status) where.push(`${statusPlus}p.status = @status`);
  if (shape.noImages) where.push(`${plus}p.image_count = 0`);
  if (shape.lowRating) where.push(`${plus}p.rating_count > 0 AND ${plus}p.rating_sum < 3 * ${plus}p.rating_count`);
  if (shape.missingAlt) {
    where.push(`EXISTS (SELECT 1 FROM images mi WHERE mi.product_id = p.id AND NOT EXISTS (
      SELECT 1 FROM image_alt ma WHERE ma.image_id = mi.id AND ma.locale = @altLocale AND trim(ma.alt) <> ''))`);
  }
  if (shape.priceMin || shape.priceMax) {
    const bounds = [shape.priceMin ? 'pv.price_minor >= @priceMin' : '', shape.priceMax ? 'pv.price_minor <= @priceMax' : '']
      .filter(Boolean)
      .join(' AND ');
    where.push(`EXISTS (SELECT 1 FROM variants pv WHERE pv.product_id = p.id AND ${bounds})`);
  }
  if (shape.after) {
    const s = SORTS[shape.sort];
    // Spelled out rather than as a row value: SQLite does not seek an index on a row-value
    // comparison under COLLATE NOCASE, and this form seeks for every sort.
    const op = s.dir === 'DESC' ? '<' : '>';
    const key = `${plus}${s.expr}${s.collate}`;
    where.push(`${key} ${op}= @afterKey AND (${key} ${op} @afterKey OR p.id ${op} @afterId)`);
  }
  return where;
}

const isSetDriven = (shape: ListShape): boolean => shape.match || shape.collection || shape.tag;

export function productListSql(partial: Partial<ListShape>): string {
  const shape = { ...emptyShape(), ...partial };
  const s = SORTS[shape.sort];
  const order = `ORDER BY ${s.expr}${s.collate} ${s.dir}, p.id ${s.dir}`;
  const setDriven = isSetDriven(shape);
  const where = predicates(shape, setDriven).join('\n  AND ');
  if (!setDriven) return `SELECT ${COLUMNS}\nFROM products p\nWHERE ${where}\n${order}\nLIMIT @limit`;
  return `SELECT ${COLUMNS}
FROM (SELECT p.id FROM products p WHERE ${where} ${order} LIMIT @limit) hits
JOIN products p ON p.id = hits.id
${order}`;
}

/** The ids of every product matching a filter (bulk "all N matching"), in id order. */
export function productIdsSql(partial: Partial<ListShape>): string {
  const shape = { ...emptyShape(), ...partial };
  const where = predicates({ ...shape, after: false }, isSetDriven(shape)).join('\n  AND ');
  return `SELECT p.id FROM products p WHERE ${where} ORDER BY p.id`;
}

const cache = new WeakMap<DB, Map<string, Database.Statement>>();

function prepared(db: DB, sql: string): Database.Statement {
  let bySql = cache.get(db);
  if (!bySql) {
    bySql = new Map();
    cache.set(db, bySql);
  }
  let s = bySql.get(sql);
  if (!s) {
    s = db.prepare(sql);
    bySql.set(sql, s);
  }
  return s;
}

function shapeAndParams(f: ProductListFilter): { shape: ListShape; params: Record<string, unknown> } {
  const shape: ListShape = {
    sort: f.sort,
    status: f.status !== undefined,
    match: !!f.match,
    collection: f.collectionId !== undefined,
    tag: f.tag !== undefined,
    noImages: !!f.hasNoImages,
    missingAlt: !!f.missingAlt,
    lowRating: !!f.lowRating,
    priceMin: f.priceMinMinor !== undefined,
    priceMax: f.priceMaxMinor !== undefined,
    after: !!f.after,
  };
  const params: Record<string, unknown> = { limit: f.limit + 1 };
  if (shape.status) params.status = f.status;
  if (shape.match) params.match = f.match;
  if (shape.collection) params.collectionId = f.collectionId;
  if (shape.tag) params.tag = f.tag;
  if (shape.missingAlt) params.altLocale = f.altLocale ?? 'en';
  if (shape.priceMin) params.priceMin = f.priceMinMinor;
  if (shape.priceMax) params.priceMax = f.priceMaxMinor;
  if (f.after) {
    params.afterKey = f.after[0];
    params.afterId = f.after[1];
  }
  return { shape, params };
}

/** Fetches `limit + 1` rows so the caller can tell whether another page follows. */
export function listProductRows(db: DB, f: ProductListFilter): ProductListRow[] {
  const { shape, params } = shapeAndParams(f);
  return prepared(db, productListSql(shape)).all(params) as ProductListRow[];
}

export function matchingProductIds(db: DB, f: Omit<ProductListFilter, 'limit' | 'after' | 'sort'>): number[] {
  const { shape, params } = shapeAndParams({ ...f, sort: 'updated_desc', limit: 0 });
  delete params.limit;
  return prepared(db, productIdsSql(shape)).pluck().all(params) as number[];
}
