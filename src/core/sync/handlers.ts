import type { HandlersFor } from '../context';
import { listOutbox, syncStatus } from './service';

/** Sync methods: contract → service. Push and pull arrive with the first connector. */
export const syncHandlers = {
  'sync.status': (_input, ctx) => syncStatus(ctx.db),
  'sync.listOutbox': (input, ctx) => listOutbox(ctx.db, input),
} satisfies HandlersFor<'sync.status' | 'sync.listOutbox'>;
