import type { CsvIssue } from '../../shared/schemas/catalog-io';
import type { CatalogIoRepo, ProductRow } from './repo';
import { optionKey, type ParsedProduct, type ParsedVariant } from './rules/parsed-product';

export interface PlannedVariant {
  parsed: ParsedVariant;
  existingId: number | null;
  sku: string;
}
export interface PlannedProduct {
  parsed: ParsedProduct;
  existing: ProductRow | null;
  variants: PlannedVariant[];
  /** Variants of the stored product that the file no longer lists. */
  removedVariantIds: number[];
}
export interface ImportPlan {
  products: PlannedProduct[];
  creates: number;
  updates: number;
  errors: CsvIssue[];
  warnings: CsvIssue[];
}

/**
 * Matches parsed products against the store: products by handle, variants by SKU, else by
 * their option values. A SKU held by another product is a row error (`sku_taken`). The
 * store needs a unique SKU per variant while Shopify does not, so a variant without one
 * keeps its matched variant's SKU or gets `<handle>-<n>` (with a warning).
 */
export function planImport(repo: CatalogIoRepo, parsed: readonly ParsedProduct[]): ImportPlan {
  const errors: CsvIssue[] = [];
  const warnings: CsvIssue[] = [];
  const fileSkus = new Set(parsed.flatMap((p) => p.variants.map((v) => v.sku).filter((s): s is string => s !== null)));
  const claimed = new Set<string>();
  const products = parsed.map((product): PlannedProduct => {
    const existing = repo.productByHandle(product.handle);
    const stored = existing ? repo.variantsOf(existing.id) : [];
    const unmatched = new Map(stored.map((v) => [v.id, v]));
    const take = (id: number) => unmatched.delete(id);
    const variants: PlannedVariant[] = [];
    let generated = 0;
    for (const v of product.variants) {
      if (v.sku !== null) {
        const owner = repo.skuOwner(v.sku);
        if (owner && owner.handle !== product.handle) {
          errors.push({ line: v.line, column: 'Variant SKU', code: 'sku_taken', params: { sku: v.sku, handle: owner.handle } });
        }
        const mine = owner && existing && owner.productId === existing.id ? owner.variantId : null;
        if (mine !== null) take(mine);
        variants.push({ parsed: v, existingId: mine, sku: v.sku });
        continue;
      }
      const key = optionKey(v.options);
      const match = [...unmatched.values()].find((s) => optionKey([s.option1, s.option2, s.option3]) === key && !fileSkus.has(s.sku));
      if (match) {
        take(match.id);
        variants.push({ parsed: v, existingId: match.id, sku: match.sku });
        continue;
      }
      generated++;
      const sku = freeSku(repo, `${product.handle}-${variants.length + 1}`, fileSkus, claimed);
      variants.push({ parsed: v, existingId: null, sku });
    }
    if (generated > 0) warnings.push({ line: product.line, column: 'Variant SKU', code: 'sku_generated', params: { handle: product.handle, count: generated } });
    return { parsed: product, existing, variants, removedVariantIds: [...unmatched.keys()] };
  });
  const creates = products.filter((p) => !p.existing).length;
  return { products, creates, updates: products.length - creates, errors, warnings };
}

function freeSku(repo: CatalogIoRepo, base: string, fileSkus: Set<string>, claimed: Set<string>): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (fileSkus.has(candidate) || claimed.has(candidate)) continue;
    // Taken by any stored variant (even this product's): a matched one keeps its own SKU.
    if (repo.skuOwner(candidate)) continue;
    claimed.add(candidate);
    return candidate;
  }
}
