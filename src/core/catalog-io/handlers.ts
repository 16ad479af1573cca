import type { HandlersFor } from '../context';
import type { CatalogIoMethod } from '../../shared/api/names-types';

/** Shopify product CSV import and export methods (issue #3). */
export const catalogIoHandlers = {} satisfies HandlersFor<CatalogIoMethod>;
