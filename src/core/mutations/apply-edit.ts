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
import { deletePendingOp, findPendingOp, insertOp, newOpId, rewritePendingOp, type FieldValues } from './outbox';
import { deleteRow, insertRow, readFields, updateFields } from './rows';

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
}
export interface DeleteEdit extends EditCommon {
  kind: 'delete';
  entityId: number;
}
export type Edit = UpdateEdit | CreateEdit | DeleteEdit;

export interface EditResult {
  entityId: number;
  /** The op now carrying this edit; null when the edit changed nothing or cancelled out. */
  opId: string | null;
  /** Fields whose stored value changed. */
  changed: string[];
}

export function applyEdit(db: DB, edit: Edit): EditResult {
  if (!isEntityName(edit.entity)) throw fieldError('entity', `unknown entity ${String(edit.entity)}`);
  const spec = entitySpec(edit.entity);
  const now = new Date(edit.clock.now()).toISOString();
  const values = edit.kind === 'create' ? edit.values : edit.kind === 'delete' ? {} : edit.patch;
  const defined = checkFields(spec, values, edit.kind === 'create');
  try {
    return db.transaction(() => {
      if (edit.kind === 'create') return create(db, edit.entity, spec, defined, now, edit.opId);
      if (edit.kind === 'delete') return remove(db, edit.entity, spec, edit.entityId, now);
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
  if (changed.length === 0) return { entityId: id, opId: pending?.opId ?? null, changed };

  const newValues = Object.fromEntries(changed.map((f) => [f, patch[f]]));
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
    return { entityId: id, opId, changed };
  }
  if (pending.kind === 'create') {
    // Not yet created remotely: the create simply carries the newest values.
    rewritePendingOp(db, pending.opId, { ...pending.patch, ...newValues }, pending.base, now);
    return { entityId: id, opId: pending.opId, changed };
  }
  const { patch: merged, base } = coalesce(pending.patch, pending.base, newValues, current.values);
  if (Object.keys(merged).length === 0) {
    deletePendingOp(db, pending.opId);
    return { entityId: id, opId: null, changed };
  }
  rewritePendingOp(db, pending.opId, merged, base, now);
  return { entityId: id, opId: pending.opId, changed };
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

function create(db: DB, entity: EntityName, spec: EntitySpec, values: FieldValues, now: string, opId?: string): EditResult {
  const id = opId ?? newOpId();
  const entityId = insertRow(db, spec, values, now, id);
  insertOp(db, { opId: id, type: entity, entityId: String(entityId), kind: 'create', patch: values, base: {}, baseUpdatedAt: null, now });
  return { entityId, opId: id, changed: Object.keys(values) };
}

function remove(db: DB, entity: EntityName, spec: EntitySpec, id: number, now: string): EditResult {
  const fields = Object.keys(spec.fields);
  const current = readFields(db, spec, id, fields);
  if (!current) throw notFound(spec, entity, id);
  const pending = findPendingOp(db, entity, String(id));
  if (pending?.kind === 'create') {
    // Never reached the store: forget the row and its create, nothing to send.
    deletePendingOp(db, pending.opId);
    deleteRow(db, spec, id, now, { hard: true });
    return { entityId: id, opId: null, changed: fields };
  }
  if (pending) deletePendingOp(db, pending.opId);
  // The base is what the store last had: the unsent op's base over the current values.
  const base = { ...current.values, ...(pending?.base ?? {}) };
  deleteRow(db, spec, id, now);
  const opId = insertOp(db, { type: entity, entityId: String(id), kind: 'delete', patch: {}, base, baseUpdatedAt: current.updatedAt, now });
  return { entityId: id, opId, changed: fields };
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
