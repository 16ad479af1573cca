import { afterAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { createWorkerPool } from '../../src/core/jobs/pool';

const pool = createWorkerPool({
  entry: resolve(__dirname, '../../src/core/jobs/worker-entry.ts'),
  size: 2,
});
afterAll(() => pool.close());

describe('worker pool', () => {
  it('spreads tasks over both workers', async () => {
    const replies = await Promise.all(
      Array.from({ length: 6 }, (_, i) => pool.run<{ payload: number; threadId: number }>('ping', i)),
    );
    expect(replies.map((r) => r.payload)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(new Set(replies.map((r) => r.threadId)).size).toBe(2);
  });

  it('makes an upright WebP thumbnail from real JPEG bytes in a worker', async () => {
    // 300x200 pixels stored sideways with EXIF orientation 6: upright it is 200x300.
    const jpeg = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#c0392b' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const out = await pool.run<{ bytes: Uint8Array; width: number; height: number }>('thumbnail', {
      bytes: new Uint8Array(jpeg),
      width: 100,
    });
    const meta = await sharp(out.bytes).metadata();
    expect(meta.format).toBe('webp');
    expect([out.width, out.height]).toEqual([100, 150]);
    expect(meta.exif).toBeUndefined();
  });

  it('reports a task error and keeps working', async () => {
    await expect(pool.run('thumbnail', { bytes: new Uint8Array([1, 2, 3]), width: 10 })).rejects.toThrow();
    await expect(pool.run('no-such-task', {})).rejects.toThrow(/unknown worker task/);
    expect((await pool.run<{ payload: string }>('ping', 'ok')).payload).toBe('ok');
  });

  it('replaces a crashed worker', async () => {
    await expect(pool.run('crash', {})).rejects.toThrow(/exited/);
    const replies = await Promise.all([pool.run('ping', 1), pool.run('ping', 2), pool.run('ping', 3)]);
    expect(replies).toHaveLength(3);
  });
});
