import { z } from 'zod';
import type { Method, Table } from './methods';
import { Empty, Id, Page } from '../schemas/common';
import {
  AppInfo,
  DemoCreateInput,
  DemoStatus,
  Doctor,
  Settings,
  SettingsPatch,
} from '../schemas/app';
import { Job, JobRef, JobState } from '../schemas/job';
import {
  ListProductsInput,
  ProductDetail,
  ProductRow,
  UpdateProductInput,
} from '../schemas/catalog';
import {
  AuditSummary,
  ListOutboxInput,
  ListReviewsInput,
  MetricsSummary,
  OutboxOp,
  ReviewRow,
  SyncStatus,
} from '../schemas/domain-summaries';

export interface QueryEntry<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  kind: 'query';
  input: I;
  output: O;
  /** Tables this query reads: a `db.changed` event naming one refetches it. */
  reads: readonly Table[];
}
export interface MutationEntry<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  kind: 'mutation';
  input: I;
  output: O;
  /** Tables this mutation writes: dispatch announces them in `db.changed`. */
  invalidates: readonly Table[];
}
export type ContractEntry = QueryEntry | MutationEntry;

const query = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, reads: Table[]) =>
  ({ kind: 'query', input, output, reads }) as const;
const mutation = <I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  invalidates: Table[],
) => ({ kind: 'mutation', input, output, invalidates }) as const;

export const contract = {
  /** Name, version, data folder and schema version of the running backend. */
  'app.info': query(Empty, AppInfo, ['settings', 'products']),
  /** Versions, `PRAGMA integrity_check`, schema version and free disk (the CLI `doctor`). */
  'app.doctor': query(Empty, Doctor, []),
  /** Merchant preferences: language, theme, numbering system, store name, currency. */
  'settings.get': query(Empty, Settings, ['settings']),
  /** Changes some preferences and returns all of them. */
  'settings.update': mutation(SettingsPatch, Settings, ['settings']),
  /** Whether a store exists in this data folder, with row counts. */
  'demo.status': query(Empty, DemoStatus, ['products', 'orders', 'reviews', 'images']),
  /** Creates (or resets to) the seeded demo store as a background job. */
  'demo.create': mutation(DemoCreateInput, JobRef, ['jobs']),
  /** Recent jobs, newest first, optionally filtered by state. */
  'jobs.list': query(
    z.object({ states: z.array(JobState).optional(), limit: z.number().int().min(1).max(200).default(20) }),
    z.array(Job),
    ['jobs'],
  ),
  /** Asks a queued or running job to stop; it ends in state `cancelled`. */
  'jobs.cancel': mutation(z.object({ id: Id }), Job, ['jobs']),
  /** Keyset-paged product grid; `q` matches title, SKU, handle and tags via search_key. */
  'catalog.listProducts': query(ListProductsInput, Page(ProductRow), ['products', 'variants', 'images']),
  /** One product with its variants, options and images. */
  'catalog.getProduct': query(z.object({ id: Id }), ProductDetail, ['products', 'variants', 'images']),
  /** A merchant edit: writes the product and its outbox op in one transaction. */
  'catalog.updateProduct': mutation(UpdateProductInput, ProductDetail, ['products', 'outbox']),
  /** Catalog-wide alt-text and image-defect counts. */
  'audit.summary': query(Empty, AuditSummary, ['images', 'audit']),
  /** Keyset-paged reviews and Q&A, oldest pending first. */
  'moderation.listReviews': query(ListReviewsInput, Page(ReviewRow), ['reviews']),
  /** Headline CX figures over all orders. */
  'metrics.summary': query(Empty, MetricsSummary, ['orders', 'reviews']),
  /** Connected stores, pending/conflicting/rejected op counts. */
  'sync.status': query(Empty, SyncStatus, ['outbox']),
  /** The local outbox, newest first. */
  'sync.listOutbox': query(ListOutboxInput, z.array(OutboxOp), ['outbox']),
} as const satisfies Record<Method, ContractEntry>;

export type Contract = typeof contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;
