import type { CatalogIoMethod } from '../names-types';
import type { ContractEntry } from '../contract-entry';

/** Shopify product CSV import and export. */
export const catalogIoContract = {} as const satisfies Record<CatalogIoMethod, ContractEntry>;
