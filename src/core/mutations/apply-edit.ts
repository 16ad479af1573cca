/**
 * THE ONE MUTATION PATH for merchant data.
 *
 * Every edit a merchant makes (product fields, variants, review status, replies …) goes
 * through `applyEdit`, which runs ONE synchronous SQLite transaction that
 *   1. reads the current values of the patched fields (the base),
 *   2. writes the row (and its updated_at),
 *   3. inserts an outbox op, or coalesces into the entity's unsent (`pending`) op:
 *      the patch takes the new values, the base keeps the ORIGINAL base of fields it
 *      already holds; a field set back to its base drops out, and an op left with an
 *      empty patch is deleted.
 * Because row and op commit together, a crash (even kill -9) can never leave an edit
 * without its op or an op without its edit (sync.md §D "Local write"). Do not write
 * merchant tables anywhere else: add the field to entities.ts and call this.
 */
import { ApiError } from '../../shared/api/errors';
import type { DB } from '../db/open';
import type { Clock } from '../ports';
import { translateConstraintError } from './constraint-errors';
import { entitySpec, isEntityName, sameValue, type EntityName, type EntitySpec, type FieldValue } from './entities';
import { deletePendingOp, findPendingOp, insertOp, newOpId, rewritePendingOp, type FieldValues, type UnsentOp } from './outbox';
import { deleteRow, insertRow, isSoftDeleted, readFields, undeleteRow, updateFields } from './rows';

interface EditCommon {
  entity: EntityName;
  clock: Clock;
}
export interface UpdateEdit extends EditCommon {
  kind?: 'update';
  entityId: number;
  patch: Readonly<Record<string, FieldValue | undefined>>;
}
export interface CreateEdit extends EditCommon {
  kind: 'create';
  values: Readonly<Record<string, FieldValue | undefined>>;
  /** Callers that must know the op id up front (e.g. to show it) may choose it. */
  opId?: string;
  /** Re-creates a row under its old id (undo of a hard delete, redo of a create). */
  entityId?: number;
}
export interface DeleteEdit extends EditCommon {
  kind: 'delete';
  entityId: number;
}
/** Brings a soft-deleted row (recycle bin) back. */
export interface RestoreEdit extends EditCommon {
  kind: 'restore';
  entityId: number;
}
export type Edit = UpdateEdit | CreateEdit | DeleteEdit | RestoreEdit;

export interface EditResult {
  entityId: number;
  /** The op now carrying this edit; null when the edit changed nothing or cancelled out. */
  opId: string | null;
  /** Fields whose stored value changed. */
  changed: string[];
  /** Values of the changed fields before (null for a create) and after (null for a delete). */
  before: FieldValues | null;
  after: FieldValues | null;
}

export function applyEdit(db: DB, edit: Edit): EditResult {
  if (!isEntityName(edit.entity)) throw fieldError('entity', `unknown entity ${String(edit.entity)}`);
  const spec = entitySpec(edit.entity);
  const now = new Date(edit.clock.now()).toISOString();
  const values = edit.kind === 'create' ? edit.values : edit.kind === 'update' || edit.kind === undefined ? edit.patch : {};
  const defined = checkFields(spec, values, edit.kind === 'create');
  try {
    return db.transaction(() => {
      if (edit.kind === 'create') return create(db, edit.entity, spec, defined, now, edit.opId, edit.entityId);
      if (edit.kind === 'delete') return remove(db, edit.entity, spec, edit.entityId, now);
      if (edit.kind === 'restore') return restore(db, edit.entity, spec, edit.entityId, now);
      return update(db, edit.entity, spec, edit.entityId, defined, now);
    })();
  } catch (e) {
    throw translateConstraintError(e, defined);
  }
}

function update(db: DB, entity: EntityName, spec: EntitySpec, id: number, patch: FieldValues, now: string): EditResult {
  const fields = Object.keys(patch);
  const current = readFields(db, spec, id, fields);
  if (!current) throw notFound(spec, entity, id);
  const changed = fields.filter((f) => !sameValue(patch[f], current.values[f]));
  const pending = findPendingOp(db, entity, String(id));
  if (changed.length === 0) return { entityId: id, opId: pending?.opId ?? null, changed, before: {}, after: {} };

  const newValues = Object.fromEntries(changed.map((f) => [f, patch[f]]));
  const before = Object.fromEntries(changed.map((f) => [f, current.values[f]]));
  const result = { entityId: id, changed, before, after: newValues };
  updateFields(db, spec, id, newValues, now);

  if (!pending) {
    const base = Object.fromEntries(changed.map((f) => [f, current.values[f]]));
    const opId = insertOp(db, {
      type: entity,
      entityId: String(id),
      kind: 'update',
      patch: newValues,
      base,
      baseUpdatedAt: current.updatedAt,
      now,
    });
    return { ...result, opId };
  }
  if (pending.kind === 'create') {
    // Not yet created remotely: the create simply carries the newest values.
    rewritePendingOp(db, pending.opId, { ...pending.patch, ...newValues }, pending.base, now);
    return { ...result, opId: pending.opId };
  }
  const { patch: merged, base } = coalesce(pending.patch, pending.base, newValues, current.values);
  if (Object.keys(merged).length === 0) {
    deletePendingOp(db, pending.opId);
    return { ...result, opId: null };
  }
  rewritePendingOp(db, pending.opId, merged, base, now);
  return { ...result, opId: pending.opId };
}

/**
 * Folds new values into an unsent op. Fields already in the op keep their original base;
 * new fields take the value they had before this edit. A field equal to its base again
 * is no change at all, so it leaves both patch and base.
 */
export function coalesce(
  opPatch: FieldValues,
  opBase: FieldValues,
  newValues: FieldValues,
  valuesBefore: FieldValues,
): { patch: FieldValues; base: FieldValues } {
  const patch = { ...opPatch };
  const base = { ...opBase };
  for (const [f, v] of Object.entries(newValues)) {
    if (!Object.hasOwn(base, f)) base[f] = valuesBefore[f];
    patch[f] = v;
    if (sameValue(patch[f], base[f])) {
      delete patch[f];
      delete base[f];
    }
  }
  return { patch, base };
}

function create(
  db: DB,
  entity: EntityName,
  spec: EntitySpec,
  values: FieldValues,
  now: string,
  opId?: string,
  reuseId?: number,
): EditResult {
  const result = { changed: Object.keys(values), before: null, after: values };
  const pendingDelete = reuseId === undefined ? null : findPendingOp(db, entity, String(reuseId));
  const id = opId ?? newOpId();
  const entityId = insertRow(db, spec, values, now, id, reuseId);
  if (pendingDelete?.kind === 'delete') {
    // The delete never left this machine: re-creating the row cancels it (undo of a delete).
    return { ...result, entityId, opId: cancelPendingDelete(db, entity, entityId, pendingDelete, values, null, now) };
  }
  insertOp(db, { opId: id, type: entity, entityId: String(entityId), kind: 'create', patch: values, base: {}, baseUpdatedAt: null, now });
  return { ...result, entityId, opId: id };
}

/**
 * Restore from the recycle bin. While the delete op is unsent it is cancelled and the
 * edits it had swallowed come back as an update op (its base is the store's values); once
 * the store has deleted the product, the product must be created there again.
 */
function restore(db: DB, entity: EntityName, spec: EntitySpec, id: number, now: string): EditResult {
  const fields = Object.keys(spec.fields);
  const current = readFields(db, spec, id, fields, { includeDeleted: true });
  if (!current || !isSoftDeleted(db, spec, id)) throw notFound(spec, entity, id);
  undeleteRow(db, spec, id, now);
  const result = { entityId: id, changed: fields, before: null, after: current.values };
  const pending = findPendingOp(db, entity, String(id));
  if (pending?.kind === 'delete') {
    return { ...result, opId: cancelPendingDelete(db, entity, id, pending, current.values, current.updatedAt, now) };
  }
  const opId = insertOp(db, { type: entity, entityId: String(id), kind: 'create', patch: current.values, base: {}, baseUpdatedAt: null, now });
  return { ...result, opId };
}

function cancelPendingDelete(
  db: DB,
  entity: EntityName,
  id: number,
  pendingDelete: UnsentOp,
  values: FieldValues,
  baseUpdatedAt: string | null,
  now: string,
): string | null {
  deletePendingOp(db, pendingDelete.opId);
  const { patch, base } = coalesce({}, {}, values, pendingDelete.base);
  if (Object.keys(patch).length === 0) return null;
  return insertOp(db, { type: entity, entityId: String(id), kind: 'update', patch, base, baseUpdatedAt, now });
}

function remove(db: DB, entity: EntityName, spec: EntitySpec, id: number, now: string): EditResult {
  const fields = Object.keys(spec.fields);
  const current = readFields(db, spec, id, fields);
  if (!current) throw notFound(spec, entity, id);
  const pending = findPendingOp(db, entity, String(id));
  if (pending?.kind === 'create') {
    // Never reached the store: forget its create, nothing to send. A soft-delete entity
    // still goes to the recycle bin (restoring it queues a fresh create); others vanish.
    deletePendingOp(db, pending.opId);
    deleteRow(db, spec, id, now, { hard: !spec.softDeleteColumn });
    return { entityId: id, opId: null, changed: fields, before: current.values, after: null };
  }
  if (pending) deletePendingOp(db, pending.opId);
  // The base is what the store last had: the unsent op's base over the current values.
  const base = { ...current.values, ...(pending?.base ?? {}) };
  deleteRow(db, spec, id, now);
  const opId = insertOp(db, { type: entity, entityId: String(id), kind: 'delete', patch: {}, base, baseUpdatedAt: current.updatedAt, now });
  return { entityId: id, opId, changed: fields, before: current.values, after: null };
}

/** Whitelist check: unknown or create-only fields are a validation error, never SQL. */
function checkFields(spec: EntitySpec, values: Readonly<Record<string, FieldValue | undefined>>, creating: boolean): FieldValues {
  const out: FieldValues = {};
  for (const [field, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const fieldSpec = Object.hasOwn(spec.fields, field) ? spec.fields[field] : undefined;
    if (!fieldSpec) throw fieldError(field, `unknown field ${field} for ${spec.table}`);
    if (fieldSpec.createOnly && !creating) throw fieldError(field, `${field} can only be set when creating`);
    out[field] = value;
  }
  return out;
}

const fieldError = (field: string, message: string): ApiError =>
  new ApiError('validation', message, { issues: [{ path: ['patch', field], code: 'unrecognized_keys', message }] });

const notFound = (spec: EntitySpec, entity: string, id: number): ApiError =>
  new ApiError('not_found', `${entity} ${id} not found`, { i18nKey: spec.notFoundKey, params: { id } });
