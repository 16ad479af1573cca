import { z } from 'zod';
import { TABLES, type EventName } from './methods';
import { Job } from '../schemas/job';

/** Payload schemas of the push events (IPC `evt:*` in Electron, SSE on the host). */
export const eventSchemas = {
  /** A job changed state or progress. */
  'jobs.progress': Job,
  /** Tables a committed write touched; the renderer refetches queries reading them. */
  'db.changed': z.object({ tables: z.array(z.enum(TABLES)) }),
} as const satisfies Record<EventName, z.ZodType>;

export type EventPayload<E extends EventName> = z.output<(typeof eventSchemas)[E]>;
