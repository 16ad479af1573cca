import type { Migration } from '../types';
import { migration0001 } from './0001-init';
import { migration0002 } from './0002-catalog-history';
import { migration0003 } from './0003-media';
import { migration0004 } from './0004-catalog-io';

/** Every migration, in order. Append only: never edit or reorder an entry. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
