import type { z } from 'zod';
import type { ListReviewsInput, ReviewRow } from '../../shared/schemas/domain-summaries';
import type { DB } from '../db/open';
import { decodeCursor, pageOf } from '../paging/cursor';
import { listReviewRows, type ReviewListRow } from './repo';
import { parseReasonCodes } from './rules/reason-codes';

export function listReviews(db: DB, input: z.output<typeof ListReviewsInput>) {
  const rows = listReviewRows(db, {
    status: input.status,
    kind: input.kind,
    after: decodeCursor(input.after),
    limit: input.limit,
  });
  return pageOf(rows, input.limit, (r) => [r.created_at, r.id] as const, toReviewRow);
}

function toReviewRow(r: ReviewListRow): z.output<typeof ReviewRow> {
  return {
    id: r.id,
    kind: r.kind,
    productId: r.product_id,
    productTitle: r.product_title,
    author: r.author_name,
    rating: r.rating,
    title: r.title,
    body: r.body,
    language: r.language,
    status: r.status,
    reasonCodes: parseReasonCodes(r.reason_codes_json),
    createdAt: r.created_at,
  };
}
