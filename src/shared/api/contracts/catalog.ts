import { z } from 'zod';
import type { CatalogMethod } from '../names-types';
import { query, mutation, type ContractEntry } from '../contract-entry';
import { Empty, Id, Page, PageRequest } from '../../schemas/common';
import { ListProductsInput, ProductDetail, ProductRow, UpdateProductInput } from '../../schemas/catalog';
import {
  BulkInput,
  BulkPreview,
  BulkResult,
  CollectionSummary,
  DeletedProduct,
  HistoryEntry,
  IdsInput,
  ProductDraft,
  TagSummary,
  TypeaheadInput,
  TypeaheadItem,
  UndoResult,
} from '../../schemas/catalog-edit';

const EDITED = ['products', 'variants', 'images', 'outbox'] as const satisfies readonly string[];

/** Products, variants, collections and tags. */
export const catalogContract = {
  /**
   * Keyset-paged product grid; `q` matches title, SKU, handle and tags via search_key.
   * Filters: status, collection, tag, no images, missing alt (store language), low rating
   * (approved average < 3), price range (any variant). Every sort is keyset-paged; a cursor
   * from another sort is a validation error.
   */
  'catalog.listProducts': query(ListProductsInput, Page(ProductRow), ['products', 'variants', 'images']),
  /** One product with its variants, options and images. */
  'catalog.getProduct': query(z.object({ id: Id }), ProductDetail, ['products', 'variants', 'images']),
  /** A merchant edit: writes the product and its outbox op in one transaction (one undo step). */
  'catalog.updateProduct': mutation(UpdateProductInput, ProductDetail, ['products', 'outbox']),
  /** Up to 10 products whose title, SKU, handle or tags start with the typed words (unranked, folded). */
  'catalog.typeahead': query(TypeaheadInput, z.array(TypeaheadItem), ['products', 'variants']),
  /** Every collection with its live product count, by title. */
  'catalog.listCollections': query(Empty, z.array(CollectionSummary), ['products']),
  /** Every tag in use with its live product count, by name. */
  'catalog.listTags': query(Empty, z.array(TagSummary), ['products']),
  /**
   * The product editor's save: creates (no id) or updates (with `expectedUpdatedAt`: a newer
   * row is `conflict` errors.product_changed). Description HTML is sanitised to a strict
   * allowlist. Taken handle / SKU are `conflict` with an issue path (`handle`, `variants.2.sku`).
   */
  'catalog.saveProduct': mutation(ProductDraft, ProductDetail, [...EDITED]),
  /** What a bulk edit would change: affected products, clamped prices, first 20 changes. */
  'catalog.bulkPreview': query(BulkInput, BulkPreview, ['products', 'variants']),
  /** Applies a bulk edit: every product through the mutation path, the whole edit one undo step. */
  'catalog.bulkApply': mutation(BulkInput, BulkResult, [...EDITED]),
  /** A draft copy: handle `-copy`, SKUs `-COPY`, images referencing the same files. */
  'catalog.duplicateProduct': mutation(z.object({ id: Id }), ProductDetail, [...EDITED]),
  /** Moves products to the recycle bin (kept 30 days). */
  'catalog.deleteProducts': mutation(IdsInput, z.object({ deleted: z.number().int() }), [...EDITED]),
  /** Brings products back from the recycle bin. */
  'catalog.restoreProducts': mutation(IdsInput, z.object({ restored: z.number().int() }), [...EDITED]),
  /** The recycle bin, most recently deleted first. */
  'catalog.listDeleted': query(PageRequest, Page(DeletedProduct), ['products']),
  /** Reverts the last edit batch through the mutation path; `batch` null when nothing to undo. */
  'catalog.undo': mutation(Empty, UndoResult, [...EDITED]),
  /** Re-applies the last undone batch; `batch` null when nothing to redo. */
  'catalog.redo': mutation(Empty, UndoResult, [...EDITED]),
  /** Recent edit batches, newest first (undone ones flagged): label i18n key and params. */
  'catalog.history': query(z.object({ limit: z.number().int().min(1).max(200).default(50) }), z.array(HistoryEntry), [
    'products',
  ]),
} as const satisfies Record<CatalogMethod, ContractEntry>;
