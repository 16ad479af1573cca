/**
 * Public surface of the mutation path: domain services edit merchant data only through
 * `applyEdit` (see apply-edit.ts). The outbox and row helpers stay private to this
 * folder; eslint.config.mjs refuses imports of them from elsewhere in core.
 */
export { applyEdit, type Edit, type EditResult, type UpdateEdit, type CreateEdit, type DeleteEdit } from './apply-edit';
export { ENTITIES, type EntityName, type FieldValue } from './entities';
