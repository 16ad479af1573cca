import type { HandlersFor } from '../context';
import type { CatalogIoMethod } from '../../shared/api/names-types';
import { exportCatalogCsv, validateShopifyCsv } from './service';
import { IMPORT_JOB_KIND } from './tasks';

/** Shopify product CSV import and export methods (issue #3). */
export const catalogIoHandlers = {
  'catalog.previewShopifyCsv': async ({ path }, ctx) => (await validateShopifyCsv(ctx.db, path)).preview,
  'catalog.importShopifyCsv': ({ path }, ctx) => ({ jobId: ctx.jobs.enqueue(IMPORT_JOB_KIND, { path }, { maxAttempts: 1 }).id }),
  'catalog.exportShopifyCsv': ({ path }, ctx) => exportCatalogCsv(ctx.db, path),
} satisfies HandlersFor<CatalogIoMethod>;
