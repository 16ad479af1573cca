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

/** The current values of `fields` for a live row (soft-deleted rows count as missing). */
export function readFields(db: DB, spec: EntitySpec, id: number, fields: readonly string[]): CurrentRow | null {
  const key = `read:${spec.table}:${fields.join(',')}`;
  const row = statement(db, key, () => {
    const cols = fields.map((f) => `${quote(spec.fields[f].column)} AS ${quote(`f:${f}`)}`);
    const updated = spec.updatedAtColumn ? quote(spec.updatedAtColumn) : 'NULL';
    const live = spec.softDeleteColumn ? ` AND ${quote(spec.softDeleteColumn)} IS NULL` : '';
    return `SELECT ${[...cols, `${updated} AS "u:"`].join(', ')} FROM ${quote(spec.table)} WHERE id = ?${live}`;
  }).get(id) as Record<string, unknown> | undefined;
  if (!row) return null;
  const values: FieldValues = {};
  for (const f of fields) values[f] = decodeField(spec.fields[f], row[`f:${f}`]);
  return { values, updatedAt: (row['u:'] as string | null) ?? null };
}

export function updateFields(db: DB, spec: EntitySpec, id: number, values: FieldValues, now: string): void {
  const fields = Object.keys(values);
  const key = `update:${spec.table}:${fields.join(',')}`;
  const params = fields.map((f) => encodeField(spec.fields[f], values[f]));
  statement(db, key, () => {
    const sets = fields.map((f) => `${quote(spec.fields[f].column)} = ?`);
    if (spec.updatedAtColumn) sets.push(`${quote(spec.updatedAtColumn)} = ?`);
    return `UPDATE ${quote(spec.table)} SET ${sets.join(', ')} WHERE id = ?`;
  }).run(...params, ...(spec.updatedAtColumn ? [now] : []), id);
}

export function insertRow(db: DB, spec: EntitySpec, values: FieldValues, now: string, opId: string): number {
  const fields = Object.keys(values);
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
  const key = `insert:${spec.table}:${cols.join(',')}`;
  const result = statement(
    db,
    key,
    () => `INSERT INTO ${quote(spec.table)} (${cols.map(quote).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
  ).run(...params);
  return Number(result.lastInsertRowid);
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
}
