import type { DB } from '../db/open';

/**
 * Headline figures over all history (metrics.md §2). A valid order is neither a test
 * order nor cancelled; sales, customers and AOV count only valid orders.
 */
export interface SummaryRow {
  orders: number;
  customers: number;
  gross_minor: number;
  discounts_minor: number;
  refunds_minor: number;
  first_order_ts: number | null;
  last_order_ts: number | null;
  checkouts: number;
  abandoned_checkouts: number;
  average_rating: number | null;
}

const VALID_ORDER = 'o.test = 0 AND o.cancelled_ts IS NULL';

const SUMMARY_SQL = `
SELECT
  (SELECT count(*) FROM orders o WHERE ${VALID_ORDER}) AS orders,
  (SELECT count(DISTINCT o.customer_id) FROM orders o WHERE ${VALID_ORDER} AND o.customer_id IS NOT NULL) AS customers,
  (SELECT coalesce(sum(l.unit_price_minor * l.quantity), 0)
     FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE ${VALID_ORDER}) AS gross_minor,
  (SELECT coalesce(sum(o.discounts_minor), 0) FROM orders o WHERE ${VALID_ORDER}) AS discounts_minor,
  -- Refunds land on valid orders only: a refunded test order was never a sale.
  (SELECT coalesce(sum(r.amount_minor), 0)
     FROM refunds r JOIN orders o ON o.id = r.order_id WHERE ${VALID_ORDER}) AS refunds_minor,
  (SELECT min(o.created_ts) FROM orders o WHERE ${VALID_ORDER}) AS first_order_ts,
  (SELECT max(o.created_ts) FROM orders o WHERE ${VALID_ORDER}) AS last_order_ts,
  (SELECT count(*) FROM checkouts) AS checkouts,
  (SELECT count(*) FROM checkouts WHERE completed_order_id IS NULL) AS abandoned_checkouts,
  (SELECT avg(rating) FROM reviews WHERE kind = 'review' AND rating IS NOT NULL) AS average_rating`;

export function readSummary(db: DB): SummaryRow {
  return db.prepare<[], SummaryRow>(SUMMARY_SQL).get() as SummaryRow;
}
