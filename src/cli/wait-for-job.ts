import type { Backend } from '../core/backend-types';
import type { Job } from '../shared/schemas/job';
import { CommandFailure } from './errors';

const TERMINAL = new Set<Job['state']>(['succeeded', 'failed', 'cancelled']);
/** Events carry progress; the poll only covers an event lost before we subscribed. */
const POLL_MS = 1000;

/**
 * Resolves with the job once it reaches a terminal state. `onProgress` sees each
 * distinct progress update. The subscription is made by the caller *before* it
 * enqueues the job (see `watchJobs`), so no update can be missed.
 */
export function watchJobs(backend: Backend) {
  const latest = new Map<number, Job>();
  const waiters = new Set<() => void>();
  const unsubscribe = backend.onEvent((event, payload) => {
    if (event !== 'jobs.progress') return;
    const job = payload as Job;
    latest.set(job.id, job);
    for (const wake of waiters) wake();
  });

  async function poll(jobId: number): Promise<void> {
    const reply = await backend.dispatch('jobs.list', { limit: 200 });
    if (!reply.ok) throw CommandFailure.fromEnvelope('jobs.list', reply.error);
    const job = (reply.value as Job[]).find((j) => j.id === jobId);
    if (job) latest.set(jobId, job);
  }

  async function waitFor(jobId: number, onProgress: (job: Job) => void): Promise<Job> {
    let shown = '';
    for (;;) {
      const job = latest.get(jobId);
      if (job) {
        const key = `${job.step}|${job.done}|${job.total}`;
        if (key !== shown) {
          shown = key;
          onProgress(job);
        }
        if (TERMINAL.has(job.state)) return job;
      }
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(wake);
          poll(jobId).then(resolve, resolve);
        }, POLL_MS);
        waiters.add(wake);
      });
    }
  }

  return { waitFor, stop: unsubscribe };
}
