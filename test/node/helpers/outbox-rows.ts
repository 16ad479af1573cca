import type { DB } from '../../../src/core/db/open';

export interface OutboxFixtureRow {
  opId: string;
  seq: number;
  storeId: number;
  type: string;
  entityId: string;
  kind: string;
  patch: Record<string, unknown>;
  base: Record<string, unknown>;
  baseUpdatedAt: string | null;
  state: string;
}

/** The whole outbox, decoded, in queue order: what tests assert against. */
export function readOutbox(db: DB): OutboxFixtureRow[] {
  const rows = db
    .prepare(
      'SELECT op_id, seq, store_id, type, entity_id, kind, patch_json, base_json, base_updated_at, state FROM outbox ORDER BY seq',
    )
    .all() as Record<string, unknown>[];
  return rows.map((r) => ({
    opId: r.op_id as string,
    seq: r.seq as number,
    storeId: r.store_id as number,
    type: r.type as string,
    entityId: r.entity_id as string,
    kind: r.kind as string,
    patch: JSON.parse(r.patch_json as string) as Record<string, unknown>,
    base: JSON.parse(r.base_json as string) as Record<string, unknown>,
    baseUpdatedAt: (r.base_updated_at as string | null) ?? null,
    state: r.state as string,
  }));
}

/** The editable product fields as the outbox names them. */
export interface ProductFields {
  title: string;
  status: string;
  vendor: string | null;
  productType: string | null;
  handle: string;
}

export function readProductFields(db: DB, id: number): ProductFields {
  return db
    .prepare('SELECT title, status, vendor, product_type AS productType, handle FROM products WHERE id = ?')
    .get(id) as ProductFields;
}

export const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
