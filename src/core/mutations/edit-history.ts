/**
 * The merchant's undo/redo history (edit_batches, migration 0002). Every merchant edit
 * runs inside `recordEditBatch`, which records each entity's before/after values as it
 * goes through applyEdit. Undo and redo replay the inverse (or the edit again) THROUGH
 * applyEdit, so the outbox coalesces exactly as for a hand-made edit: undoing a change
 * that was never pushed drops it from the pending op (sync.md §D).
 *
 * Batches are a stack: undo takes the newest live batch, redo the oldest undone one,
 * and recording a new batch discards every undone one (the redo stack clears).
 */
import type { DB } from '../db/open';
import type { Clock } from '../ports';
import { applyEdit, type Edit, type EditResult } from './apply-edit';
import { entitySpec, isEntityName, type EntityName } from './entities';
import type { FieldValues } from './outbox';
import { isSoftDeleted } from './rows';

export interface BatchLabel {
  labelKey: string;
  params?: Record<string, string | number>;
}

export interface EditBatchSummary {
  id: number;
  labelKey: string;
  params: Record<string, string | number>;
  createdAt: string;
  undoneAt: string | null;
  itemCount: number;
}

type ItemKind = 'create' | 'update' | 'delete' | 'restore';
interface ItemRow {
  entity: string;
  entity_id: number;
  kind: ItemKind;
  before_json: string | null;
  after_json: string | null;
}

/** Applies one edit and records it in the open batch. */
export type BatchEdit = (edit: Edit) => EditResult;

const KEEP_BATCHES = 200;

export function recordEditBatch<T>(db: DB, label: BatchLabel, clock: Clock, work: (edit: BatchEdit) => T): T {
  return db.transaction(() => {
    // created_at is stamped at the end: the edits read the clock first (stepping test clocks).
    const batchId = Number(
      db
        .prepare("INSERT INTO edit_batches(label_key, params_json, created_at) VALUES (?, ?, '')")
        .run(label.labelKey, JSON.stringify(label.params ?? {})).lastInsertRowid,
    );
    const insertItem = db.prepare(
      'INSERT INTO edit_batch_items(batch_id, seq, entity, entity_id, kind, before_json, after_json) VALUES (?,?,?,?,?,?,?)',
    );
    let seq = 0;
    const edit: BatchEdit = (e) => {
      const result = applyEdit(db, e);
      const kind: ItemKind = e.kind ?? 'update';
      if (kind === 'update' && result.changed.length === 0) return result;
      insertItem.run(batchId, ++seq, e.entity, result.entityId, kind, json(result.before), json(result.after));
      return result;
    };
    const value = work(edit);
    if (seq === 0) {
      db.prepare('DELETE FROM edit_batches WHERE id = ?').run(batchId);
    } else {
      db.prepare('UPDATE edit_batches SET created_at = ? WHERE id = ?').run(new Date(clock.now()).toISOString(), batchId);
      db.prepare('DELETE FROM edit_batches WHERE undone_at IS NOT NULL').run();
      db.prepare('DELETE FROM edit_batches WHERE id <= ?').run(batchId - KEEP_BATCHES);
    }
    return value;
  })();
}

const json = (v: FieldValues | null): string | null => (v === null ? null : JSON.stringify(v));
const parse = (v: string | null): FieldValues => (v === null ? {} : (JSON.parse(v) as FieldValues));

/** Reverts the newest live batch; null when there is nothing to undo. */
export function undoLastBatch(db: DB, clock: Clock): EditBatchSummary | null {
  return db.transaction(() => {
    const batch = db
      .prepare<[], { id: number }>('SELECT id FROM edit_batches WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1')
      .get();
    if (!batch) return null;
    const items = readItems(db, batch.id).reverse();
    for (const item of items) {
      const entity = entityOf(item);
      const before = parse(item.before_json);
      if (item.kind === 'update') applyEdit(db, { entity, entityId: item.entity_id, patch: before, clock });
      else if (item.kind === 'create' || item.kind === 'restore') applyEdit(db, { entity, kind: 'delete', entityId: item.entity_id, clock });
      else bringBack(db, entity, item.entity_id, before, clock);
    }
    db.prepare('UPDATE edit_batches SET undone_at = ? WHERE id = ?').run(new Date(clock.now()).toISOString(), batch.id);
    return summary(db, batch.id);
  })();
}

/** Re-applies the oldest undone batch; null when there is nothing to redo. */
export function redoLastBatch(db: DB, clock: Clock): EditBatchSummary | null {
  return db.transaction(() => {
    const batch = db
      .prepare<[], { id: number }>('SELECT id FROM edit_batches WHERE undone_at IS NOT NULL ORDER BY id LIMIT 1')
      .get();
    if (!batch) return null;
    for (const item of readItems(db, batch.id)) {
      const entity = entityOf(item);
      const after = parse(item.after_json);
      if (item.kind === 'update') applyEdit(db, { entity, entityId: item.entity_id, patch: after, clock });
      else if (item.kind === 'delete') applyEdit(db, { entity, kind: 'delete', entityId: item.entity_id, clock });
      else bringBack(db, entity, item.entity_id, after, clock);
    }
    db.prepare('UPDATE edit_batches SET undone_at = NULL WHERE id = ?').run(batch.id);
    return summary(db, batch.id);
  })();
}

/** A row that a delete removed: out of the recycle bin if it is there, else re-created under its id. */
function bringBack(db: DB, entity: EntityName, id: number, values: FieldValues, clock: Clock): void {
  if (isSoftDeleted(db, entitySpec(entity), id)) applyEdit(db, { entity, kind: 'restore', entityId: id, clock });
  else applyEdit(db, { entity, kind: 'create', entityId: id, values, clock });
}

function entityOf(item: ItemRow): EntityName {
  if (!isEntityName(item.entity)) throw new Error(`edit history names unknown entity ${item.entity}`);
  return item.entity;
}

const readItems = (db: DB, batchId: number): ItemRow[] =>
  db
    .prepare<[number], ItemRow>(
      'SELECT entity, entity_id, kind, before_json, after_json FROM edit_batch_items WHERE batch_id = ? ORDER BY seq',
    )
    .all(batchId);

interface BatchRow {
  id: number;
  label_key: string;
  params_json: string;
  created_at: string;
  undone_at: string | null;
  item_count: number;
}
const BATCH_COLUMNS = `b.id, b.label_key, b.params_json, b.created_at, b.undone_at,
  (SELECT count(*) FROM edit_batch_items i WHERE i.batch_id = b.id) AS item_count`;

const toSummary = (r: BatchRow): EditBatchSummary => ({
  id: r.id,
  labelKey: r.label_key,
  params: JSON.parse(r.params_json) as Record<string, string | number>,
  createdAt: r.created_at,
  undoneAt: r.undone_at,
  itemCount: r.item_count,
});

function summary(db: DB, id: number): EditBatchSummary {
  return toSummary(db.prepare<[number], BatchRow>(`SELECT ${BATCH_COLUMNS} FROM edit_batches b WHERE b.id = ?`).get(id)!);
}

/** Newest first: undone batches (the redo stack) included, flagged by undoneAt. */
export function listEditBatches(db: DB, limit: number): EditBatchSummary[] {
  return db
    .prepare<[number], BatchRow>(`SELECT ${BATCH_COLUMNS} FROM edit_batches b ORDER BY b.id DESC LIMIT ?`)
    .all(limit)
    .map(toSummary);
}
