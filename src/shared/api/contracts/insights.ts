import { z } from 'zod';
import type { InsightsMethod } from '../names-types';
import { query, type ContractEntry } from '../contract-entry';
import { Empty, Page } from '../../schemas/common';
import {
  AuditSummary,
  ListOutboxInput,
  ListReviewsInput,
  MetricsSummary,
  OutboxOp,
  ReviewRow,
  SyncStatus,
} from '../../schemas/domain-summaries';

/** Accessibility audit, moderation, metrics and sync (filled in by their own issues). */
export const insightsContract = {
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
} as const satisfies Record<InsightsMethod, ContractEntry>;
