/**
 * Child process for test/node/kill9.test.ts: applies the scripted edits through
 * applyEdit, forever, printing each edit's number once its transaction has committed
 * (or was refused as a whole). The parent kills it with SIGKILL at random moments.
 *
 * usage: node --import tsx test/node/helpers/edit-loop.ts <dbfile> <firstEdit> <seed>
 */
import { ApiError } from '../../../src/shared/api/errors';
import { openDatabase } from '../../../src/core/db/open';
import { applyEdit } from '../../../src/core/mutations';
import { systemClock } from '../../../src/core/ports';
import { editFor } from './kill9-edits';

async function main(): Promise<void> {
  const [file, firstArg, seedArg] = process.argv.slice(2);
  const { db } = await openDatabase(file);
  const seed = Number(seedArg);
  // Pipes are synchronous on Linux, so a printed number is never ahead of its commit.
  process.stdout.write('ready\n');
  for (let k = Number(firstArg); ; k++) {
    const edit = editFor(seed, k);
    try {
      applyEdit(db, { entity: 'product', entityId: edit.product + 1, patch: edit.patch, clock: systemClock });
    } catch (e) {
      if (!(e instanceof ApiError && e.code === 'conflict')) throw e;
    }
    process.stdout.write(`${k}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
