/**
 * Public surface of the mutation path: domain services edit merchant data only through
 * `applyEdit` (see apply-edit.ts), grouped into undoable batches by edit-history.ts. The
 * outbox and row helpers stay private to this folder; eslint.config.mjs refuses imports
 * of them from elsewhere in core.
 */
export {
  applyEdit,
  type Edit,
  type EditResult,
  type UpdateEdit,
  type CreateEdit,
  type DeleteEdit,
  type RestoreEdit,
} from './apply-edit';
export { ENTITIES, type EntityName, type FieldValue } from './entities';
export {
  recordEditBatch,
  undoLastBatch,
  redoLastBatch,
  listEditBatches,
  type BatchEdit,
  type BatchLabel,
  type EditBatchSummary,
} from './edit-history';
