import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../db/open';
import type { FieldValue } from './entities';

/**
 * Write side of the `outbox` table (sync.md §D). Only apply-edit.ts uses this: every op
 * must be written in the same transaction as the row change it describes.
 */

export type OpKind = 'create' | 'update' | 'delete';
export type FieldValues = Record<string, FieldValue>;

export interface UnsentOp {
  opId: string;
  seq: number;
  kind: OpKind;
  patch: FieldValues;
  base: FieldValues;
}

interface OpRow {
  op_id: string;
  seq: number;
  kind: OpKind;
  patch_json: string;
  base_json: string;
}

export interface NewOp {
  opId?: string;
  type: string;
  entityId: string;
  kind: OpKind;
  patch: FieldValues;
  base: FieldValues;
  baseUpdatedAt: string | null;
  now: string;
}

/** Store 0 means "no store connected yet"; connecting a store re-targets these ops. */
const UNCONNECTED_STORE = 0;

// Uses outbox_entity(type, entity_id, state, seq); at most one op per entity is pending.
export const FIND_PENDING_SQL = `SELECT op_id, seq, kind, patch_json, base_json FROM outbox
  WHERE type = ? AND entity_id = ? AND state = 'pending' ORDER BY seq DESC LIMIT 1`;

type Statements = ReturnType<typeof prepare>;
const cache = new WeakMap<DB, Statements>();

function prepare(db: DB) {
  return {
    findPending: db.prepare<[string, string], OpRow>(FIND_PENDING_SQL),
    nextSeq: db.prepare<[], number>('SELECT coalesce(max(seq), 0) + 1 FROM outbox').pluck(),
    insert: db.prepare(
      `INSERT INTO outbox(op_id, seq, store_id, type, entity_id, kind, patch_json, base_json,
                          base_updated_at, state, created_at, updated_at)
       VALUES (@opId, @seq, @storeId, @type, @entityId, @kind, @patch, @base, @baseUpdatedAt, 'pending', @now, @now)`,
    ),
    update: db.prepare(
      "UPDATE outbox SET patch_json = @patch, base_json = @base, updated_at = @now WHERE op_id = @opId AND state = 'pending'",
    ),
    remove: db.prepare("DELETE FROM outbox WHERE op_id = ? AND state = 'pending'"),
  };
}

const statements = (db: DB): Statements => {
  let s = cache.get(db);
  if (!s) {
    s = prepare(db);
    cache.set(db, s);
  }
  return s;
};

/** The op not yet picked up by push for this entity, if any: the one edits coalesce into. */
export function findPendingOp(db: DB, type: string, entityId: string): UnsentOp | null {
  const row = statements(db).findPending.get(type, entityId);
  if (!row) return null;
  return {
    opId: row.op_id,
    seq: row.seq,
    kind: row.kind,
    patch: JSON.parse(row.patch_json) as FieldValues,
    base: JSON.parse(row.base_json) as FieldValues,
  };
}

/** Appends an op at the end of the queue; returns its op_id (a UUIDv7, the idempotency key). */
export function insertOp(db: DB, op: NewOp): string {
  const s = statements(db);
  const opId = op.opId ?? uuidv7();
  s.insert.run({
    opId,
    seq: s.nextSeq.get() as number,
    storeId: UNCONNECTED_STORE,
    type: op.type,
    entityId: op.entityId,
    kind: op.kind,
    patch: JSON.stringify(op.patch),
    base: JSON.stringify(op.base),
    baseUpdatedAt: op.baseUpdatedAt,
    now: op.now,
  });
  return opId;
}

/** Rewrites a pending op in place; it keeps its seq, so its place in the queue is unchanged. */
export function rewritePendingOp(db: DB, opId: string, patch: FieldValues, base: FieldValues, now: string): void {
  statements(db).update.run({ opId, patch: JSON.stringify(patch), base: JSON.stringify(base), now });
}

export function deletePendingOp(db: DB, opId: string): void {
  statements(db).remove.run(opId);
}

export const newOpId = (): string => uuidv7();
