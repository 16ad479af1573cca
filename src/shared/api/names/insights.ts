/** Accessibility audit, moderation, metrics and sync. */
export const INSIGHTS_METHODS = [
  'audit.summary',
  'moderation.listReviews',
  'metrics.summary',
  'sync.status',
  'sync.listOutbox',
] as const;
