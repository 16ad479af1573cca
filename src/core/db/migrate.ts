import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors';
import type { Migration } from './types';

export const migrationHash = (m: Migration): string =>
  createHash('sha256').update(`${m.version}\n${m.name}\n${m.sql}\n${m.hashSource ?? ''}`).digest('hex');

const HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY, name TEXT NOT NULL, sha256 TEXT NOT NULL, applied_at TEXT NOT NULL)`;

export interface MigrateOptions {
  /** Where to snapshot the database before the first pending migration runs. */
  backupPath?: (fromVersion: number) => string;
  /** Stop after this version (tests use it to build an older database). */
  toVersion?: number;
  now?: () => Date;
}

export interface MigrateResult {
  from: number;
  to: number;
  applied: number[];
  backup: string | null;
}

/**
 * Forward-only migrations. Refuses a database newer than the app (`db_too_new`) and an
 * applied migration whose text changed since (its recorded sha256 differs): both mean
 * running would corrupt merchant data, so we stop instead.
 */
export async function migrate(
  db: Database.Database,
  migrations: readonly Migration[],
  opts: MigrateOptions = {},
): Promise<MigrateResult> {
  const latest = migrations.at(-1)?.version ?? 0;
  const target = opts.toVersion ?? latest;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) {
    throw new ApiError('db_too_new', `database schema ${current} is newer than this app (${latest})`, {
      params: { dbVersion: current, appVersion: latest },
    });
  }
  db.exec(HISTORY_TABLE);
  verifyApplied(db, migrations, current);

  const pending = migrations.filter((m) => m.version > current && m.version <= target);
  let backup: string | null = null;
  if (pending.length > 0 && current > 0 && opts.backupPath) {
    backup = opts.backupPath(current);
    if (!existsSync(backup)) {
      // better-sqlite3 refuses to back up into a folder that does not exist yet.
      mkdirSync(dirname(backup), { recursive: true });
      await db.backup(backup);
    }
  }
  const now = opts.now ?? (() => new Date());
  for (const m of pending) {
    db.transaction(() => {
      db.exec(m.sql);
      m.up?.(db);
      db.prepare('INSERT INTO schema_migrations(version, name, sha256, applied_at) VALUES (?,?,?,?)').run(
        m.version,
        m.name,
        migrationHash(m),
        now().toISOString(),
      );
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return { from: current, to: pending.at(-1)?.version ?? current, applied: pending.map((m) => m.version), backup };
}

function verifyApplied(db: Database.Database, migrations: readonly Migration[], current: number): void {
  const rows = db.prepare('SELECT version, name, sha256 FROM schema_migrations ORDER BY version').all() as {
    version: number;
    name: string;
    sha256: string;
  }[];
  const byVersion = new Map(migrations.map((m) => [m.version, m]));
  for (const row of rows) {
    const m = byVersion.get(row.version);
    if (!m || migrationHash(m) !== row.sha256) {
      throw new ApiError('db_corrupt', `applied migration ${row.version} (${row.name}) was changed after it ran`, {
        i18nKey: 'errors.migration_edited',
        params: { version: row.version, name: row.name },
      });
    }
  }
  if (rows.length !== current) {
    throw new ApiError('db_corrupt', `migration history (${rows.length}) disagrees with user_version ${current}`, {
      i18nKey: 'errors.migration_edited',
      params: { version: current, name: 'history' },
    });
  }
}
