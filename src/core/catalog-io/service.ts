import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { ApiError } from '../../shared/api/errors';
import type { CsvExportResult, CsvImportPreview, CsvImportResult } from '../../shared/schemas/catalog-io';
import type { DB } from '../db/open';
import type { Clock } from '../ports';
import { applyPlannedProduct } from './apply';
import { readCsvRecords } from './csv-reader';
import { exportShopifyCsv } from './export';
import { planImport, type ImportPlan } from './plan';
import { catalogIoRepo } from './repo';
import { buildProducts } from './rules/build-products';

export interface ValidatedImport {
  preview: CsvImportPreview;
  plan: ImportPlan;
}

/** Parses the file and matches it against the store; writes nothing. */
export async function validateShopifyCsv(db: DB, path: string): Promise<ValidatedImport> {
  assertReadableFile(path);
  const built = await buildProducts(readCsvRecords(path));
  const plan = planImport(catalogIoRepo(db), built.products);
  const errors = [...built.errors, ...plan.errors].sort((a, b) => a.line - b.line);
  const warnings = [...built.warnings, ...plan.warnings].sort((a, b) => a.line - b.line);
  const images = built.products.reduce((n, p) => n + p.images.length, 0);
  if (images > 0) warnings.push({ line: 0, code: 'images_pending', params: { count: images } });
  return {
    plan,
    preview: {
      products: built.products.length,
      variants: built.products.reduce((n, p) => n + p.variants.length, 0),
      images,
      creates: plan.creates,
      updates: plan.updates,
      errors,
      warnings,
    },
  };
}

/**
 * Applies a validated file in ONE transaction (each product through the mutation path,
 * so every change has its outbox op). Any row error means nothing is written.
 */
export function applyShopifyCsv(db: DB, clock: Clock, validated: ValidatedImport, onProduct?: (done: number) => void): CsvImportResult {
  const { preview, plan } = validated;
  if (preview.errors.length > 0) {
    throw new ApiError('validation', `the CSV file has ${preview.errors.length} row errors; nothing was imported`, {
      i18nKey: 'catalog_io.error.file_has_errors',
      params: { count: preview.errors.length },
    });
  }
  const repo = catalogIoRepo(db);
  db.transaction(() => {
    plan.products.forEach((product, i) => {
      applyPlannedProduct(db, repo, clock, product);
      onProduct?.(i + 1);
    });
  })();
  return { ...preview, pendingImageDownloads: repo.pendingDownloads() };
}

export function exportCatalogCsv(db: DB, path: string): CsvExportResult {
  const dir = dirname(path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ApiError('not_found', `folder ${dir} does not exist`, { i18nKey: 'catalog_io.error.file_not_found', params: { path: dir } });
  }
  return db.transaction(() => exportShopifyCsv(catalogIoRepo(db), path))();
}

function assertReadableFile(path: string): void {
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new ApiError('not_found', `file ${path} does not exist`, { i18nKey: 'catalog_io.error.file_not_found', params: { path } });
  }
}
