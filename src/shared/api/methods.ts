/**
 * The names of every contract method and push event, and nothing else.
 * The preload imports only this file (no zod), so the sandboxed bundle stays tiny.
 * `contract.ts` must have exactly these keys: drift is a compile error.
 * Each domain lists its names in names/<domain>.ts (so parallel work never edits one list).
 */
import { CATALOG_METHODS } from './names/catalog';
import { CATALOG_IO_METHODS } from './names/catalog-io';
import { APP_METHODS } from './names/app';
import { INSIGHTS_METHODS } from './names/insights';
import { MEDIA_METHODS } from './names/media';

export const METHODS = [
  ...APP_METHODS,
  ...CATALOG_METHODS,
  ...CATALOG_IO_METHODS,
  ...MEDIA_METHODS,
  ...INSIGHTS_METHODS,
] as const;

export type Method = (typeof METHODS)[number];

export const EVENTS = ['jobs.progress', 'db.changed'] as const;
export type EventName = (typeof EVENTS)[number];

export const isMethod = (name: unknown): name is Method =>
  typeof name === 'string' && (METHODS as readonly string[]).includes(name);

export const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && (EVENTS as readonly string[]).includes(name);

/** Tables a mutation can invalidate; the renderer refetches queries that read them. */
export const TABLES = [
  'products',
  'variants',
  'images',
  'reviews',
  'orders',
  'customers',
  'settings',
  'jobs',
  'outbox',
  'audit',
] as const;
export type Table = (typeof TABLES)[number];

/**
 * The bridge the preload exposes as `window.api`. Named functions only: no
 * ipcRenderer passthrough. `call` resolves to an Envelope, never throws.
 */
export interface ApiBridge {
  call(method: Method, input: unknown): Promise<unknown>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
  /** Resolves a dropped File to its path (Electron's webUtils.getPathForFile). */
  pathForFile(file: File): string;
}
