/** Shopify product CSV import and export. */
export const CATALOG_IO_METHODS = [] as const;
