import type { HandlersFor } from '../context';
import { listEditBatches, redoLastBatch, undoLastBatch } from '../mutations';
import { listCollections, listTags, typeahead } from './browse';
import { bulkApply, bulkPreview } from './bulk';
import { deleteProducts, duplicateProduct, listDeleted, restoreProducts } from './recycle-bin';
import { saveProduct } from './save-product';
import { getProduct, listProducts, updateProduct } from './service';
import type { CatalogMethod } from '../../shared/api/names-types';

/** Catalog methods: contract → service. No SQL or logic here. */
export const catalogHandlers = {
  'catalog.listProducts': (input, ctx) => listProducts(ctx.db, input),
  'catalog.getProduct': ({ id }, ctx) => getProduct(ctx.db, id),
  'catalog.updateProduct': (input, ctx) => updateProduct(ctx.db, ctx.clock, input),
  'catalog.typeahead': (input, ctx) => typeahead(ctx.db, input),
  'catalog.listCollections': (_input, ctx) => listCollections(ctx.db),
  'catalog.listTags': (_input, ctx) => listTags(ctx.db),
  'catalog.saveProduct': (draft, ctx) => saveProduct(ctx.db, ctx.clock, draft),
  'catalog.bulkPreview': (input, ctx) => bulkPreview(ctx.db, input),
  'catalog.bulkApply': (input, ctx) => bulkApply(ctx.db, ctx.clock, input),
  'catalog.duplicateProduct': ({ id }, ctx) => duplicateProduct(ctx.db, ctx.clock, id),
  'catalog.deleteProducts': ({ ids }, ctx) => deleteProducts(ctx.db, ctx.clock, ids),
  'catalog.restoreProducts': ({ ids }, ctx) => restoreProducts(ctx.db, ctx.clock, ids),
  'catalog.listDeleted': (input, ctx) => listDeleted(ctx.db, input),
  'catalog.undo': (_input, ctx) => ({ batch: undoLastBatch(ctx.db, ctx.clock) }),
  'catalog.redo': (_input, ctx) => ({ batch: redoLastBatch(ctx.db, ctx.clock) }),
  'catalog.history': ({ limit }, ctx) => listEditBatches(ctx.db, limit),
} satisfies HandlersFor<CatalogMethod>;
