import { processIo } from './io';
import { runCli } from './run';

/**
 * Entry of the `storekeeper` command (bin/storekeeper.mjs runs this file through tsx,
 * or its build out/main/cli.js). `serve` returns only after a stop signal.
 */
void runCli(process.argv.slice(2), processIo).then((code) => {
  process.exitCode = code;
  // Exit explicitly so a lingering handle (a worker, a timer) cannot keep a finished
  // command alive, but only after stdout/stderr are flushed (pipes are async on Windows).
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
});
