import type { HandlersFor } from '../context';

/** Job list and cancel; progress itself arrives as `jobs.progress` events. */
export const jobsHandlers = {
  'jobs.list': ({ states, limit }, ctx) => ctx.jobs.list(states, limit),
  'jobs.cancel': ({ id }, ctx) => ctx.jobs.cancel(id),
} satisfies HandlersFor<'jobs.list' | 'jobs.cancel'>;
