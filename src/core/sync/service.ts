import type { z } from 'zod';
import type { ListOutboxInput, OutboxOp, SyncStatus } from '../../shared/schemas/domain-summaries';
import type { DB } from '../db/open';
import { countOps, listOutboxRows, listStores, type OutboxRow } from './repo';

export function syncStatus(db: DB): z.output<typeof SyncStatus> {
  const counts = countOps(db);
  return {
    stores: listStores(db),
    // In flight counts as pending: it is not confirmed by the store until acked.
    pendingOps: counts.unsent,
    conflicts: counts.conflict,
    rejected: counts.rejected,
  };
}

export function listOutbox(db: DB, input: z.output<typeof ListOutboxInput>): z.output<typeof OutboxOp>[] {
  return listOutboxRows(db, input.state, input.limit).map(toOutboxOp);
}

function toOutboxOp(r: OutboxRow): z.output<typeof OutboxOp> {
  return {
    opId: r.op_id,
    seq: r.seq,
    entity: r.type,
    entityId: r.entity_id,
    kind: r.kind,
    patch: parseObject(r.patch_json),
    base: parseObject(r.base_json),
    state: r.state,
    attempts: r.attempts,
    lastError: r.last_error,
    createdAt: r.created_at,
  };
}

function parseObject(json: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(json);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
