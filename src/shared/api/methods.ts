/**
 * The names of every contract method and push event, and nothing else.
 * The preload imports only this file (no zod), so the sandboxed bundle stays tiny.
 * `contract.ts` must have exactly these keys: drift is a compile error.
 */
export const METHODS = [
  'app.info',
  'app.doctor',
  'settings.get',
  'settings.update',
  'demo.status',
  'demo.create',
  'jobs.list',
  'jobs.cancel',
  'catalog.listProducts',
  'catalog.getProduct',
  'catalog.updateProduct',
  'audit.summary',
  'moderation.listReviews',
  'metrics.summary',
  'sync.status',
  'sync.listOutbox',
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
