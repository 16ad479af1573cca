import { z } from 'zod';
import type { CatalogMethod } from '../names-types';
import { query, mutation, type ContractEntry } from '../contract-entry';
import { Id, Page } from '../../schemas/common';
import { ListProductsInput, ProductDetail, ProductRow, UpdateProductInput } from '../../schemas/catalog';

/** Products, variants, collections and tags. */
export const catalogContract = {
  /** Keyset-paged product grid; `q` matches title, SKU, handle and tags via search_key. */
  'catalog.listProducts': query(ListProductsInput, Page(ProductRow), ['products', 'variants', 'images']),
  /** One product with its variants, options and images. */
  'catalog.getProduct': query(z.object({ id: Id }), ProductDetail, ['products', 'variants', 'images']),
  /** A merchant edit: writes the product and its outbox op in one transaction. */
  'catalog.updateProduct': mutation(UpdateProductInput, ProductDetail, ['products', 'outbox']),
} as const satisfies Record<CatalogMethod, ContractEntry>;
