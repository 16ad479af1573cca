import type { DB } from '../db/open';
import type { StoreCounts } from '../../shared/schemas/app';

/** Row counts that tell whether a store exists and how big it is. */
export function storeCounts(db: DB): StoreCounts {
  const n = (sql: string) => (db.prepare(sql).pluck().get() as number) ?? 0;
  return {
    products: n('SELECT count(*) FROM products WHERE deleted_at IS NULL'),
    variants: n('SELECT count(*) FROM variants'),
    images: n('SELECT count(*) FROM images'),
    reviews: n("SELECT count(*) FROM reviews WHERE kind = 'review'"),
    questions: n("SELECT count(*) FROM reviews WHERE kind = 'question'"),
    orders: n('SELECT count(*) FROM orders'),
    customers: n('SELECT count(*) FROM customers'),
  };
}

export const hasStore = (db: DB): boolean =>
  db.prepare('SELECT EXISTS (SELECT 1 FROM products) OR EXISTS (SELECT 1 FROM orders)').pluck().get() === 1;
