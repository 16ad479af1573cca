// `npm run web [-- --port N --data-dir DIR --no-open]`: builds if out/ is missing or
// stale, then serves the back office to a browser through `storekeeper serve`, which
// prints the address to open.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildIfNeeded, ROOT } from './build-freshness.mjs';

if (!buildIfNeeded()) process.exit(1);

const child = spawn(
  process.execPath,
  [join(ROOT, 'bin', 'storekeeper.mjs'), 'serve', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
// Ctrl+C reaches the child directly; pass on a SIGTERM sent to this script alone.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
