import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productListSql, type ListShape } from '../../src/core/catalog/list-repo';
import { TYPEAHEAD_SQL } from '../../src/core/catalog/browse';
import { ProductSort } from '../../src/shared/schemas/catalog';
import { reviewListSql } from '../../src/core/moderation/repo';
import { FIND_PENDING_SQL } from '../../src/core/mutations/outbox';
import { OUTBOX_BY_STATE_SQL, PENDING_OPS_SQL } from '../../src/core/sync/repo';
import type { DB } from '../../src/core/db/open';
import { openTestDb, type TestDb } from './helpers/test-db';

/**
 * EXPLAIN QUERY PLAN snapshots of the hot queries (platform.md §2, D4). A plan that
 * changes, e.g. a keyset page that starts sorting or a queue that stops using its index,
 * fails here before it costs 100 ms at 1M rows. The snapshot is committed; regenerate it
 * deliberately with UPDATE_SNAPSHOTS=1 and review the diff.
 */
const SNAPSHOT = join(__dirname, 'query-plans.json');

const PRODUCT_SORTS = ProductSort.options;
const after = { afterKey: '2026-01-01T00:00:00.000Z', afterId: 10 };
const listParams = {
  limit: 51,
  status: 'active',
  match: '"rug"* AND "ka"*',
  collectionId: 3,
  tag: 'sale',
  altLocale: 'en',
  priceMin: 1000,
  priceMax: 5000,
};
/** Names carry "(set-driven)" where a small id set drives and is sorted (list-repo.ts). */
function listPlans(): Record<string, { sql: string; params: Record<string, unknown> }> {
  const out: Record<string, { sql: string; params: Record<string, unknown> }> = {};
  for (const sort of PRODUCT_SORTS) {
    out[`catalog.list ${sort} first page`] = { sql: productListSql({ sort }), params: { limit: 51 } };
    out[`catalog.list ${sort} next page (keyset)`] = { sql: productListSql({ sort, after: true }), params: { limit: 51, ...after } };
    out[`catalog.list ${sort} by status, next page`] = {
      sql: productListSql({ sort, status: true, after: true }),
      params: { limit: 51, status: 'active', ...after },
    };
  }
  const filters: [string, Partial<ListShape>][] = [
    ['no images', { noImages: true }],
    ['missing alt', { missingAlt: true }],
    ['low rating', { lowRating: true }],
    ['price range', { priceMin: true, priceMax: true }],
    ['collection (set-driven)', { collection: true }],
    ['tag (set-driven)', { tag: true }],
    ['FTS search', { match: true }],
    ['FTS search by status', { match: true, status: true }],
  ];
  for (const [name, shape] of filters) {
    for (const sort of ['updated_desc', 'price_asc'] as const) {
      out[`catalog.list ${name}, ${sort}, next page`] = {
        sql: productListSql({ ...shape, sort, after: true }),
        params: pick(listParams, shape, after),
      };
    }
  }
  return out;
}
function pick(all: Record<string, unknown>, shape: Partial<ListShape>, keyset: Record<string, unknown>) {
  const p: Record<string, unknown> = { limit: 51, ...keyset };
  if (shape.status) p.status = all.status;
  if (shape.match) p.match = all.match;
  if (shape.collection) p.collectionId = all.collectionId;
  if (shape.tag) p.tag = all.tag;
  if (shape.missingAlt) p.altLocale = all.altLocale;
  if (shape.priceMin) p.priceMin = all.priceMin;
  if (shape.priceMax) p.priceMax = all.priceMax;
  return p;
}

const HOT_QUERIES: Record<string, { sql: string; params: unknown[] | Record<string, unknown> }> = {
  ...listPlans(),
  'catalog.typeahead FTS prefix (unranked)': { sql: TYPEAHEAD_SQL, params: { match: '"ka"*', limit: 10 } },
  'moderation queue by status (oldest first)': {
    sql: reviewListSql({ status: true, kind: false, after: false }),
    params: { limit: 51, status: 'pending' },
  },
  'moderation queue by status, next page': {
    sql: reviewListSql({ status: true, kind: false, after: true }),
    params: { limit: 51, status: 'pending', afterCreatedAt: '2026-01-01T00:00:00.000Z', afterId: 10 },
  },
  'outbox pending by seq (push queue)': { sql: PENDING_OPS_SQL, params: [100] },
  'outbox by state, newest first': { sql: OUTBOX_BY_STATE_SQL, params: ['conflict', 100] },
  'outbox pending op of one entity (coalescing)': { sql: FIND_PENDING_SQL, params: ['product', '42'] },
};

/** The plan as indented lines; ids are dropped because they vary with unrelated changes. */
function planOf(db: DB, sql: string, params: unknown[] | Record<string, unknown>): string[] {
  const stmt = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  const rows = (Array.isArray(params) ? stmt.all(...params) : stmt.all(params)) as { id: number; parent: number; detail: string }[];
  const depth = new Map<number, number>([[0, 0]]);
  return rows.map((r) => {
    const d = (depth.get(r.parent) ?? 0) + 1;
    depth.set(r.id, d);
    return `${'  '.repeat(d - 1)}${r.detail.replace(/SUBQUERY \d+/, 'SUBQUERY')}`;
  });
}

describe('query plans of hot queries', () => {
  let t: TestDb;
  let current: Record<string, string[]>;
  beforeAll(async () => {
    t = await openTestDb();
    current = Object.fromEntries(Object.entries(HOT_QUERIES).map(([name, q]) => [name, planOf(t.db, q.sql, q.params)]));
    if (process.env.UPDATE_SNAPSHOTS === '1') writeFileSync(SNAPSHOT, `${JSON.stringify(current, null, 2)}\n`);
  });
  afterAll(() => t.close());

  it('has a committed snapshot covering exactly these queries', () => {
    expect(existsSync(SNAPSHOT), 'query-plans.json is missing: generate it with UPDATE_SNAPSHOTS=1').toBe(true);
    const snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Record<string, string[]>;
    expect(Object.keys(snapshot).sort()).toEqual(Object.keys(HOT_QUERIES).sort());
  });

  it.each(Object.keys(HOT_QUERIES))('%s keeps its plan', (name) => {
    const snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Record<string, string[]>;
    expect(current[name]).toEqual(snapshot[name]);
  });

  it('no hot query sorts or scans a whole table, except FTS hits and small id sets sorted for the page', () => {
    for (const [name, plan] of Object.entries(current)) {
      const text = plan.join('\n');
      if (!name.includes('FTS') && !name.includes('set-driven')) expect(text, name).not.toMatch(/TEMP B-TREE/);
      expect(text, name).not.toMatch(/^\s*SCAN (p|r|outbox)$/m);
    }
  });
});
