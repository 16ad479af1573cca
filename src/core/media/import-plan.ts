import { open, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ApiError } from '../../shared/api/errors';
import type { ImportPreview, ImportSource } from '../../shared/schemas/media';
import type { DB } from '../db/open';
import { mediaRepo } from './repo';
import { compareGalleryOrder, matchFileName, normaliseKey } from './rules/file-match';
import { SNIFF_BYTES, sniffImageFormat } from './rules/sniff';

/**
 * Turning an import request into an ordered plan: which files, which product, in which
 * gallery order. Shared by media.previewImport and the media.import job, so the preview
 * shows exactly what the job will do.
 */

/** Files of the given paths in a stable order; folders are walked, hidden entries skipped. */
export async function listImportFiles(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = async (path: string): Promise<void> => {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      const entries = (await readdir(path)).filter((name) => !name.startsWith('.')).sort();
      for (const name of entries) await walk(join(path, name));
    } else if (!seen.has(path)) {
      // Missing files stay in the list: the job reports them as unreadable.
      seen.add(path);
      out.push(path);
    }
  };
  for (const path of paths) await walk(path);
  return out;
}

export interface PlannedFile {
  file: string;
  productId: number | null;
  productTitle: string | null;
  sku: string | null;
  /** Gallery position if every file before it in the product imports (existing images first). */
  position: number | null;
}

interface Target {
  productId: number;
  title: string;
  sku: string | null;
}

/** Matches and orders files; unmatched files come last with productId null. */
export function planImport(db: DB, source: ImportSource, files: readonly string[]): PlannedFile[] {
  const repo = mediaRepo(db);
  const productId = source.productId ?? (source.productSku !== undefined ? resolveProductRef(db, source.productSku) : undefined);
  if (productId !== undefined) {
    const product = repo.product.get(productId);
    if (!product) {
      throw new ApiError('not_found', `product ${source.productSku ?? productId} not found`, {
        i18nKey: 'errors.product_not_found',
        params: { id: source.productSku ?? productId },
      });
    }
    const start = repo.maxPosition.get(product.id)!;
    return files.map((file, i) => ({ file, productId: product.id, productTitle: product.title, sku: null, position: start + i + 1 }));
  }
  const targets = new Map<string, Target>();
  if (source.match === 'sku') {
    for (const r of repo.skus.all()) targets.set(normaliseKey(r.sku), { productId: r.product_id, title: r.title, sku: r.sku });
  } else {
    for (const r of repo.handles.all()) targets.set(normaliseKey(r.handle), { productId: r.id, title: r.title, sku: null });
  }
  const byProduct = new Map<number, { file: string; target: Target; number: number | null; angle: string | null }[]>();
  const unmatched: PlannedFile[] = [];
  for (const file of files) {
    const match = matchFileName(basename(file), (key) => targets.get(key));
    if (!match) {
      unmatched.push({ file, productId: null, productTitle: null, sku: null, position: null });
      continue;
    }
    const list = byProduct.get(match.target.productId) ?? [];
    list.push({ file, target: match.target, number: match.number, angle: match.angle });
    byProduct.set(match.target.productId, list);
  }
  const planned: PlannedFile[] = [];
  for (const [productId, list] of byProduct) {
    list.sort((a, b) => compareGalleryOrder({ ...a, file: basename(a.file) }, { ...b, file: basename(b.file) }));
    const start = repo.maxPosition.get(productId)!;
    list.forEach((f, i) =>
      planned.push({ file: f.file, productId, productTitle: f.target.title, sku: f.target.sku, position: start + i + 1 }),
    );
  }
  return [...planned, ...unmatched];
}

/**
 * The product a variant SKU or a product handle names (case-insensitive, NFC), or 0 when
 * none does (so callers report not_found). A scan, but only for one CLI/preview call.
 */
export function resolveProductRef(db: DB, ref: string): number {
  const key = normaliseKey(ref);
  for (const r of mediaRepo(db).skus.iterate()) if (normaliseKey(r.sku) === key) return r.product_id;
  for (const r of mediaRepo(db).handles.iterate()) if (normaliseKey(r.handle) === key) return r.id;
  return 0;
}

/** Cheap checks that need no decoding: empty files and bytes that are no image format we take. */
export async function earlyRejection(file: string): Promise<'empty' | 'unsupported_format' | 'unreadable' | null> {
  try {
    const handle = await open(file, 'r');
    try {
      const head = new Uint8Array(SNIFF_BYTES);
      const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0);
      if (bytesRead === 0) return 'empty';
      return sniffImageFormat(head.subarray(0, bytesRead)) ? null : 'unsupported_format';
    } finally {
      await handle.close();
    }
  } catch {
    return 'unreadable';
  }
}

export async function previewImport(db: DB, source: ImportSource): Promise<ImportPreview> {
  const files = await listImportFiles(source.paths);
  const rejectedEarly: ImportPreview['rejectedEarly'] = [];
  const candidates: string[] = [];
  for (const file of files) {
    const code = await earlyRejection(file);
    if (code) rejectedEarly.push({ file, code });
    else candidates.push(file);
  }
  const plan = planImport(db, source, candidates);
  return {
    matches: plan
      .filter((p) => p.productId !== null)
      .map((p) => ({ file: p.file, productId: p.productId!, productTitle: p.productTitle!, sku: p.sku, position: p.position! })),
    unmatched: plan.filter((p) => p.productId === null).map((p) => p.file),
    rejectedEarly,
  };
}
