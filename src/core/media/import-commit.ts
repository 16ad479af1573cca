import { unlink } from 'node:fs/promises';
import type { DB } from '../db/open';
import type { Clock } from '../ports';
import { applyEdit } from '../mutations';
import type { ProcessedImage } from './pipeline';
import { mediaRepo, type ImportItemRow } from './repo';
import { dominantAspect, isAspectMismatch } from './rules/aspect';
import type { NearDuplicateIndex } from './rules/near-duplicate';
import { mediaFilePath, prepareMediaRowInsert } from './store';

/**
 * Applies one processed photo in ONE transaction: media_files rows, the image (created
 * through the mutation path, so it gets its outbox op), its derivatives, and the ledger
 * row of the import job. A crash before commit leaves only content-addressed files, which
 * the startup sweep removes; after commit, the job never touches this file again.
 */
export type Outcome =
  | { state: 'imported'; imageId: number; position: number; flags: string[] }
  | { state: 'duplicate'; imageId: number }
  | { state: 'rejected'; code: string; params: Record<string, string | number> };

export function commitProcessed(
  db: DB,
  clock: Clock,
  item: ImportItemRow,
  result: ProcessedImage,
  near: NearDuplicateIndex,
): Outcome {
  const repo = mediaRepo(db);
  const insertMediaRow = prepareMediaRowInsert(db);
  const now = new Date(clock.now()).toISOString();
  return db.transaction((): Outcome => {
    const productId = item.product_id!;
    const existing = repo.imageBySha.get(result.sha256);
    if (existing) return finish(db, item, { state: 'duplicate', imageId: existing.id }, now);

    const gallery = repo.productImages.all(productId);
    const flags = [...result.flags];
    const size = { width: result.original.width, height: result.original.height };
    if (isAspectMismatch(size, dominantAspect(gallery))) flags.push('aspect_mismatch');
    const twin = near.find({ productId, dhash: result.dhash, phash: result.phash, dhashMirror: result.dhashMirror });
    if (twin !== null) flags.push(`duplicate_of:${twin}`);

    const o = result.original;
    insertMediaRow(result.sha256, o.bytes.length, { ext: o.ext, mime: o.mime, width: o.width, height: o.height, createdAt: now });
    const position = repo.maxPosition.get(productId)! + 1;
    const created = applyEdit(db, {
      entity: 'image',
      kind: 'create',
      clock,
      values: {
        productId,
        originalSha256: result.sha256,
        width: o.width,
        height: o.height,
        format: result.format,
        bytes: o.bytes.length,
        fileName: fileNameOf(item.path),
        position,
        dhash: result.dhash,
        phash: result.phash,
        dhashMirror: result.dhashMirror,
        qualityFlags: flags,
      },
    });
    for (const d of result.derivatives) {
      const sha = derivativeSha(d);
      insertMediaRow(sha, d.bytes.length, { ext: d.ext, mime: d.mime, width: d.width, height: d.height, createdAt: now });
      repo.insertDerivative.run(created.entityId, d.variant, sha, d.width, d.height);
    }
    near.add({ id: created.entityId, productId, dhash: result.dhash, phash: result.phash, dhashMirror: result.dhashMirror });
    return finish(db, item, { state: 'imported', imageId: created.entityId, position, flags }, now);
  })();
}

export function finish(db: DB, item: ImportItemRow, outcome: Outcome, now: string): Outcome {
  mediaRepo(db).finishItem.run({
    jobId: item.job_id,
    seq: item.seq,
    state: outcome.state,
    imageId: outcome.state === 'rejected' ? null : outcome.imageId,
    position: outcome.state === 'imported' ? outcome.position : null,
    code: outcome.state === 'rejected' ? outcome.code : null,
    params: JSON.stringify(outcome.state === 'rejected' ? outcome.params : outcome.state === 'imported' ? { flags: outcome.flags.join(',') } : {}),
    finishedAt: now,
  });
  return outcome;
}

/** sha256 of a derivative, filled in by the writer before commit. */
const derivativeSha = (d: { sha256?: string }): string => {
  if (!d.sha256) throw new Error('derivative was not written');
  return d.sha256;
};

const fileNameOf = (path: string): string => path.split(/[\\/]/).pop() ?? path;

/**
 * Removes files this import wrote that no row references (a commit that failed or was
 * cancelled): the store never keeps an orphan when we can help it.
 */
export async function discardUnreferenced(db: DB, mediaDir: string, files: readonly { sha256: string; ext: string }[]): Promise<void> {
  const referenced = db.prepare<[string], number>('SELECT 1 FROM media_files WHERE sha256 = ?').pluck();
  for (const f of files) {
    if (referenced.get(f.sha256)) continue;
    await unlink(mediaFilePath(mediaDir, f.sha256, f.ext)).catch(() => undefined);
  }
}
