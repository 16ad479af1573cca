import type Database from 'better-sqlite3';
import type { DB } from '../db/open';
import type { KeysetKey } from '../paging/cursor';

/**
 * The moderation queue: oldest first, keyset on (created_at, id). With a status filter
 * it walks reviews_status_created(status, created_at, id) and never sorts (the plan is
 * pinned in test/node/query-plans.test.ts; platform.md measured a 1,400x flip here).
 */
export interface ReviewListFilter {
  status?: string;
  kind?: string;
  after?: KeysetKey | null;
  limit: number;
}

export interface ReviewListRow {
  id: number;
  kind: 'review' | 'question' | 'answer';
  product_id: number;
  product_title: string;
  author_name: string;
  rating: number | null;
  title: string | null;
  body: string;
  language: string;
  status: 'pending' | 'approved' | 'rejected' | 'flagged';
  reason_codes_json: string;
  created_at: string;
}

export function reviewListSql(shape: { status: boolean; kind: boolean; after: boolean }): string {
  const where: string[] = [];
  if (shape.status) where.push('r.status = @status');
  if (shape.kind) where.push('r.kind = @kind');
  if (shape.after) where.push('(r.created_at, r.id) > (@afterCreatedAt, @afterId)');
  return `SELECT r.id, r.kind, r.product_id, p.title AS product_title, r.author_name, r.rating, r.title,
       r.body, r.language, r.status, r.reason_codes_json, r.created_at
FROM reviews r JOIN products p ON p.id = r.product_id
${where.length ? `WHERE ${where.join(' AND ')}` : ''}
ORDER BY r.created_at, r.id
LIMIT @limit`;
}

const cache = new WeakMap<DB, Map<string, Database.Statement>>();

export function listReviewRows(db: DB, f: ReviewListFilter): ReviewListRow[] {
  const shape = { status: f.status !== undefined, kind: f.kind !== undefined, after: !!f.after };
  const key = `${+shape.status}${+shape.kind}${+shape.after}`;
  let byShape = cache.get(db);
  if (!byShape) {
    byShape = new Map();
    cache.set(db, byShape);
  }
  let stmt = byShape.get(key);
  if (!stmt) {
    stmt = db.prepare(reviewListSql(shape));
    byShape.set(key, stmt);
  }
  const params: Record<string, unknown> = { limit: f.limit + 1 };
  if (shape.status) params.status = f.status;
  if (shape.kind) params.kind = f.kind;
  if (f.after) {
    params.afterCreatedAt = f.after[0];
    params.afterId = f.after[1];
  }
  return stmt.all(params) as ReviewListRow[];
}
