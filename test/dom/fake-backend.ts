import type { z } from 'zod';
import {
  ApiError,
  contract,
  eventSchemas,
  type ApiErrorData,
  type Envelope,
  type EventName,
  type EventPayload,
  type Method,
  type Output,
  type ParsedInput,
} from '../../src/shared/api';
import type { Settings } from '../../src/shared/schemas/app';
import type { ProductDetail } from '../../src/shared/schemas/catalog';
import type { Job } from '../../src/shared/schemas/job';
import type { OutboxOp, ReviewRow } from '../../src/shared/schemas/domain-summaries';
import type { Transport } from '../../src/renderer/src/api/transport';
import type { HistoryEntry } from '../../src/shared/schemas/catalog-edit';
import type { GalleryImage } from '../../src/shared/schemas/media';
import { DEFAULT_SETTINGS, isoAt, makeGallery, makeOutboxOp, makeProducts, makeReviews } from './fake-data';

type Handler<M extends Method> = (input: ParsedInput<M>) => Output<M> | Promise<Output<M>>;
type Review = z.infer<typeof ReviewRow>;
type Op = z.infer<typeof OutboxOp>;
type History = z.infer<typeof HistoryEntry>;

/** One undoable edit batch: its history entry and how to revert / re-apply it. */
interface Batch {
  entry: History;
  undo: () => void;
  redo: () => void;
}

export interface FakeBackendOptions {
  hasStore?: boolean;
  productCount?: number;
  settings?: Partial<Settings>;
}

/** Keyset page over rows already in display order; the cursor is the last row's id. */
function page<T extends { id: number }>(rows: T[], limit: number, after?: string) {
  const start = after ? rows.findIndex((row) => String(row.id) === after) + 1 : 0;
  const items = rows.slice(start, start + limit);
  const next = start + limit < rows.length ? String(items[items.length - 1].id) : null;
  return { items, next };
}

/**
 * An in-memory backend speaking the real contract: inputs are parsed with the contract's
 * input schemas (so defaults and validation match), and every output is checked against the
 * contract's output schema, so the fake cannot drift from what core must return.
 */
export class FakeBackend implements Transport {
  readonly calls: { method: Method; input: unknown }[] = [];
  settings: Settings;
  hasStore: boolean;
  products: ProductDetail[];
  reviews: Review[];
  jobs: Job[] = [];
  outbox: Op[] = [];
  /** Galleries by product id (media.listImages), photos in position order. */
  galleries = new Map<number, GalleryImage[]>();
  /** Edit batches, oldest first; `undone` holds reverted ones, most recent last. */
  batches: Batch[] = [];
  undone: Batch[] = [];
  private nextBatchId = 1;
  private readonly listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  private readonly overrides = new Map<Method, (input: unknown) => unknown>();
  private nextJobId = 1;

  constructor(options: FakeBackendOptions = {}) {
    this.settings = { ...DEFAULT_SETTINGS, ...options.settings };
    this.hasStore = options.hasStore ?? true;
    this.products = this.hasStore ? makeProducts(options.productCount ?? 12, this.settings.currency) : [];
    this.reviews = makeReviews(this.products);
    this.resetGalleries();
  }

  private resetGalleries() {
    this.galleries = new Map(this.products.map((p) => [p.id, makeGallery(p)]));
  }

  /** The product's gallery in position order (a copy). */
  gallery(productId: number): GalleryImage[] {
    return [...(this.galleries.get(productId) ?? [])].sort((a, b) => a.position - b.position);
  }

  private setGallery(productId: number, ordered: GalleryImage[]) {
    this.galleries.set(productId, ordered.map((image, index) => ({ ...image, position: index + 1, primary: index === 0 })));
  }

  private findImage(imageId: number): GalleryImage {
    for (const images of this.galleries.values()) {
      const image = images.find((i) => i.id === imageId);
      if (image) return image;
    }
    throw new ApiError('not_found', `image ${imageId} not found`, { i18nKey: 'errors.image_not_found' });
  }

  /** Records an edit batch as core's mutation path would: one undo step; a new edit clears redo. */
  private record(labelKey: string, params: History['params'], undo: () => void, redo: () => void) {
    const entry: History = { id: this.nextBatchId++, labelKey, params, createdAt: isoAt(9000 + this.calls.length), undoneAt: null, itemCount: 1 };
    this.batches.push({ entry, undo, redo });
    this.undone = [];
  }

  /** A gallery edit: applies `ordered` and records its inverse. */
  private editOrder(productId: number, ordered: GalleryImage[]) {
    const before = this.gallery(productId);
    const beforeIds = before.map((i) => i.id);
    const afterIds = ordered.map((i) => i.id);
    this.setGallery(productId, ordered);
    const reorderTo = (ids: number[]) => {
      const current = this.gallery(productId);
      this.setGallery(productId, ids.map((id) => current.find((i) => i.id === id)!));
    };
    return { undo: () => reorderTo(beforeIds), redo: () => reorderTo(afterIds) };
  }

  /** Replaces one method's behaviour; throw an ApiError from `handler` to answer with an error envelope. */
  override<M extends Method>(method: M, handler: Handler<M>) {
    this.overrides.set(method, handler as (input: unknown) => unknown);
  }

  /** Makes `method` answer with this error until `restore(method)`. */
  fail(method: Method, error: ApiErrorData | ApiError) {
    const data = error instanceof ApiError ? error.toData() : error;
    this.overrides.set(method, () => {
      throw ApiError.fromData(data);
    });
  }

  restore(method: Method) {
    this.overrides.delete(method);
  }

  callsTo<M extends Method>(method: M): ParsedInput<M>[] {
    return this.calls.filter((c) => c.method === method).map((c) => c.input as ParsedInput<M>);
  }

  async call(method: Method, raw: unknown): Promise<Envelope<unknown>> {
    const entry = contract[method];
    const parsed = entry.input.safeParse(raw);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path as (string | number)[], code: i.code, message: i.message }));
      return { ok: false, error: new ApiError('validation', `invalid input for ${method}`, { issues }).toData() };
    }
    this.calls.push({ method, input: parsed.data });
    try {
      const override = this.overrides.get(method);
      const value = override ? await override(parsed.data) : await this.handle(method, parsed.data);
      // A drifted fake must fail the test loudly, not render something core would never send.
      return { ok: true, value: entry.output.parse(value) };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, error: error.toData() };
      throw error;
    }
  }

  on(event: EventName, listener: (payload: unknown) => void) {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>) {
    const checked = eventSchemas[event].parse(payload);
    for (const listener of this.listeners.get(event) ?? []) listener(checked);
  }

  /** Moves a job along (as the worker would) and announces it with `jobs.progress`. */
  updateJob(id: number, patch: Partial<Job>): Job {
    const index = this.jobs.findIndex((j) => j.id === id);
    if (index === -1) throw new Error(`no job ${id}`);
    const job = { ...this.jobs[index], ...patch, updatedAt: isoAt(5000 + this.calls.length) };
    this.jobs[index] = job;
    this.emit('jobs.progress', job);
    return job;
  }

  /** Finishes a demo.create job: the store now exists. */
  completeDemo(id: number) {
    this.hasStore = true;
    this.products = makeProducts(12, this.settings.currency);
    this.reviews = makeReviews(this.products);
    this.resetGalleries();
    const job = this.updateJob(id, { state: 'succeeded', done: 10, total: 10, step: 'jobs.step.done' });
    this.emit('db.changed', { tables: ['products', 'variants', 'images', 'reviews', 'orders', 'customers', 'jobs'] });
    return job;
  }

  private handle(method: Method, input: unknown): unknown {
    const handlers: { [M in Method]: Handler<M> } = {
      'app.info': () => ({ name: 'Storekeeper', version: '0.1.0', schemaVersion: 1, dataDir: '/home/merchant/.storekeeper', platform: 'linux', hasStore: this.hasStore }),
      'app.doctor': () => ({
        versions: { app: '0.1.0', node: '20.19.0', sqlite: '3.50.4', sharp: '0.35.5', libvips: '8.17.2', electron: null },
        integrity: 'ok',
        schemaVersion: 1,
        appSchemaVersion: 1,
        dbPath: '/home/merchant/.storekeeper/storekeeper.db',
        dbSizeBytes: 5_400_000,
        freeDiskBytes: 48_000_000_000,
      }),
      'settings.get': () => this.settings,
      'settings.update': (patch) => (this.settings = { ...this.settings, ...patch }),
      'demo.status': () => ({
        hasStore: this.hasStore,
        counts: {
          products: this.products.length,
          variants: this.products.reduce((n, p) => n + p.variants.length, 0),
          images: this.products.reduce((n, p) => n + p.images.length, 0),
          reviews: this.reviews.filter((r) => r.kind === 'review').length,
          questions: this.reviews.filter((r) => r.kind === 'question').length,
          orders: this.hasStore ? 240 : 0,
          customers: this.hasStore ? 96 : 0,
        },
      }),
      'demo.create': () => {
        const now = isoAt(5000);
        const job: Job = { id: this.nextJobId++, kind: 'demo.create', state: 'queued', done: 0, total: 0, step: null, attempts: 0, error: null, createdAt: now, updatedAt: now };
        this.jobs.unshift(job);
        return { jobId: job.id };
      },
      'jobs.list': ({ states, limit }) => this.jobs.filter((j) => !states || states.includes(j.state)).slice(0, limit),
      'jobs.cancel': ({ id }) => {
        const job = this.jobs.find((j) => j.id === id);
        if (!job) throw new ApiError('not_found', `job ${id}`, { i18nKey: 'errors.job_not_found' });
        if (job.state !== 'queued' && job.state !== 'running') {
          throw new ApiError('conflict', `job ${id} finished`, { i18nKey: 'errors.job_not_cancellable' });
        }
        return this.updateJob(id, { state: 'cancelled' });
      },
      'catalog.listProducts': ({ q, status, tag, hasNoImages, missingAlt, lowRating, sort, limit, after }) => {
        const needle = q?.toLocaleLowerCase();
        const rating = (id: number) => {
          const rated = this.reviews.filter((r) => r.productId === id && r.status === 'approved' && r.rating !== null);
          return rated.length ? rated.reduce((n, r) => n + (r.rating ?? 0), 0) / rated.length : null;
        };
        const compare: Record<typeof sort, (a: ProductDetail, b: ProductDetail) => number> = {
          updated_desc: (a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id - a.id,
          title_asc: (a, b) => a.title.localeCompare(b.title) || a.id - b.id,
          title_desc: (a, b) => b.title.localeCompare(a.title) || b.id - a.id,
          price_asc: (a, b) => (a.minPriceMinor ?? 0) - (b.minPriceMinor ?? 0) || a.id - b.id,
          price_desc: (a, b) => (b.minPriceMinor ?? 0) - (a.minPriceMinor ?? 0) || b.id - a.id,
          created_desc: (a, b) => b.id - a.id,
        };
        const rows = [...this.products]
          .sort(sort === 'updated_desc' ? () => 0 : compare[sort])
          .filter((p) => !status || p.status === status)
          .filter((p) => !tag || p.tags.includes(tag))
          .filter((p) => !hasNoImages || this.gallery(p.id).length === 0)
          .filter((p) => !missingAlt || this.gallery(p.id).some((i) => !i.alt.en?.trim()))
          .filter((p) => !lowRating || (rating(p.id) ?? 5) < 3)
          .filter((p) => !needle || [p.title, p.handle, ...p.tags, ...p.variants.map((v) => v.sku)].some((s) => s.toLocaleLowerCase().includes(needle)))
          .map(({ titles: _t, descriptions: _d, tags: _g, options: _o, variants: _v, images: _i, ...row }) => row);
        return page(rows, limit, after);
      },
      'catalog.getProduct': ({ id }) => {
        const product = this.products.find((p) => p.id === id);
        if (!product) throw new ApiError('not_found', `product ${id}`, { i18nKey: 'errors.product_not_found' });
        return product;
      },
      'catalog.updateProduct': ({ id, patch }) => {
        const index = this.products.findIndex((p) => p.id === id);
        if (index === -1) throw new ApiError('not_found', `product ${id}`, { i18nKey: 'errors.product_not_found' });
        const updated = { ...this.products[index], ...patch, updatedAt: isoAt(9000 + this.calls.length) };
        this.products[index] = updated;
        this.outbox.unshift(makeOutboxOp(this.outbox.length + 1, id, patch));
        return updated;
      },
      // Catalog editing (issue 3): enough for screens to render; the node tests cover behaviour.
      'catalog.typeahead': ({ q, limit }) =>
        this.products
          .filter((p) => p.title.toLocaleLowerCase().includes(q.toLocaleLowerCase()))
          .slice(0, limit)
          .map((p) => ({ id: p.id, title: p.title, handle: p.handle, sku: p.variants[0]?.sku ?? null, thumbnailUrl: p.thumbnailUrl })),
      'catalog.listCollections': () => [],
      'catalog.listTags': () => {
        const counts = new Map<string, number>();
        for (const p of this.products) for (const tag of p.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
        return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([name, productCount]) => ({ name, productCount }));
      },
      'catalog.saveProduct': () => {
        throw new ApiError('internal', 'catalog.saveProduct is not faked');
      },
      'catalog.bulkPreview': () => ({ affected: 0, clamped: 0, sample: [] }),
      'catalog.bulkApply': () => ({ affected: 0, clamped: 0, batchId: null }),
      'catalog.duplicateProduct': () => {
        throw new ApiError('internal', 'catalog.duplicateProduct is not faked');
      },
      'catalog.deleteProducts': ({ ids }) => ({ deleted: ids.length }),
      'catalog.restoreProducts': ({ ids }) => ({ restored: ids.length }),
      'catalog.listDeleted': () => ({ items: [], next: null }),
      'catalog.undo': () => {
        const batch = this.batches.pop();
        if (!batch) return { batch: null };
        batch.undo();
        batch.entry = { ...batch.entry, undoneAt: isoAt(9500 + this.calls.length) };
        this.undone.push(batch);
        return { batch: batch.entry };
      },
      'catalog.redo': () => {
        const batch = this.undone.pop();
        if (!batch) return { batch: null };
        batch.redo();
        batch.entry = { ...batch.entry, undoneAt: null };
        this.batches.push(batch);
        return { batch: batch.entry };
      },
      'catalog.history': ({ limit }) =>
        [...this.undone, ...[...this.batches].reverse()].map((b) => b.entry).slice(0, limit),
      'audit.summary': () => {
        const images = this.products.flatMap((p) => p.images);
        return {
          images: images.length,
          missingAlt: images.filter((i) => !i.alt.en).length,
          filenameAlt: images.length > 0 ? 1 : 0,
          duplicateImages: 0,
          tinyImages: images.filter((i) => i.width < 200).length,
          lastRunAt: images.length > 0 ? isoAt(3000) : null,
        };
      },
      'moderation.listReviews': ({ status, kind, limit, after }) =>
        page(this.reviews.filter((r) => (!status || r.status === status) && (!kind || r.kind === kind)), limit, after),
      'metrics.summary': () =>
        this.hasStore
          ? { currency: this.settings.currency, orders: 240, customers: 96, grossSalesMinor: 1_254_300, refundsMinor: 38_900, aovMinor: 5226, checkouts: 400, abandonedCheckouts: 160, averageRating: 4.26, firstOrderAt: isoAt(-525_600), lastOrderAt: isoAt(0) }
          : { currency: this.settings.currency, orders: 0, customers: 0, grossSalesMinor: 0, refundsMinor: 0, aovMinor: null, checkouts: 0, abandonedCheckouts: 0, averageRating: null, firstOrderAt: null, lastOrderAt: null },
      'sync.status': () => ({
        stores: [],
        pendingOps: this.outbox.filter((o) => o.state === 'pending').length,
        conflicts: this.outbox.filter((o) => o.state === 'conflict').length,
        rejected: this.outbox.filter((o) => o.state === 'rejected').length,
      }),
      'sync.listOutbox': ({ state, limit }) => this.outbox.filter((o) => !state || o.state === state).slice(0, limit),
      // Photos: galleries as core keeps them; every edit is one undo step.
      'media.previewImport': () => ({ matches: [], unmatched: [], rejectedEarly: [] }),
      'media.import': () => ({ jobId: 1 }),
      'media.importStatus': ({ jobId }) => ({
        jobId, state: 'succeeded', total: 0, done: 0, currentFile: null, startedAt: null, etaSeconds: null,
        imported: [], duplicates: [], rejected: [],
      }),
      'media.listImages': ({ productId }) =>
        productId !== undefined ? this.gallery(productId) : this.products.flatMap((p) => this.gallery(p.id)),
      'media.reorder': ({ productId, imageIds }) => {
        const current = this.gallery(productId);
        const same = imageIds.length === current.length && new Set(imageIds).size === imageIds.length && imageIds.every((id) => current.some((i) => i.id === id));
        if (!same) throw new ApiError('conflict', 'imageIds must be exactly the product images', { i18nKey: 'errors.image_order_mismatch' });
        const { undo, redo } = this.editOrder(productId, imageIds.map((id) => current.find((i) => i.id === id)!));
        this.record('history.media_reorder', {}, undo, redo);
        return this.gallery(productId);
      },
      'media.setPrimary': ({ imageId }) => {
        const image = this.findImage(imageId);
        const current = this.gallery(image.productId);
        const { undo, redo } = this.editOrder(image.productId, [image, ...current.filter((i) => i.id !== imageId)]);
        this.record('history.media_set_primary', {}, undo, redo);
        return this.gallery(image.productId);
      },
      'media.bindVariants': ({ imageId }) => this.gallery(this.findImage(imageId).productId),
      'media.setAlt': ({ imageId, locale, alt }) => {
        const image = this.findImage(imageId);
        const before = image.alt[locale];
        const write = (value: string | null) => {
          const images = this.gallery(image.productId).map((i) => (i.id === imageId ? { ...i, alt: { ...i.alt, [locale]: value } } : i));
          this.galleries.set(image.productId, images);
        };
        const after = alt === '' ? null : alt;
        write(after);
        this.record('history.media_set_alt', {}, () => write(before), () => write(after));
        return this.findImage(imageId);
      },
      'media.bulkAltPreview': () => ({ rows: [] }),
      'media.bulkAltApply': () => ({ updated: 0 }),
      'media.remove': ({ imageIds }) => ({ removed: imageIds.length }),
      // The renderer has no CSV screens yet: the fake refuses like a store without the file would.
      'catalog.previewShopifyCsv': ({ path }) => {
        throw new ApiError('not_found', `no file ${path}`, { i18nKey: 'errors.not_found' });
      },
      'catalog.importShopifyCsv': ({ path }) => {
        throw new ApiError('not_found', `no file ${path}`, { i18nKey: 'errors.not_found' });
      },
      'catalog.exportShopifyCsv': ({ path }) => {
        throw new ApiError('not_found', `cannot write ${path}`, { i18nKey: 'errors.not_found' });
      },
    };
    return (handlers[method] as (input: unknown) => unknown)(input);
  }
}
