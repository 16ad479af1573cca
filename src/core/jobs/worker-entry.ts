import { parentPort, threadId } from 'node:worker_threads';
import sharp from 'sharp';
import { workerTasks } from './worker-tasks';

// Parallelism comes from images in flight across workers, not libvips threads (platform.md §1).
sharp.concurrency(1);

parentPort?.on('message', async (msg: { id: number; task: string; payload: unknown }) => {
  const fn = workerTasks[msg.task];
  try {
    if (!fn) throw new Error(`unknown worker task ${msg.task}`);
    const value = await (fn as (p: unknown) => unknown)(msg.payload);
    parentPort!.postMessage({ id: msg.id, ok: true, value: msg.task === 'ping' ? { ...(value as object), threadId } : value });
  } catch (e) {
    const err = e as Error;
    parentPort!.postMessage({ id: msg.id, ok: false, error: { message: err.message, name: err.name } });
  }
});
