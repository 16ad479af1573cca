import type { CatalogIoMethod } from '../names-types';
import { mutation, query, type ContractEntry } from '../contract-entry';
import { CsvExportResult, CsvImportPreview, CsvPathInput } from '../../schemas/catalog-io';
import { JobRef } from '../../schemas/job';

/** Shopify product CSV import and export. */
export const catalogIoContract = {
  /**
   * Dry run of a Shopify product CSV import: parses and validates the file against the
   * store and reports counts, creates vs updates, and every row error with its physical
   * line number. Writes nothing.
   */
  'catalog.previewShopifyCsv': query(CsvPathInput, CsvImportPreview, ['products', 'variants', 'images']),
  /**
   * Imports a Shopify product CSV as a background job (kind `catalog.importShopifyCsv`,
   * steps validate → apply). All or nothing: a file with any row error imports nothing and
   * the job fails with `validation`; otherwise one transaction creates or updates every
   * product through the mutation path (outbox ops included). Image URLs are recorded as
   * pending downloads.
   */
  'catalog.importShopifyCsv': mutation(CsvPathInput, JobRef, ['jobs']),
  /**
   * Writes every live product to `path` in Shopify's product CSV format (UTF-8 with BOM,
   * CRLF, one row per variant and per extra image, prices as decimals).
   */
  'catalog.exportShopifyCsv': mutation(CsvPathInput, CsvExportResult, []),
} as const satisfies Record<CatalogIoMethod, ContractEntry>;
