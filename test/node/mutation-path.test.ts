import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/shared/api/errors';
import { applyEdit } from '../../src/core/mutations';
import { insertProduct, insertReview, insertVariant } from './helpers/fixtures';
import { readOutbox, readProductFields, UUID_V7 } from './helpers/outbox-rows';
import { advancingClock, openTestDb, type TestDb } from './helpers/test-db';

const open: TestDb[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.close();
});
async function db() {
  const t = await openTestDb();
  open.push(t);
  return t.db;
}

const clock = advancingClock('2026-03-01T10:00:00.000Z');

function expectApiError(fn: () => unknown, code: string, i18nKey?: string): ApiError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(ApiError);
  const err = caught as ApiError;
  expect(err.code).toBe(code);
  if (i18nKey) expect(err.i18nKey).toBe(i18nKey);
  return err;
}

describe('applyEdit: one transaction for row and op', () => {
  it('writes the row, bumps updated_at and appends a pending UUIDv7 op with base and patch', async () => {
    const d = await db();
    const id = insertProduct(d, { title: 'Kashan rug', vendor: 'Atelier' });
    const result = applyEdit(d, { entity: 'product', entityId: id, patch: { title: 'Kashan silk rug' }, clock });

    expect(readProductFields(d, id).title).toBe('Kashan silk rug');
    const updatedAt = d.prepare('SELECT updated_at FROM products WHERE id = ?').pluck().get(id) as string;
    expect(updatedAt > '2026-01-01T00:00:00.000Z').toBe(true);
    const ops = readOutbox(d);
    expect(ops).toHaveLength(1);
    expect(ops[0]).toMatchObject({
      opId: result.opId,
      seq: 1,
      storeId: 0,
      type: 'product',
      entityId: String(id),
      kind: 'update',
      patch: { title: 'Kashan silk rug' },
      base: { title: 'Kashan rug' },
      baseUpdatedAt: '2026-01-01T00:00:00.000Z',
      state: 'pending',
    });
    expect(ops[0].opId).toMatch(UUID_V7);
    expect(result.changed).toEqual(['title']);
  });

  it('changes nothing and writes no op when the patch equals the stored values', async () => {
    const d = await db();
    const id = insertProduct(d, { title: 'Same', status: 'active' });
    const result = applyEdit(d, { entity: 'product', entityId: id, patch: { title: 'Same', status: 'active' }, clock });
    expect(result).toEqual({ entityId: id, opId: null, changed: [], before: {}, after: {} });
    expect(readOutbox(d)).toEqual([]);
    expect(d.prepare('SELECT updated_at FROM products WHERE id = ?').pluck().get(id)).toBe('2026-01-01T00:00:00.000Z');
  });

  it('gives each new op the next seq, across entities', async () => {
    const d = await db();
    const a = insertProduct(d, { title: 'A' });
    const b = insertProduct(d, { title: 'B' });
    applyEdit(d, { entity: 'product', entityId: a, patch: { title: 'A2' }, clock });
    applyEdit(d, { entity: 'product', entityId: b, patch: { title: 'B2' }, clock });
    expect(readOutbox(d).map((o) => [o.entityId, o.seq])).toEqual([
      [String(a), 1],
      [String(b), 2],
    ]);
  });
});

describe('applyEdit: coalescing into the unsent op', () => {
  it('keeps the original base, takes the newest value and adds new fields with their current base', async () => {
    const d = await db();
    const id = insertProduct(d, { title: 'A', vendor: 'V1' });
    const first = applyEdit(d, { entity: 'product', entityId: id, patch: { title: 'B' }, clock });
    const second = applyEdit(d, { entity: 'product', entityId: id, patch: { title: 'C', vendor: 'V2' }, clock });

    expect(second.opId).toBe(first.opId);
    const ops = readOutbox(d);
    expect(ops).toHaveLength(1);
    expect(ops[0]).toMatchObject({ seq: 1, patch: { title: 'C', vendor: 'V2' }, base: { title: 'A', vendor: 'V1' } });
    expect(readProductFields(d, id)).toMatchObject({ title: 'C', vendor: 'V2' });
  });

  it('drops a field set back to its base, and deletes the op when nothing is left', async () => {
    const d = await db();
    const id = insertProduct(d, { title: 'A', vendor: 'V1' });
    applyEdit(d, { entity: 'product', entityId: id, patch: { title: 'B', vendor: null }, clock });
    applyEdit(d, { entity: 'product', entityId: id, patch: { title: 'A' }, clock });
    expect(readOutbox(d)).toMatchObject([{ patch: { vendor: null }, base: { vendor: 'V1' } }]);

    const last = applyEdit(d, { entity: 'product', entityId: id, patch: { vendor: 'V1' }, clock });
    expect(last.opId).toBeNull();
    expect(readOutbox(d)).toEqual([]);
    expect(readProductFields(d, id)).toMatchObject({ title: 'A', vendor: 'V1' });
  });

  it('never coalesces into an op push has already taken: a new op starts from the current value', async () => {
    const d = await db();
    const id = insertProduct(d, { title: 'A' });
    applyEdit(d, { entity: 'product', entityId: id, patch: { title: 'B' }, clock });
    d.prepare("UPDATE outbox SET state = 'inflight'").run();
    applyEdit(d, { entity: 'product', entityId: id, patch: { title: 'A' }, clock });
    const ops = readOutbox(d);
    expect(ops.map((o) => [o.seq, o.state, o.patch, o.base])).toEqual([
      [1, 'inflight', { title: 'B' }, { title: 'A' }],
      [2, 'pending', { title: 'A' }, { title: 'B' }],
    ]);
  });
});

describe('applyEdit: failures write nothing', () => {
  it('a taken handle is a conflict (errors.handle_taken) and leaves row and outbox untouched', async () => {
    const d = await db();
    insertProduct(d, { handle: 'taken', title: 'First' });
    const id = insertProduct(d, { handle: 'mine', title: 'Second' });
    applyEdit(d, { entity: 'product', entityId: id, patch: { title: 'Second v2' }, clock });
    const before = readOutbox(d);

    const err = expectApiError(
      () => applyEdit(d, { entity: 'product', entityId: id, patch: { handle: 'taken', title: 'Second v3' }, clock }),
      'conflict',
      'errors.handle_taken',
    );
    expect(err.params).toEqual({ handle: 'taken' });
    expect(readProductFields(d, id)).toMatchObject({ handle: 'mine', title: 'Second v2' });
    expect(readOutbox(d)).toEqual(before);
  });

  it('a duplicate SKU is errors.sku_taken', async () => {
    const d = await db();
    const p = insertProduct(d);
    insertVariant(d, p, { sku: 'RUG-1' });
    const v = insertVariant(d, p, { sku: 'RUG-2', position: 2 });
    expectApiError(() => applyEdit(d, { entity: 'variant', entityId: v, patch: { sku: 'RUG-1' }, clock }), 'conflict', 'errors.sku_taken');
    expect(d.prepare('SELECT sku FROM variants WHERE id = ?').pluck().get(v)).toBe('RUG-2');
    expect(readOutbox(d)).toEqual([]);
  });

  it('a CHECK violation is validation; unknown and create-only fields never reach SQL', async () => {
    const d = await db();
    const id = insertProduct(d, { status: 'draft' });
    expectApiError(() => applyEdit(d, { entity: 'product', entityId: id, patch: { status: 'bogus' }, clock }), 'validation');
    const unknown = expectApiError(
      () => applyEdit(d, { entity: 'product', entityId: id, patch: { 'title = 1; --': 'x' }, clock }),
      'validation',
    );
    expect(unknown.issues?.[0].path).toEqual(['patch', 'title = 1; --']);
    const v = insertVariant(d, id, { sku: 'S-1' });
    expectApiError(() => applyEdit(d, { entity: 'variant', entityId: v, patch: { productId: 99 }, clock }), 'validation');
    expect(readProductFields(d, id).status).toBe('draft');
    expect(readOutbox(d)).toEqual([]);
  });

  it('a missing or deleted product is not_found with errors.product_not_found', async () => {
    const d = await db();
    const gone = insertProduct(d, { deletedAt: '2026-01-02T00:00:00.000Z' });
    expectApiError(() => applyEdit(d, { entity: 'product', entityId: 999, patch: { title: 'x' }, clock }), 'not_found', 'errors.product_not_found');
    expectApiError(() => applyEdit(d, { entity: 'product', entityId: gone, patch: { title: 'x' }, clock }), 'not_found');
    expect(readOutbox(d)).toEqual([]);
  });
});

describe('applyEdit: create and delete op shapes', () => {
  it('a create stores its op_id on the row; later edits fold into the create; deleting it before push leaves nothing', async () => {
    const d = await db();
    const review = insertReview(d, insertProduct(d));
    const created = applyEdit(d, { entity: 'reviewReply', kind: 'create', values: { reviewId: review, body: 'Thanks!', author: 'Shop' }, clock });
    expect(created.opId).toMatch(UUID_V7);
    expect(d.prepare('SELECT op_id FROM review_replies WHERE id = ?').pluck().get(created.entityId)).toBe(created.opId);
    expect(readOutbox(d)).toMatchObject([{ kind: 'create', opId: created.opId, patch: { reviewId: review, body: 'Thanks!' }, base: {} }]);

    applyEdit(d, { entity: 'reviewReply', entityId: created.entityId, patch: { body: 'Thank you!' }, clock });
    expect(readOutbox(d)).toMatchObject([{ kind: 'create', patch: { body: 'Thank you!', author: 'Shop' } }]);

    applyEdit(d, { entity: 'reviewReply', kind: 'delete', entityId: created.entityId, clock });
    expect(readOutbox(d)).toEqual([]);
    expect(d.prepare('SELECT count(*) FROM review_replies').pluck().get()).toBe(0);
  });

  it('deleting a product soft-deletes it and replaces its unsent update with a delete carrying the remote base', async () => {
    const d = await db();
    const id = insertProduct(d, { title: 'Remote title', vendor: 'V' });
    applyEdit(d, { entity: 'product', entityId: id, patch: { title: 'Local title' }, clock });
    applyEdit(d, { entity: 'product', kind: 'delete', entityId: id, clock });
    const ops = readOutbox(d);
    expect(ops).toHaveLength(1);
    expect(ops[0]).toMatchObject({ kind: 'delete', patch: {}, base: { title: 'Remote title', vendor: 'V' } });
    expect(d.prepare('SELECT deleted_at IS NOT NULL FROM products WHERE id = ?').pluck().get(id)).toBe(1);
  });

  it('a JSON-coded field round-trips and compares by content', async () => {
    const d = await db();
    const r = insertReview(d, insertProduct(d), { reasonCodes: ['spam'] });
    applyEdit(d, { entity: 'review', entityId: r, patch: { status: 'rejected', reasonCodes: ['spam', 'links'] }, clock });
    expect(readOutbox(d)).toMatchObject([{ patch: { reasonCodes: ['spam', 'links'] }, base: { reasonCodes: ['spam'], status: 'pending' } }]);
    applyEdit(d, { entity: 'review', entityId: r, patch: { reasonCodes: ['spam'] }, clock });
    expect(readOutbox(d)).toMatchObject([{ patch: { status: 'rejected' }, base: { status: 'pending' } }]);
  });
});

describe('applyEdit: property', () => {
  const fieldValue = {
    title: fc.constantFrom('Rug', 'Carpet', 'Ёлочная игрушка', 'فرش'),
    status: fc.constantFrom('draft', 'active', 'archived'),
    vendor: fc.constantFrom(null, 'Atelier', 'Bazaar'),
    productType: fc.constantFrom(null, 'Rugs', 'Decor'),
  };
  const patchArb = fc.record(fieldValue, { requiredKeys: [] });

  it('row == base ⊕ pending patch, and base == the values before the first edit', async () => {
    const d = await db();
    const original = { title: 'Rug', status: 'active', vendor: null, productType: null };
    const id = insertProduct(d, { handle: 'prop', ...original });
    const reset = d.transaction(() => {
      d.prepare('DELETE FROM outbox').run();
      d.prepare('UPDATE products SET title = ?, status = ?, vendor = ?, product_type = ? WHERE id = ?').run(
        original.title,
        original.status,
        original.vendor,
        original.productType,
        id,
      );
    });
    fc.assert(
      fc.property(fc.array(patchArb, { minLength: 1, maxLength: 12 }), (patches) => {
        reset();
        for (const patch of patches) {
          applyEdit(d, { entity: 'product', entityId: id, patch, clock });
          const { handle: _h, ...row } = readProductFields(d, id);
          const ops = readOutbox(d);
          expect(ops.length).toBeLessThanOrEqual(1);
          const op = ops[0] ?? { patch: {}, base: {} };
          expect(Object.keys(op.base).sort()).toEqual(Object.keys(op.patch).sort());
          for (const [field, base] of Object.entries(op.base)) expect(base).toEqual(original[field as keyof typeof original]);
          expect(row).toEqual({ ...original, ...op.base, ...op.patch });
          for (const [field, value] of Object.entries(op.patch)) expect(value).not.toEqual(op.base[field]);
        }
      }),
      { numRuns: 150, seed: 20260301 },
    );
  });
});
