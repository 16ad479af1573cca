/** Products, variants, collections, tags: listing, editing, bulk edits and history. */
export const CATALOG_METHODS = ['catalog.listProducts', 'catalog.getProduct', 'catalog.updateProduct'] as const;
