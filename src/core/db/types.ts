import type Database from 'better-sqlite3';

/**
 * A forward-only migration. Its identity is the sha256 of `sql` (plus `hashSource`
 * for data steps), recorded when applied: editing an applied migration is refused.
 * Hashing text rather than function source keeps the hash stable across bundlers.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Optional data step run after `sql`, in the same transaction. */
  up?: (db: Database.Database) => void;
  /** Text that identifies `up` for hashing (e.g. a description plus a version tag). */
  hashSource?: string;
}
