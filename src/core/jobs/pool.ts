import { cpus } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { spawnWorker } from '../spawn-worker';

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
}
interface Slot {
  worker: Worker;
  inFlight: Map<number, Pending>;
}

export interface WorkerPool {
  /** Runs a named worker task (see worker-tasks.ts) on the least-loaded worker. */
  run<T>(task: string, payload: unknown, transfer?: ArrayBuffer[]): Promise<T>;
  readonly size: number;
  close(): Promise<void>;
}

/**
 * A fixed pool of worker_threads for CPU-heavy work (sharp, hashing, audits), with request
 * ids and least-loaded dispatch (Signal's MainSQL, Bruno's pool). worker_threads behave the
 * same in Electron main, the Node host and vitest, which utilityProcess does not.
 */
export function createWorkerPool(opts: { entry: string; size?: number; maxOldGenerationSizeMb?: number }): WorkerPool {
  const size = Math.max(1, opts.size ?? Math.min(2, cpus().length));
  let nextId = 1;
  let closed = false;

  const spawn = (): Slot => {
    const worker = spawnWorker(opts.entry, {
      resourceLimits: { maxOldGenerationSizeMb: opts.maxOldGenerationSizeMb ?? 512 },
    });
    const slot: Slot = { worker, inFlight: new Map() };
    worker.on('message', (msg: { id: number; ok: boolean; value?: unknown; error?: { message: string; name: string } }) => {
      const p = slot.inFlight.get(msg.id);
      if (!p) return;
      slot.inFlight.delete(msg.id);
      if (msg.ok) p.resolve(msg.value);
      else p.reject(Object.assign(new Error(msg.error?.message ?? 'worker task failed'), { name: msg.error?.name ?? 'Error' }));
    });
    // A crashed worker fails its in-flight tasks and is replaced, so one bad input cannot
    // take the pool down.
    worker.on('exit', (code) => {
      for (const p of slot.inFlight.values()) p.reject(new Error(`worker exited with code ${code}`));
      slot.inFlight.clear();
      if (!closed) slots[slots.indexOf(slot)] = spawn();
    });
    return slot;
  };
  const slots: Slot[] = Array.from({ length: size }, spawn);

  return {
    size,
    run<T>(task: string, payload: unknown, transfer: ArrayBuffer[] = []) {
      if (closed) return Promise.reject(new Error('pool is closed'));
      const slot = slots.reduce((a, b) => (b.inFlight.size < a.inFlight.size ? b : a));
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        slot.inFlight.set(id, { resolve: resolve as (v: unknown) => void, reject });
        slot.worker.postMessage({ id, task, payload }, transfer);
      });
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
