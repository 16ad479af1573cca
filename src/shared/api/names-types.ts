import type { CATALOG_METHODS } from './names/catalog';
import type { CATALOG_IO_METHODS } from './names/catalog-io';
import type { APP_METHODS } from './names/app';
import type { INSIGHTS_METHODS } from './names/insights';
import type { MEDIA_METHODS } from './names/media';

export type AppMethod = (typeof APP_METHODS)[number];
export type CatalogMethod = (typeof CATALOG_METHODS)[number];
export type CatalogIoMethod = (typeof CATALOG_IO_METHODS)[number];
export type MediaMethod = (typeof MEDIA_METHODS)[number];
export type InsightsMethod = (typeof INSIGHTS_METHODS)[number];
