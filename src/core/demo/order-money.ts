import type { PlannedProduct } from './catalog-model';
import type { Rng } from './random';

export interface PlannedLine {
  id: number;
  productId: number;
  variantId: number;
  sku: string;
  title: string;
  quantity: number;
  unitPriceMinor: number;
  discountMinor: number;
}

export interface OrderMoney {
  subtotal: number;
  discounts: number;
  shipping: number;
  tax: number;
  total: number;
}

/** Picks products by popularity among those already on sale at `ts` (cumulative weights). */
export class ProductPicker {
  private readonly cumulative: number[] = [];
  private readonly products: PlannedProduct[];

  constructor(products: readonly PlannedProduct[]) {
    this.products = products.filter((p) => p.popularity > 0 && p.variants.length > 0);
    let total = 0;
    for (const p of this.products) this.cumulative.push((total += p.popularity));
  }

  pick(rng: Rng, ts: number): PlannedProduct {
    for (let attempt = 0; attempt < 8; attempt++) {
      const x = rng.next() * this.cumulative[this.cumulative.length - 1];
      let lo = 0;
      let hi = this.cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.cumulative[mid] > x) hi = mid;
        else lo = mid + 1;
      }
      if (this.products[lo].createdTs <= ts) return this.products[lo];
    }
    return this.products.find((p) => p.createdTs <= ts) ?? this.products[0];
  }
}

/** 1–4 lines (most orders have one), quantities mostly 1. Line ids are assigned by the caller. */
export function pickLines(rng: Rng, picker: ProductPicker, ts: number): Omit<PlannedLine, 'id'>[] {
  const count = rng.weighted([1, 2, 3, 4], [55, 28, 12, 5]);
  const lines: Omit<PlannedLine, 'id'>[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < count; i++) {
    const product = picker.pick(rng, ts);
    const variant = rng.pick(product.variants);
    if (seen.has(variant.id)) continue;
    seen.add(variant.id);
    lines.push({
      productId: product.id,
      variantId: variant.id,
      sku: variant.sku,
      title: product.titles.en,
      quantity: rng.weighted([1, 2, 3, 4], [82, 13, 3, 2]),
      unitPriceMinor: variant.priceMinor,
      discountMinor: 0,
    });
  }
  return lines;
}

/**
 * Applies an order-level discount to some orders, split over the lines in proportion to
 * their value (the remainder on the last line, so the parts add up exactly), then adds
 * shipping and tax: total = subtotal − discounts + shipping + tax.
 */
export function priceOrder(rng: Rng, lines: Omit<PlannedLine, 'id'>[], country: string): OrderMoney {
  const subtotal = lines.reduce((sum, l) => sum + l.unitPriceMinor * l.quantity, 0);
  let discounts = 0;
  if (rng.chance(0.22)) {
    discounts = rng.chance(0.7) ? Math.round((subtotal * rng.pick([10, 15, 20])) / 100) : subtotal >= 5000 ? 1000 : 0;
  }
  let allocated = 0;
  lines.forEach((l, i) => {
    const share = i === lines.length - 1 ? discounts - allocated : Math.floor((discounts * l.unitPriceMinor * l.quantity) / subtotal);
    l.discountMinor = share;
    allocated += share;
  });
  const net = subtotal - discounts;
  const domestic = country === 'US';
  const shipping = domestic ? (net >= 10_000 ? 0 : 695) : net >= 25_000 ? 0 : 1995;
  const taxRate = country === 'US' ? 0.0825 : country === 'CA' ? 0.13 : 0;
  const tax = Math.round(net * taxRate);
  return { subtotal, discounts, shipping, tax, total: net + shipping + tax };
}

/** Amount a refunded quantity of a line is worth after its share of the discount. */
export function refundValue(line: PlannedLine, quantity: number): number {
  return Math.round(((line.unitPriceMinor * line.quantity - line.discountMinor) * quantity) / line.quantity);
}
