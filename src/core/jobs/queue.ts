import { ApiError } from '../../shared/api/errors';
import type { Job, JobState } from '../../shared/schemas/job';
import type { JobKind, JOB_STEPS } from '../../shared/i18n/core-keys';
import type { Clock, Logger } from '../ports';
import type { DB } from '../db/open';
import { jobsRepo, type StoredJob } from './repo';

export type JobStep = (typeof JOB_STEPS)[number];

export interface TaskRun {
  job: StoredJob;
  params: unknown;
  signal: AbortSignal;
  /** Reports progress; cheap to call often (writes and events are throttled). */
  progress(done: number, total: number, step?: JobStep): void;
}
export type TaskFn = (run: TaskRun) => Promise<unknown>;

export interface JobQueue {
  enqueue(kind: JobKind, params: unknown, opts?: { maxAttempts?: number }): Job;
  get(id: number): Job | null;
  list(states: JobState[] | undefined, limit: number): Job[];
  cancel(id: number): Job;
  /** Resolves when the queue has nothing queued or running (tests, CLI). */
  idle(): Promise<void>;
  wait(id: number): Promise<Job>;
  start(): void;
  stop(): Promise<void>;
}

const PROGRESS_INTERVAL_MS = 150;

/**
 * A persistent queue running one job at a time in this (backend) thread. Heavy CPU work
 * inside a task goes to the worker pool; the queue only sequences, records and reports.
 * Jobs survive restarts: a job found `running` at start was interrupted and runs again.
 */
export function createJobQueue(
  db: DB,
  tasks: Partial<Record<JobKind, TaskFn>>,
  deps: { clock: Clock; logger: Logger; emit: (job: Job) => void },
): JobQueue {
  const repo = jobsRepo(db);
  const now = () => new Date(deps.clock.now()).toISOString();
  const controllers = new Map<number, AbortController>();
  const waiters = new Set<() => void>();
  let running: Promise<void> | null = null;
  let started = false;
  let stopping = false;

  const publish = (id: number) => {
    const job = repo.get(id);
    if (job) deps.emit(publicJob(job));
  };
  const notify = () => {
    if (running) return;
    for (const w of [...waiters]) w();
  };

  async function runOne(job: StoredJob): Promise<void> {
    const task = tasks[job.kind as JobKind];
    const controller = new AbortController();
    controllers.set(job.id, controller);
    repo.update(job.id, { state: 'running', attempts: job.attempts + 1, started_at: now(), error_json: null }, now());
    publish(job.id);
    let lastWrite = 0;
    const progress: TaskRun['progress'] = (done, total, step) => {
      const t = deps.clock.now();
      if (t - lastWrite < PROGRESS_INTERVAL_MS && done < total) return;
      lastWrite = t;
      repo.update(job.id, step ? { done, total, step } : { done, total }, now());
      publish(job.id);
    };
    try {
      if (!task) throw new ApiError('internal', `no task registered for ${job.kind}`);
      const result = await task({ job, params: job.params, signal: controller.signal, progress });
      const final = repo.get(job.id)!;
      repo.update(job.id, { state: 'succeeded', done: final.total || final.done, step: 'done', finished_at: now(), result_json: JSON.stringify(result ?? null) }, now());
    } catch (e) {
      const cancelled = controller.signal.aborted || (e as Error)?.name === 'AbortError';
      const err = e instanceof ApiError ? e : null;
      if (!cancelled && !stopping) deps.logger.error('job failed', { id: job.id, kind: job.kind, error: (e as Error)?.stack ?? String(e) });
      // Stopping the backend is not a cancel: the job goes back to the queue and resumes.
      const interrupted = stopping && !repo.get(job.id)?.cancelRequested;
      repo.update(
        job.id,
        interrupted
          ? { state: 'queued' }
          : cancelled
          ? { state: 'cancelled', finished_at: now() }
          : {
              state: 'failed',
              finished_at: now(),
              error_json: JSON.stringify({
                code: err?.code ?? 'internal',
                i18nKey: err?.i18nKey ?? 'errors.internal',
                message: (e as Error)?.message ?? String(e),
              }),
            },
        now(),
      );
    } finally {
      controllers.delete(job.id);
      publish(job.id);
    }
  }

  function pump(): void {
    if (!started || stopping || running) return;
    const next = repo.nextQueued();
    if (!next) return notify();
    running = runOne(next).finally(() => {
      running = null;
      pump();
      notify();
    });
  }

  return {
    enqueue(kind, params, opts = {}) {
      const job = repo.insert(kind, params, opts.maxAttempts ?? 3, now());
      deps.emit(publicJob(job));
      queueMicrotask(pump);
      return publicJob(job);
    },
    get: (id) => {
      const j = repo.get(id);
      return j ? publicJob(j) : null;
    },
    list: (states, limit) => repo.list(states, limit).map(publicJob),
    cancel(id) {
      const job = repo.get(id);
      if (!job) throw new ApiError('not_found', `job ${id} not found`, { i18nKey: 'errors.job_not_found', params: { id } });
      if (job.state !== 'queued' && job.state !== 'running') {
        throw new ApiError('conflict', `job ${id} is ${job.state}`, { i18nKey: 'errors.job_not_cancellable', params: { id } });
      }
      repo.update(id, job.state === 'queued' ? { state: 'cancelled', cancel_requested: 1, finished_at: now() } : { cancel_requested: 1 }, now());
      controllers.get(id)?.abort();
      publish(id);
      return publicJob(repo.get(id)!);
    },
    idle: () =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (!running && !repo.nextQueued()) {
            waiters.delete(check);
            resolve();
          }
        };
        waiters.add(check);
        check();
      }),
    async wait(id) {
      for (;;) {
        const job = repo.get(id);
        if (!job) throw new ApiError('not_found', `job ${id} not found`, { i18nKey: 'errors.job_not_found', params: { id } });
        if (job.state !== 'queued' && job.state !== 'running') return publicJob(job);
        await new Promise<void>((resolve) => {
          const w = () => {
            waiters.delete(w);
            resolve();
          };
          waiters.add(w);
          setTimeout(w, 200);
        });
      }
    },
    start() {
      if (started) return;
      started = true;
      const resumed = repo.requeueInterrupted(now());
      if (resumed > 0) deps.logger.info('resuming interrupted jobs', { count: resumed });
      pump();
    },
    async stop() {
      stopping = true;
      for (const c of controllers.values()) c.abort();
      await running;
    },
  };
}

function publicJob(j: StoredJob): Job {
  return {
    id: j.id,
    kind: j.kind,
    state: j.state,
    done: j.done,
    total: j.total,
    step: j.step ? `jobs.step.${j.step}` : null,
    attempts: j.attempts,
    error: j.error,
    createdAt: j.createdAt,
    updatedAt: j.updatedAt,
  };
}
