import type { Migration } from '../types';

/**
 * Schema v4 (issue 3, Shopify product CSV):
 * - products.shopify_extra_json / variants.shopify_extra_json: the Shopify CSV columns the
 *   store does not model (Product Category, Gift Card, Published, Google Shopping …, and
 *   per variant Inventory Policy, Fulfillment Service, Requires Shipping, Taxable, Weight
 *   Unit, Tax Code, Cost per item), as a JSON object of column → text. Keeping them makes an
 *   import → export round trip lossless; plain ADD COLUMN, so it costs no table rewrite.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'catalog-io',
  sql: /* sql */ `
ALTER TABLE products ADD COLUMN shopify_extra_json TEXT;
ALTER TABLE variants ADD COLUMN shopify_extra_json TEXT;
`,
};
