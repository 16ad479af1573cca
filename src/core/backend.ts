import { purgeDeletedProducts } from './catalog/recycle-bin';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { realpath } from 'node:fs/promises';
import { ApiError } from '../shared/api/errors';
import type { Backend, BackendOptions } from './backend-types';
import { createEventBus, type Ctx, type Handlers } from './context';
import { createDispatcher } from './dispatch';
import { openDatabase } from './db/open';
import { consoleLogger, systemClock } from './ports';
import { createJobQueue } from './jobs/queue';
import { createWorkerPool, type WorkerPool } from './jobs/pool';
import { jobsHandlers } from './jobs/handlers';
import { demoCreateTask } from './jobs/tasks/demo-create';
import { mediaTasks } from './media/tasks';
import { catalogIoTasks } from './catalog-io/tasks';
import { mediaHandlers } from './media/handlers';
import { sweepMedia } from './media/sweep';
import { catalogIoHandlers } from './catalog-io/handlers';
import { createAppHandlers } from './app/handlers';
import { settingsHandlers } from './settings/handlers';
import { catalogHandlers } from './catalog/handlers';
import { auditHandlers } from './audit/handlers';
import { moderationHandlers } from './moderation/handlers';
import { metricsHandlers } from './metrics/handlers';
import { syncHandlers } from './sync/handlers';

export const DB_FILE = 'storekeeper.db';

/**
 * Builds the whole backend for one data folder: opens and migrates the database, wires
 * every domain's handlers (a missing one is a compile error via `satisfies Handlers`),
 * the job queue and the event bus. If the database cannot be used (too new, corrupt),
 * the backend still starts and answers every call with that error, so each transport
 * can show the matching screen instead of crashing.
 */
export async function createBackend(opts: BackendOptions): Promise<Backend> {
  const dataDir = resolve(opts.dataDir);
  const mediaDir = join(dataDir, 'media');
  mkdirSync(mediaDir, { recursive: true });
  const dbPath = join(dataDir, DB_FILE);
  const logger = opts.logger ?? consoleLogger;
  const clock = opts.clock ?? systemClock;
  const events = createEventBus();

  let startupError: ApiError | null = null;
  let ctx: Ctx | null = null;
  let pool: WorkerPool | null = null;
  const workers = () => (pool ??= createWorkerPool({ entry: jobsWorkerEntry() }));
  try {
    const { db } = await openDatabase(dbPath);
    const tasks = {
      'demo.create': demoCreateTask(() => ctx!),
      ...mediaTasks(() => ctx!),
      ...catalogIoTasks(() => ctx!),
    };
    const jobs = createJobQueue(db, tasks, {
      clock,
      logger,
      emit: (job) => events.emit('jobs.progress', job),
    });
    ctx = { db, dataDir, mediaDir, dbPath, appVersion: opts.appVersion, clock, logger, events, jobs, workers };
    purgeDeletedProducts(db, clock); // the recycle bin keeps products 30 days
  } catch (e) {
    startupError =
      e instanceof ApiError ? e : new ApiError('internal', (e as Error)?.message ?? String(e), { i18nKey: 'errors.startup_failed' });
    logger.error('backend failed to start', { error: (e as Error)?.stack ?? String(e) });
  }

  const handlers = {
    ...createAppHandlers(opts.electronVersion ?? null),
    ...settingsHandlers,
    ...jobsHandlers,
    ...catalogHandlers,
    ...catalogIoHandlers,
    ...mediaHandlers,
    ...auditHandlers,
    ...moderationHandlers,
    ...metricsHandlers,
    ...syncHandlers,
  } satisfies Handlers;

  const dispatcher = createDispatcher(handlers, () => ctx!, {
    validateOutput: opts.validateOutput ?? true,
    blockedBy: () => startupError,
  });
  if (ctx && opts.runJobs !== false) ctx.jobs.start();
  if (ctx) void sweepMedia(ctx).catch((e) => logger.warn('media sweep failed', { error: String(e) })); // not awaited: startup never waits on disk walks

  const filesRoot = join(mediaDir, 'files');
  return {
    dataDir,
    dispatch: (method, raw) => dispatcher.dispatch(method, raw),
    onEvent: (listener) => events.on(listener),
    resolveMedia: (urlPath) => resolveMediaPath(filesRoot, urlPath),
    async close() {
      if (!ctx) return;
      await ctx.jobs.stop();
      await pool?.close();
      ctx.db.close();
      ctx = null;
      startupError = new ApiError('cancelled', 'backend closed');
    },
  };
}

/** Built bundle: out/main/jobs-worker.js beside this file; tests and tsx: the TypeScript source. */
function jobsWorkerEntry(): string {
  const built = join(__dirname, 'jobs-worker.js');
  return existsSync(built) ? built : join(__dirname, 'jobs', 'worker-entry.ts');
}

const MEDIA_URL = /^\/?media\/([0-9a-f]{64})\.(jpg|jpeg|png|webp|avif)$/;

/**
 * Media URLs name content: `/media/<sha256>.<ext>` → files/<aa>/<sha256>.<ext>. Anything
 * else, or a path that resolves outside the media folder (symlinks), is refused.
 */
export async function resolveMediaPath(filesRoot: string, urlPath: string): Promise<string | null> {
  const m = MEDIA_URL.exec(urlPath);
  if (!m) return null;
  const candidate = join(filesRoot, m[1].slice(0, 2), `${m[1]}.${m[2]}`);
  try {
    const [real, root] = await Promise.all([realpath(candidate), realpath(filesRoot)]);
    return real.startsWith(root + sep) ? real : null;
  } catch {
    return null;
  }
}

// Defined in media/url.ts so domain services can build URLs without importing the backend.
export { mediaUrl } from './media/url';
