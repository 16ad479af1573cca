/** Shopify product CSV import and export. */
export const CATALOG_IO_METHODS = [
  'catalog.previewShopifyCsv',
  'catalog.importShopifyCsv',
  'catalog.exportShopifyCsv',
] as const;
