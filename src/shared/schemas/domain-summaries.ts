import { z } from 'zod';
import { Id, IsoDateTime, MinorUnits, PageRequest } from './common';

/** Catalog-wide alt-text and image-defect counts for the Accessibility section. */
export const AuditSummary = z.object({
  images: z.number().int(),
  missingAlt: z.number().int(),
  filenameAlt: z.number().int(),
  duplicateImages: z.number().int(),
  tinyImages: z.number().int(),
  lastRunAt: IsoDateTime.nullable(),
});

export const ReviewStatus = z.enum(['pending', 'approved', 'rejected', 'flagged']);
export const ReviewKind = z.enum(['review', 'question', 'answer']);

export const ReviewRow = z.object({
  id: Id,
  kind: ReviewKind,
  productId: Id,
  productTitle: z.string(),
  author: z.string(),
  rating: z.number().int().min(1).max(5).nullable(),
  title: z.string().nullable(),
  body: z.string(),
  language: z.string(),
  status: ReviewStatus,
  reasonCodes: z.array(z.string()),
  createdAt: IsoDateTime,
});

export const ListReviewsInput = PageRequest.extend({
  status: ReviewStatus.optional(),
  kind: ReviewKind.optional(),
});

export const MetricsSummary = z.object({
  currency: z.string(),
  orders: z.number().int(),
  customers: z.number().int(),
  grossSalesMinor: MinorUnits,
  refundsMinor: MinorUnits,
  aovMinor: MinorUnits.nullable(),
  checkouts: z.number().int(),
  abandonedCheckouts: z.number().int(),
  averageRating: z.number().nullable(),
  firstOrderAt: IsoDateTime.nullable(),
  lastOrderAt: IsoDateTime.nullable(),
});

export const OutboxState = z.enum(['pending', 'inflight', 'acked', 'conflict', 'rejected']);

export const OutboxOp = z.object({
  opId: z.uuid(),
  seq: z.number().int(),
  entity: z.string(),
  entityId: z.string(),
  kind: z.enum(['create', 'update', 'delete']),
  patch: z.record(z.string(), z.unknown()),
  base: z.record(z.string(), z.unknown()),
  state: OutboxState,
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: IsoDateTime,
});

export const SyncStatus = z.object({
  stores: z.array(
    z.object({ id: Id, platform: z.string(), name: z.string(), state: z.string() }),
  ),
  pendingOps: z.number().int(),
  conflicts: z.number().int(),
  rejected: z.number().int(),
});

export const ListOutboxInput = z.object({
  state: OutboxState.optional(),
  limit: z.number().int().min(1).max(500).default(100),
});
