import type { DB } from '../db/open';

/** Read side of the sync tables (the write side is mutations/outbox.ts). */
export interface StoreRow {
  id: number;
  platform: string;
  name: string;
  state: string;
}

export interface OutboxRow {
  op_id: string;
  seq: number;
  type: string;
  entity_id: string;
  kind: 'create' | 'update' | 'delete';
  patch_json: string;
  base_json: string;
  state: 'pending' | 'inflight' | 'acked' | 'conflict' | 'rejected';
  attempts: number;
  last_error: string | null;
  created_at: string;
}

export interface OpCounts {
  unsent: number;
  conflict: number;
  rejected: number;
}

export function listStores(db: DB): StoreRow[] {
  return db.prepare<[], StoreRow>('SELECT id, platform, name, state FROM stores ORDER BY id').all();
}

/** Each count walks outbox_state_seq; no scan of acked history. */
export function countOps(db: DB): OpCounts {
  return db
    .prepare<[], OpCounts>(
      `SELECT
         (SELECT count(*) FROM outbox WHERE state IN ('pending', 'inflight')) AS unsent,
         (SELECT count(*) FROM outbox WHERE state = 'conflict') AS conflict,
         (SELECT count(*) FROM outbox WHERE state = 'rejected') AS rejected`,
    )
    .get() as OpCounts;
}

const OUTBOX_COLUMNS = 'op_id, seq, type, entity_id, kind, patch_json, base_json, state, attempts, last_error, created_at';

/** Query shapes, exported for the plan snapshots in test/node/query-plans.test.ts. */
export const OUTBOX_NEWEST_SQL = `SELECT ${OUTBOX_COLUMNS} FROM outbox ORDER BY seq DESC LIMIT ?`;
export const OUTBOX_BY_STATE_SQL = `SELECT ${OUTBOX_COLUMNS} FROM outbox WHERE state = ? ORDER BY seq DESC LIMIT ?`;
/** The push queue: pending ops in the order they were made. */
export const PENDING_OPS_SQL = `SELECT ${OUTBOX_COLUMNS} FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT ?`;

/** Newest first. */
export function listOutboxRows(db: DB, state: string | undefined, limit: number): OutboxRow[] {
  if (state === undefined) return db.prepare<[number], OutboxRow>(OUTBOX_NEWEST_SQL).all(limit);
  return db.prepare<[string, number], OutboxRow>(OUTBOX_BY_STATE_SQL).all(state, limit);
}

/** Oldest pending first: what push sends next. */
export function listPendingOps(db: DB, limit: number): OutboxRow[] {
  return db.prepare<[number], OutboxRow>(PENDING_OPS_SQL).all(limit);
}
