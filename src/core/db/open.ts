import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { searchKey } from '../../shared/text/search-key';
import { ApiError } from '../../shared/api/errors';
import { MIGRATIONS } from './migrations';
import { migrate, type MigrateOptions, type MigrateResult } from './migrate';
import type { Migration } from './types';

export type DB = Database.Database;

/** Connection settings and SQL functions every connection (writer or reader) needs. */
export function configureConnection(db: DB, { readonly = false } = {}): void {
  if (!readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -65536');
  // SQLite's lower() is ASCII-only; search must fold Arabic, Persian and Cyrillic too.
  db.function('search_key', { deterministic: true }, (s: unknown) =>
    typeof s === 'string' ? searchKey(s) : s == null ? '' : searchKey(String(s)),
  );
  db.function('unicode_lower', { deterministic: true }, (s: unknown) =>
    typeof s === 'string' ? s.toLowerCase() : s,
  );
}

export interface OpenOptions extends MigrateOptions {
  migrations?: readonly Migration[];
  readonly?: boolean;
}

/**
 * Opens (creating if needed) the store database, configures it and brings it to the
 * latest schema, snapshotting it first when an upgrade is pending.
 */
export async function openDatabase(file: string, opts: OpenOptions = {}): Promise<{ db: DB; migration: MigrateResult | null }> {
  if (!opts.readonly) mkdirSync(dirname(file), { recursive: true });
  let db: DB;
  try {
    db = new Database(file, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  } catch (e) {
    throw toStartupError(e);
  }
  try {
    configureConnection(db, { readonly: opts.readonly });
    if (opts.readonly) return { db, migration: null };
    const migration = await migrate(db, opts.migrations ?? MIGRATIONS, {
      backupPath: opts.backupPath ?? ((v) => join(dirname(file), 'backups', `storekeeper-v${v}-${Date.now()}.db`)),
      toVersion: opts.toVersion,
      now: opts.now,
    });
    return { db, migration };
  } catch (e) {
    db.close();
    throw toStartupError(e);
  }
}

/** Opens synchronously without migrating: for worker threads reading a migrated file. */
export function openReader(file: string): DB {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  configureConnection(db, { readonly: true });
  return db;
}

const CORRUPT_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_VTAB']);

export function isCorruptionError(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'string' && CORRUPT_CODES.has(code);
}

function toStartupError(e: unknown): unknown {
  if (e instanceof ApiError) return e;
  if (isCorruptionError(e)) {
    return new ApiError('db_corrupt', `database file is damaged: ${(e as Error).message}`);
  }
  return e;
}

export function backupDir(dataDir: string): string {
  const dir = join(dataDir, 'backups');
  mkdirSync(dir, { recursive: true });
  return dir;
}
