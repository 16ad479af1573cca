/**
 * The columns of Shopify's product CSV, in the order Shopify's admin exports them: the
 * order of the sample exports in ../shared/benchmarks/shopify-csv, with the newer columns
 * where today's admin puts them (Product Category after Vendor, Cost per item after
 * Variant Tax Code, Status last).
 */
export const EXPORT_COLUMNS = [
  'Handle',
  'Title',
  'Body (HTML)',
  'Vendor',
  'Product Category',
  'Type',
  'Tags',
  'Published',
  'Option1 Name',
  'Option1 Value',
  'Option2 Name',
  'Option2 Value',
  'Option3 Name',
  'Option3 Value',
  'Variant SKU',
  'Variant Grams',
  'Variant Inventory Tracker',
  'Variant Inventory Qty',
  'Variant Inventory Policy',
  'Variant Fulfillment Service',
  'Variant Price',
  'Variant Compare At Price',
  'Variant Requires Shipping',
  'Variant Taxable',
  'Variant Barcode',
  'Image Src',
  'Image Position',
  'Image Alt Text',
  'Gift Card',
  'SEO Title',
  'SEO Description',
  'Google Shopping / Google Product Category',
  'Google Shopping / Gender',
  'Google Shopping / Age Group',
  'Google Shopping / MPN',
  'Google Shopping / AdWords Grouping',
  'Google Shopping / AdWords Labels',
  'Google Shopping / Condition',
  'Google Shopping / Custom Product',
  'Google Shopping / Custom Label 0',
  'Google Shopping / Custom Label 1',
  'Google Shopping / Custom Label 2',
  'Google Shopping / Custom Label 3',
  'Google Shopping / Custom Label 4',
  'Variant Image',
  'Variant Weight Unit',
  'Variant Tax Code',
  'Cost per item',
  'Status',
] as const;
export type ShopifyColumn = (typeof EXPORT_COLUMNS)[number];

/** Columns the store models as product fields (everything else product-level goes to shopify_extra). */
export const PRODUCT_COLUMNS = ['Handle', 'Title', 'Body (HTML)', 'Vendor', 'Type', 'Tags', 'SEO Title', 'SEO Description', 'Status'] as const;

/** Product-level columns the store does not model; kept verbatim in products.shopify_extra_json. */
export const PRODUCT_EXTRA_COLUMNS = [
  'Product Category',
  'Published',
  'Gift Card',
  ...EXPORT_COLUMNS.filter((c) => c.startsWith('Google Shopping / ')),
] as const;

/** Variant-level columns the store does not model; kept verbatim in variants.shopify_extra_json. */
export const VARIANT_EXTRA_COLUMNS = [
  'Variant Inventory Tracker',
  'Variant Inventory Policy',
  'Variant Fulfillment Service',
  'Variant Requires Shipping',
  'Variant Taxable',
  'Variant Weight Unit',
  'Variant Tax Code',
  'Cost per item',
] as const;

/** What Shopify writes for an unmodelled column the store has no value for (as in its own exports). */
export const PRODUCT_DEFAULTS: Readonly<Partial<Record<ShopifyColumn, string>>> = { 'Gift Card': 'false' };
export const VARIANT_DEFAULTS: Readonly<Partial<Record<ShopifyColumn, string>>> = {
  'Variant Inventory Policy': 'deny',
  'Variant Fulfillment Service': 'manual',
  'Variant Requires Shipping': 'true',
  'Variant Taxable': 'true',
  'Variant Weight Unit': 'kg',
};

/** Published as the export writes it when the file did not say otherwise. */
export const publishedFor = (status: string): string => (status === 'active' ? 'true' : 'false');

/** Columns whose value makes a continuation row a variant row (not only an extra image). */
export const VARIANT_MARKER_COLUMNS = [
  'Option1 Value',
  'Option2 Value',
  'Option3 Value',
  'Variant SKU',
  'Variant Price',
  'Variant Grams',
  'Variant Inventory Qty',
  'Variant Compare At Price',
  'Variant Barcode',
] as const;

const KNOWN = new Set<string>(EXPORT_COLUMNS);
export const isKnownColumn = (name: string): boolean => KNOWN.has(name);
