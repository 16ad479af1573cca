import type Database from 'better-sqlite3';
import type { DB } from '../db/open';
import { decodeField, encodeField, type EntitySpec } from './entities';
import type { FieldValues } from './outbox';

/**
 * Row access for the mutation path. SQL is assembled only from identifiers in
 * entities.ts (never from input) and each shape is prepared once per connection.
 */

const cache = new WeakMap<DB, Map<string, Database.Statement>>();

function statement(db: DB, key: string, sql: () => string): Database.Statement {
  let byKey = cache.get(db);
  if (!byKey) {
    byKey = new Map();
    cache.set(db, byKey);
  }
  let s = byKey.get(key);
  if (!s) {
    s = db.prepare(sql());
    byKey.set(key, s);
  }
  return s;
}

const quote = (identifier: string): string => `"${identifier}"`;

export interface CurrentRow {
  values: FieldValues;
  updatedAt: string | null;
}

const isVirtual = (spec: EntitySpec, field: string): boolean => spec.fields[field].virtual !== undefined;

/**
 * The current values of `fields` for a live row (soft-deleted rows count as missing
 * unless `includeDeleted`, which restore uses). Virtual fields are read from their side tables.
 */
export function readFields(
  db: DB,
  spec: EntitySpec,
  id: number,
  fields: readonly string[],
  { includeDeleted = false } = {},
): CurrentRow | null {
  const columnFields = fields.filter((f) => !isVirtual(spec, f));
  const key = `read:${spec.table}:${columnFields.join(',')}:${+includeDeleted}`;
  const row = statement(db, key, () => {
    const cols = columnFields.map((f) => `${quote(spec.fields[f].column)} AS ${quote(`f:${f}`)}`);
    const updated = spec.updatedAtColumn ? quote(spec.updatedAtColumn) : 'NULL';
    const live = spec.softDeleteColumn && !includeDeleted ? ` AND ${quote(spec.softDeleteColumn)} IS NULL` : '';
    return `SELECT ${[...cols, `${updated} AS "u:"`].join(', ')} FROM ${quote(spec.table)} WHERE id = ?${live}`;
  }).get(id) as Record<string, unknown> | undefined;
  if (!row) return null;
  const values: FieldValues = {};
  for (const f of fields) {
    const virtual = spec.fields[f].virtual;
    values[f] = virtual ? virtual.read(db, id) : decodeField(spec.fields[f], row[`f:${f}`]);
  }
  return { values, updatedAt: (row['u:'] as string | null) ?? null };
}

/** True when the row exists but is soft-deleted (in the recycle bin). */
export function isSoftDeleted(db: DB, spec: EntitySpec, id: number): boolean {
  if (!spec.softDeleteColumn) return false;
  const col = quote(spec.softDeleteColumn);
  return (
    statement(db, `deleted:${spec.table}`, () => `SELECT 1 FROM ${quote(spec.table)} WHERE id = ? AND ${col} IS NOT NULL`).get(id) !==
    undefined
  );
}

export function updateFields(db: DB, spec: EntitySpec, id: number, values: FieldValues, now: string): void {
  const fields = Object.keys(values).filter((f) => !isVirtual(spec, f));
  const key = `update:${spec.table}:${fields.join(',')}`;
  const params = fields.map((f) => encodeField(spec.fields[f], values[f]));
  const sets = fields.map((f) => `${quote(spec.fields[f].column)} = ?`);
  if (spec.updatedAtColumn) sets.push(`${quote(spec.updatedAtColumn)} = ?`);
  if (sets.length > 0) {
    statement(db, key, () => `UPDATE ${quote(spec.table)} SET ${sets.join(', ')} WHERE id = ?`).run(
      ...params,
      ...(spec.updatedAtColumn ? [now] : []),
      id,
    );
  }
  writeVirtualFields(db, spec, id, values);
}

function writeVirtualFields(db: DB, spec: EntitySpec, id: number, values: FieldValues): void {
  for (const [f, v] of Object.entries(values)) spec.fields[f].virtual?.write(db, id, v);
}

/** Clears the soft-delete stamp: the row is live again. */
export function undeleteRow(db: DB, spec: EntitySpec, id: number, now: string): void {
  if (!spec.softDeleteColumn) return;
  const col = quote(spec.softDeleteColumn);
  const updated = spec.updatedAtColumn ? `, ${quote(spec.updatedAtColumn)} = ?` : '';
  statement(db, `undelete:${spec.table}`, () => `UPDATE ${quote(spec.table)} SET ${col} = NULL${updated} WHERE id = ?`).run(
    ...(spec.updatedAtColumn ? [now] : []),
    id,
  );
}

/** Inserts a row; `id` re-creates a row under its old id (redo of a create, undo of a delete). */
export function insertRow(db: DB, spec: EntitySpec, values: FieldValues, now: string, opId: string, id?: number): number {
  const fields = Object.keys(values).filter((f) => !isVirtual(spec, f));
  const cols = fields.map((f) => spec.fields[f].column);
  const params: (string | number | null)[] = fields.map((f) => encodeField(spec.fields[f], values[f]));
  for (const col of [spec.createdAtColumn, spec.updatedAtColumn]) {
    if (col) {
      cols.push(col);
      params.push(now);
    }
  }
  if (spec.opIdColumn) {
    cols.push(spec.opIdColumn);
    params.push(opId);
  }
  const explicitId = id ?? idPastHighWater(db, spec);
  if (explicitId !== undefined) {
    cols.push('id');
    params.push(explicitId);
  }
  const key = `insert:${spec.table}:${cols.join(',')}`;
  const result = statement(
    db,
    key,
    () => `INSERT INTO ${quote(spec.table)} (${cols.map(quote).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
  ).run(...params);
  const entityId = explicitId ?? Number(result.lastInsertRowid);
  writeVirtualFields(db, spec, entityId, values);
  return entityId;
}

/** Removes a row, or stamps its soft-delete column so the remote id survives for sync. */
export function deleteRow(db: DB, spec: EntitySpec, id: number, now: string, { hard = false } = {}): void {
  if (spec.softDeleteColumn && !hard) {
    const col = spec.softDeleteColumn;
    const updated = spec.updatedAtColumn ? `, ${quote(spec.updatedAtColumn)} = ?` : '';
    statement(db, `softdelete:${spec.table}`, () => `UPDATE ${quote(spec.table)} SET ${quote(col)} = ?${updated} WHERE id = ?`).run(
      now,
      ...(spec.updatedAtColumn ? [now] : []),
      id,
    );
    return;
  }
  statement(db, `delete:${spec.table}`, () => `DELETE FROM ${quote(spec.table)} WHERE id = ?`).run(id);
  statement(
    db,
    'highwater:set',
    () => `INSERT INTO row_id_high_water(table_name, max_id) VALUES (?, ?)
           ON CONFLICT(table_name) DO UPDATE SET max_id = max(max_id, excluded.max_id)`,
  ).run(spec.table, id);
}

/** An id above every id this table has ever used, when SQLite's max(id)+1 would reuse one. */
function idPastHighWater(db: DB, spec: EntitySpec): number | undefined {
  const mark = statement(db, 'highwater:get', () => 'SELECT max_id FROM row_id_high_water WHERE table_name = ?')
    .pluck()
    .get(spec.table) as number | undefined;
  if (mark === undefined) return undefined;
  const max = statement(db, `max:${spec.table}`, () => `SELECT coalesce(max(id), 0) FROM ${quote(spec.table)}`).pluck().get() as number;
  return mark >= max ? mark + 1 : undefined;
}
