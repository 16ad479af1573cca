import type { Migration } from '../types';
import { migration0001 } from './0001-init';

/** Every migration, in order. Append only: never edit or reorder an entry. */
export const MIGRATIONS: readonly Migration[] = [migration0001];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
