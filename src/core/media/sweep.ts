import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Ctx } from '../context';
import { mediaFilesRoot, TEMP_PREFIX } from './store';

/** Rows and files younger than this are left alone: an import may be about to reference them. */
const GRACE_MS = 10 * 60_000;

/** A temp file this old belongs to no write in progress (writes take milliseconds). */
const TEMP_GRACE_MS = 60_000;

export interface SweepReport {
  rows: number;
  temp: number;
  empty: number;
  orphans: number;
}

/**
 * Startup sweep of the media store: drops media_files rows nothing references (removed
 * images), then deletes temp files, 0-byte files and files without a row. Anything
 * modified after the sweep began (minus a grace period for temp files) is skipped, so a
 * resumed import writing files at the same time never loses one.
 */
export async function sweepMedia(ctx: Ctx): Promise<SweepReport> {
  // Row times follow the backend clock; file times are always the wall clock.
  const cutoff = new Date(ctx.clock.now() - GRACE_MS).toISOString();
  const sweepStartWall = Date.now();
  const rows = ctx.db
    .prepare(
      `DELETE FROM media_files WHERE created_at < ?
         AND NOT EXISTS (SELECT 1 FROM images i WHERE i.original_sha256 = media_files.sha256)
         AND NOT EXISTS (SELECT 1 FROM image_derivatives d WHERE d.sha256 = media_files.sha256)
         AND NOT EXISTS (SELECT 1 FROM review_media r WHERE r.sha256 = media_files.sha256)`,
    )
    .run(cutoff).changes;
  const known = ctx.db.prepare<[string], string>('SELECT ext FROM media_files WHERE sha256 = ?').pluck();
  const report: SweepReport = { rows, temp: 0, empty: 0, orphans: 0 };
  const root = mediaFilesRoot(ctx.mediaDir);
  const dirs = await readdir(root).catch(() => [] as string[]);
  for (const dir of dirs) {
    const names = await readdir(join(root, dir)).catch(() => [] as string[]);
    for (const name of names) {
      const path = join(root, dir, name);
      const info = await stat(path).catch(() => null);
      if (!info?.isFile()) continue;
      if (name.startsWith(TEMP_PREFIX)) {
        if (sweepStartWall - info.mtimeMs > TEMP_GRACE_MS) report.temp += await remove(path);
        continue;
      }
      if (info.size === 0) {
        report.empty += await remove(path);
        continue;
      }
      const m = /^([0-9a-f]{64})\.([a-z0-9]+)$/.exec(name);
      const ext = m ? known.get(m[1]) : undefined;
      if ((!m || ext !== m[2]) && info.mtimeMs < sweepStartWall) report.orphans += await remove(path);
    }
  }
  return report;
}

const remove = (path: string): Promise<number> =>
  unlink(path).then(
    () => 1,
    () => 0,
  );
