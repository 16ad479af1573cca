/**
 * Every i18n key that core can send across the contract (errors, job kinds and steps).
 * Core only ever emits keys from this list; the renderer's catalogs must translate each
 * one (test/node/i18n-parity.test.ts checks both directions).
 */
import { ERROR_CODES } from '../api/errors';

export const ERROR_KEYS = [
  ...ERROR_CODES.map((c) => `errors.${c}` as const),
  'errors.method_unknown',
  'errors.product_not_found',
  'errors.job_not_found',
  'errors.job_not_cancellable',
  'errors.demo_already_running',
  'errors.handle_taken',
  'errors.sku_taken',
  'errors.product_changed',
  'errors.startup_failed',
  'errors.migration_edited',
  'errors.image_not_found',
  'errors.image_order_mismatch',
  'errors.variant_not_in_product',
  'catalog_io.error.file_has_errors',
  'catalog_io.error.file_not_found',
] as const;

export const JOB_KINDS = ['demo.create', 'media.import', 'catalog.importShopifyCsv'] as const;
export type JobKind = (typeof JOB_KINDS)[number];
export const JOB_KIND_KEYS = JOB_KINDS.map((k) => `jobs.kind.${k}` as const);

export const JOB_STEPS = [
  'reset',
  'catalog',
  'images',
  'customers',
  'orders',
  'reviews',
  'checkouts',
  'surveys',
  'index',
  'scan',
  'validate',
  'photos',
  'apply',
  'done',
] as const;
export const JOB_STEP_KEYS = JOB_STEPS.map((s) => `jobs.step.${s}` as const);

export const CORE_I18N_KEYS: readonly string[] = [...ERROR_KEYS, ...JOB_KIND_KEYS, ...JOB_STEP_KEYS];
