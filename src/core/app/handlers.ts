import { statfsSync, statSync } from 'node:fs';
import sharp from 'sharp';
import { ApiError } from '../../shared/api/errors';
import type { HandlersFor } from '../context';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { hasStore, storeCounts } from './store-counts';

type AppMethods = 'app.info' | 'app.doctor' | 'demo.status' | 'demo.create';

export function createAppHandlers(electronVersion: string | null) {
  return {
    'app.info': (_input, ctx) => ({
      name: 'Storekeeper',
      version: ctx.appVersion,
      schemaVersion: ctx.db.pragma('user_version', { simple: true }) as number,
      dataDir: ctx.dataDir,
      platform: process.platform,
      hasStore: hasStore(ctx.db),
    }),
    'app.doctor': (_input, ctx) => {
      const integrity = (ctx.db.pragma('integrity_check') as { integrity_check: string }[])
        .map((r) => r.integrity_check)
        .join('; ');
      return {
        versions: {
          app: ctx.appVersion,
          node: process.versions.node,
          sqlite: ctx.db.prepare('SELECT sqlite_version()').pluck().get() as string,
          sharp: sharp.versions.sharp ?? 'unknown',
          libvips: sharp.versions.vips,
          electron: electronVersion,
        },
        integrity,
        schemaVersion: ctx.db.pragma('user_version', { simple: true }) as number,
        appSchemaVersion: LATEST_SCHEMA_VERSION,
        dbPath: ctx.dbPath,
        dbSizeBytes: fileSize(ctx.dbPath) + fileSize(`${ctx.dbPath}-wal`),
        freeDiskBytes: freeDisk(ctx.dataDir),
      };
    },
    'demo.status': (_input, ctx) => ({ hasStore: hasStore(ctx.db), counts: storeCounts(ctx.db) }),
    'demo.create': ({ seed, scale }, ctx) => {
      if (ctx.jobs.list(['queued', 'running'], 50).some((j) => j.kind === 'demo.create')) {
        throw new ApiError('conflict', 'a demo store is already being created', { i18nKey: 'errors.demo_already_running' });
      }
      // One attempt: a half-built demo is reset by the next attempt, never resumed.
      const job = ctx.jobs.enqueue('demo.create', { seed, scale }, { maxAttempts: 1 });
      return { jobId: job.id };
    },
  } satisfies HandlersFor<AppMethods>;
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function freeDisk(dir: string): number | null {
  try {
    const s = statfsSync(dir);
    return Number(s.bavail) * Number(s.bsize);
  } catch {
    return null;
  }
}
