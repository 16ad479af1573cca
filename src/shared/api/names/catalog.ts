/** Products, variants, collections, tags: listing, editing, bulk edits and history. */
export const CATALOG_METHODS = [
  'catalog.listProducts',
  'catalog.getProduct',
  'catalog.updateProduct',
  'catalog.typeahead',
  'catalog.listCollections',
  'catalog.listTags',
  'catalog.saveProduct',
  'catalog.bulkPreview',
  'catalog.bulkApply',
  'catalog.duplicateProduct',
  'catalog.deleteProducts',
  'catalog.restoreProducts',
  'catalog.listDeleted',
  'catalog.undo',
  'catalog.redo',
  'catalog.history',
] as const;
