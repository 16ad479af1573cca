import type { z } from 'zod';
import type { AuditSummary } from '../../shared/schemas/domain-summaries';
import type { DB } from '../db/open';
import { readAuditCounts } from './repo';

/** Catalog-wide alt-text and image-defect counts (accessibility.md). */
export function auditSummary(db: DB): z.output<typeof AuditSummary> {
  const c = readAuditCounts(db);
  return {
    images: c.images,
    missingAlt: c.missing_alt,
    filenameAlt: c.filename_alt,
    duplicateImages: c.duplicate_images,
    tinyImages: c.tiny_images,
    lastRunAt: c.last_run_at,
  };
}
