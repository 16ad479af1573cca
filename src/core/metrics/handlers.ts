import type { HandlersFor } from '../context';
import { metricsSummary } from './service';

/** Metrics methods: contract → service. */
export const metricsHandlers = {
  'metrics.summary': (_input, ctx) => metricsSummary(ctx.db),
} satisfies HandlersFor<'metrics.summary'>;
