import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { processImage, type PipelineOptions } from '../media/pipeline';

/**
 * Tasks a pool worker can run. Pure functions of their payload: workers never write the
 * database (the single writer applies their results in a transaction).
 */
export const workerTasks: Record<string, (payload: never) => Promise<unknown> | unknown> = {
  /** Health check used by tests and `doctor`: echoes the payload with the worker's thread id. */
  ping: (payload: unknown) => ({ payload }),
  sha256: ({ bytes }: { bytes: Uint8Array }) => createHash('sha256').update(bytes).digest('hex'),
  /** Upright WebP thumbnail; metadata (EXIF/GPS) is never kept. */
  thumbnail: async ({ bytes, width }: { bytes: Uint8Array; width: number }) => {
    const { data, info } = await sharp(bytes, { limitInputPixels: 120e6 })
      .rotate()
      .resize({ width, withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    return { bytes: new Uint8Array(data), width: info.width, height: info.height };
  },
  /** The photo import pipeline for one file's bytes: a rejection code or the files to store. */
  'media.process': ({ bytes, options }: { bytes: Uint8Array; options?: PipelineOptions }) => processImage(bytes, options),
  /** Deliberately crashes the worker: lets tests prove the pool survives a dead worker. */
  crash: () => process.exit(3),
};
