/**
 * The deterministic edit script shared by the kill -9 test and its child process: edit
 * number k is a pure function of (seed, k), so the parent can replay exactly what the
 * child did and compare the database against that model.
 */
export const KILL9_PRODUCTS = 6;

export interface Kill9Fields {
  title: string;
  status: string;
  vendor: string | null;
  productType: string | null;
  handle: string;
}

export const originalFields = (i: number): Kill9Fields => ({
  title: `Product ${i}`,
  status: 'active',
  vendor: i % 2 === 0 ? 'Atelier' : null,
  productType: null,
  handle: `p-${i}`,
});

/** mulberry32: tiny, seedable, good enough to pick edits and kill moments. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Kill9Edit {
  /** 0-based product index; the product's row id is index + 1. */
  product: number;
  patch: Partial<Kill9Fields>;
}

/** Values include each original, so reverts (ops shrinking or vanishing) happen often. */
export function editFor(seed: number, k: number): Kill9Edit {
  const r = prng(seed * 1_000_003 + k);
  const product = Math.floor(r() * KILL9_PRODUCTS);
  const orig = originalFields(product);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const patch: Partial<Kill9Fields> = {};
  if (r() < 0.6) patch.title = pick([orig.title, `${orig.title} v${k}`, 'Ёлочная игрушка', 'فرش کاشان']);
  if (r() < 0.4) patch.status = pick(['draft', 'active', 'archived']);
  if (r() < 0.3) patch.vendor = pick([orig.vendor, 'Bazaar', null]);
  if (r() < 0.3) patch.productType = pick([null, 'Rugs']);
  // Shared handles make some edits collide with another product and fail as a whole.
  if (r() < 0.15) patch.handle = pick([orig.handle, 'shared-a', 'shared-b']);
  if (Object.keys(patch).length === 0) patch.title = `${orig.title} v${k}`;
  return { product, patch };
}

/** Applies edit k to the model the way the database must: a handle collision changes nothing. */
export function applyToModel(model: Kill9Fields[], edit: Kill9Edit): void {
  const { handle } = edit.patch;
  if (handle !== undefined && model.some((m, i) => i !== edit.product && m.handle === handle)) return;
  model[edit.product] = { ...model[edit.product], ...edit.patch };
}
