import type { HandlersFor } from '../context';
import { getProduct, listProducts, updateProduct } from './service';

/** Catalog methods: contract → service. No SQL or logic here. */
export const catalogHandlers = {
  'catalog.listProducts': (input, ctx) => listProducts(ctx.db, input),
  'catalog.getProduct': ({ id }, ctx) => getProduct(ctx.db, id),
  'catalog.updateProduct': (input, ctx) => updateProduct(ctx.db, ctx.clock, input),
} satisfies HandlersFor<'catalog.listProducts' | 'catalog.getProduct' | 'catalog.updateProduct'>;
