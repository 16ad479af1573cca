import { existsSync } from 'node:fs';
import type { Backend } from '../core/backend-types';
import { APP_VERSION, BUILT_BACKEND_THREAD, stderrLogger } from './app-meta';
import { CommandFailure } from './errors';

export interface OpenBackendOptions {
  dataDir: string;
  /** Start the job runner (demo, serve). */
  runJobs: boolean;
  /** Run the backend in a worker thread when the built entry exists (serve). */
  preferThread?: boolean;
  verbose?: boolean;
}

/**
 * Opens (and on first use initialises) the data folder. `serve` keeps SQL and image
 * work off the thread that answers HTTP, like the Electron shell does; one-shot
 * commands run in-process, which is simpler and starts faster.
 */
export async function openBackend(opts: OpenBackendOptions): Promise<Backend> {
  const base = {
    dataDir: opts.dataDir,
    appVersion: APP_VERSION,
    electronVersion: process.versions.electron ?? null,
    runJobs: opts.runJobs,
  };
  try {
    // Loaded on demand: `--help` and usage errors must not pay for SQLite and sharp.
    if (opts.preferThread && existsSync(BUILT_BACKEND_THREAD)) {
      const { startBackendThread } = await import('../core/backend-thread');
      return await startBackendThread(base, BUILT_BACKEND_THREAD);
    }
    const { createBackend } = await import('../core/backend');
    return await createBackend({ ...base, logger: stderrLogger(opts.verbose ?? false) });
  } catch (err) {
    throw new CommandFailure(
      `cannot open the data folder ${opts.dataDir}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}
