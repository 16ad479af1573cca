import { join } from 'node:path';
import { openDatabase, type DB } from '../../../src/core/db/open';
import type { Clock } from '../../../src/core/ports';
import { tempDir } from './temp-dir';

export interface TestDb {
  db: DB;
  dir: string;
  file: string;
  close(): void;
}

/** A migrated database in a fresh temp folder; `close` also removes the folder. */
export async function openTestDb(name = 'store.db'): Promise<TestDb> {
  const t = tempDir('sk-db-');
  const file = join(t.dir, name);
  const { db } = await openDatabase(file);
  return {
    db,
    dir: t.dir,
    file,
    close() {
      if (db.open) db.close();
      t.cleanup();
    },
  };
}

/** A clock that only moves when told to, so updated_at values are predictable. */
export function steppingClock(startIso = '2026-01-01T00:00:00.000Z', stepMs = 1000): Clock & { tick(): void } {
  let now = Date.parse(startIso);
  return {
    now: () => now,
    tick: () => {
      now += stepMs;
    },
  };
}

/** Every clock read advances time, so consecutive edits get distinct updated_at values. */
export function advancingClock(startIso = '2026-01-01T00:00:00.000Z', stepMs = 1000): Clock {
  let now = Date.parse(startIso) - stepMs;
  return {
    now: () => {
      now += stepMs;
      return now;
    },
  };
}
