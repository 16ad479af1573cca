import type Database from 'better-sqlite3';
import type { EventName, Method, ParsedInput, Output, EventPayload } from '../shared/api';
import type { Clock, Logger } from './ports';
import type { JobQueue } from './jobs/queue';
import type { WorkerPool } from './jobs/pool';

export type DB = Database.Database;

/** Typed emitter for push events; dispatch and jobs publish, transports subscribe. */
export interface EventBus {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  on(listener: (event: EventName, payload: unknown) => void): () => void;
}

export function createEventBus(): EventBus {
  const listeners = new Set<(event: EventName, payload: unknown) => void>();
  return {
    emit(event, payload) {
      for (const l of listeners) l(event, payload);
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Everything a handler may use. Built once per backend. */
export interface Ctx {
  db: DB;
  dataDir: string;
  mediaDir: string;
  dbPath: string;
  appVersion: string;
  clock: Clock;
  logger: Logger;
  events: EventBus;
  jobs: JobQueue;
  /** The worker_threads pool for CPU-heavy work (sharp, hashing); started on first use. */
  workers: () => WorkerPool;
}

/** One function per contract method; a missing one is a compile error in backend.ts. */
export type Handlers = {
  [M in Method]: (input: ParsedInput<M>, ctx: Ctx) => Promise<Output<M>> | Output<M>;
};
export type HandlersFor<M extends Method> = Pick<Handlers, M>;
