import type { HandlersFor } from '../context';
import { auditSummary } from './service';

/** Audit methods: contract → service. */
export const auditHandlers = {
  'audit.summary': (_input, ctx) => auditSummary(ctx.db),
} satisfies HandlersFor<'audit.summary'>;
