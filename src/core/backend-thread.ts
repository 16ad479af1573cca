import { spawnWorker } from './spawn-worker';
import type { Envelope, EventName } from '../shared/api';
import { ApiError } from '../shared/api/errors';
import type { Backend, BackendOptions } from './backend-types';

/** Messages between the routing thread and the backend thread. */
export type ToBackend =
  | { type: 'call'; id: number; method: string; raw: unknown }
  | { type: 'media'; id: number; path: string }
  | { type: 'close'; id: number };
export type FromBackend =
  | { type: 'ready' }
  | { type: 'reply'; id: number; value: unknown }
  | { type: 'event'; event: EventName; payload: unknown };

export type ThreadOptions = Omit<BackendOptions, 'clock' | 'logger' | 'secrets'>;

/**
 * Runs the whole backend (SQLite writer, jobs) in a worker thread so the thread that routes
 * IPC or HTTP never runs SQL or image work. Same `Backend` interface as in-process.
 * `entry` is the built backend-thread.js, or (tests, tsx) the .ts source.
 */
export function startBackendThread(opts: ThreadOptions, entry: string): Promise<Backend> {
  const worker = spawnWorker(entry, { workerData: opts });
  const pending = new Map<number, (value: unknown) => void>();
  const listeners = new Set<(event: EventName, payload: unknown) => void>();
  let nextId = 1;
  let exited = false;

  const send = (msg: Omit<ToBackend, 'id'> & { type: ToBackend['type'] }, fallback: unknown) =>
    new Promise<unknown>((resolve) => {
      if (exited) return resolve(fallback);
      const id = nextId++;
      pending.set(id, resolve);
      worker.postMessage({ ...msg, id });
    });

  return new Promise((resolveReady, rejectReady) => {
    worker.on('message', (msg: FromBackend) => {
      if (msg.type === 'ready') resolveReady(backend);
      else if (msg.type === 'reply') {
        pending.get(msg.id)?.(msg.value);
        pending.delete(msg.id);
      } else if (msg.type === 'event') for (const l of listeners) l(msg.event, msg.payload);
    });
    worker.on('error', (e) => rejectReady(e));
    worker.on('exit', () => {
      exited = true;
      const gone = new ApiError('internal', 'backend thread exited', { i18nKey: 'errors.startup_failed' }).toData();
      for (const resolve of pending.values()) resolve({ ok: false, error: gone });
      pending.clear();
    });

    const backend: Backend = {
      dataDir: opts.dataDir,
      dispatch: (method, raw) =>
        send({ type: 'call', method, raw } as ToBackend, {
          ok: false,
          error: new ApiError('internal', 'backend thread is not running', { i18nKey: 'errors.startup_failed' }).toData(),
        }) as Promise<Envelope<unknown>>,
      onEvent(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      resolveMedia: (path) => send({ type: 'media', path } as ToBackend, null) as Promise<string | null>,
      async close() {
        await send({ type: 'close' } as ToBackend, null);
        await worker.terminate();
      },
    };
  });
}
