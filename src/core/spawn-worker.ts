import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread from a built `.js` entry, or — in tests and `tsx` runs — from the
 * TypeScript source through tsx's require hook. (`execArgv: ['--import','tsx']` is not
 * honoured by worker threads on Node 20, hence the small eval shim.)
 */
export function spawnWorker(entry: string, options: WorkerOptions = {}): Worker {
  if (!entry.endsWith('.ts')) return new Worker(entry, options);
  const shim = `require('tsx/cjs'); require(${JSON.stringify(entry)});`;
  return new Worker(shim, { ...options, eval: true });
}
