import type { z } from 'zod';
import type { MetricsSummary } from '../../shared/schemas/domain-summaries';
import type { DB } from '../db/open';
import { readSettings } from '../settings/repo';
import { readSummary } from './repo';

/** Orders store UTC epoch seconds (commerce.ts); the contract speaks ISO instants. */
const isoFromSeconds = (ts: number | null): string | null => (ts === null ? null : new Date(ts * 1000).toISOString());

export function metricsSummary(db: DB): z.output<typeof MetricsSummary> {
  const s = readSummary(db);
  return {
    currency: readSettings(db).currency,
    orders: s.orders,
    customers: s.customers,
    grossSalesMinor: s.gross_minor,
    refundsMinor: s.refunds_minor,
    // Shopify's AOV: (gross − discounts) ÷ orders; excludes shipping, tax and returns.
    aovMinor: s.orders > 0 ? Math.round((s.gross_minor - s.discounts_minor) / s.orders) : null,
    checkouts: s.checkouts,
    abandonedCheckouts: s.abandoned_checkouts,
    averageRating: s.average_rating,
    firstOrderAt: isoFromSeconds(s.first_order_ts),
    lastOrderAt: isoFromSeconds(s.last_order_ts),
  };
}
