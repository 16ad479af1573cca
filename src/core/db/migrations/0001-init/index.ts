import type { Migration } from '../../types';
import { catalogSearchTriggersSql, catalogSql } from './catalog';
import { commerceSql } from './commerce';
import { mediaSql } from './media';
import { opsSql } from './ops';
import { ugcSql } from './ugc';

/** Schema v1: every capability's tables, so later issues add columns rather than rebuild. */
export const migration0001: Migration = {
  version: 1,
  name: 'init',
  sql: [catalogSql, mediaSql, commerceSql, ugcSql, opsSql, catalogSearchTriggersSql].join('\n'),
};
