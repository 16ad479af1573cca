import { join, resolve } from 'node:path';
import { version } from '../../package.json';
import type { Logger } from '../core/ports';

/**
 * Locations relative to this file. It sits one level below the app root both as a
 * source file (src/cli/) and in the build (out/main/cli.js), so `../..` is the root in
 * both cases.
 */
export const APP_VERSION: string = version;
export const APP_ROOT = resolve(__dirname, '..', '..');
export const RENDERER_DIR = join(APP_ROOT, 'out', 'renderer');
/** The built backend-thread entry sits next to the CLI bundle; absent when run from sources. */
export const BUILT_BACKEND_THREAD = join(__dirname, 'backend-thread.js');

/** Backend logs go to stderr so stdout stays machine-readable; info is only shown on request. */
export function stderrLogger(verbose: boolean): Logger {
  const write = (level: string, msg: string, data?: Record<string, unknown>) =>
    process.stderr.write(`storekeeper: ${level}: ${msg}${data ? ` ${JSON.stringify(data)}` : ''}\n`);
  return {
    info: (msg, data) => {
      if (verbose) write('info', msg, data);
    },
    warn: (msg, data) => write('warning', msg, data),
    error: (msg, data) => write('error', msg, data),
  };
}
