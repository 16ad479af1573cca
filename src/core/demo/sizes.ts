import type { DemoScale } from '../../shared/schemas/app';

/** How big a demo store is. Tests pass tiny sizes; every defect class still appears. */
export interface DemoSizes {
  products: number;
  /** Reviews, questions and answers together. */
  reviewItems: number;
  orders: number;
  /** Months of order history that end at the clock's "now". */
  months: number;
  /** Sessions per order in the last 60 days (storefront analytics exist only recently). */
  sessionsPerOrder: number;
}

/**
 * `small` already meets every minimum: ≥300 products, ≥900 images, ≥3,000 reviews + Q&A,
 * ≥20,000 orders. `full` is 4–5× that in every dimension (photos are the cost: ~4,100).
 */
export const DEMO_SIZES: Record<DemoScale, DemoSizes> = {
  small: { products: 320, reviewItems: 3300, orders: 21000, months: 24, sessionsPerOrder: 20 },
  full: { products: 1300, reviewItems: 15000, orders: 100000, months: 24, sessionsPerOrder: 20 },
};

export function resolveSizes(scale: DemoScale, overrides: Partial<DemoSizes> = {}): DemoSizes {
  return { ...DEMO_SIZES[scale], ...overrides };
}
