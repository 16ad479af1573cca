import type { HandlersFor } from '../context';
import { listReviews } from './service';

/** Moderation methods: contract → service. */
export const moderationHandlers = {
  'moderation.listReviews': (input, ctx) => listReviews(ctx.db, input),
} satisfies HandlersFor<'moderation.listReviews'>;
