import { DemoCreateInput } from '../../../shared/schemas/app';
import type { Ctx } from '../../context';
import { generateDemoStore, resetStore } from '../../demo/generate';
import type { TaskFn } from '../queue';

/** Resets the store and generates the seeded demo store, announcing every table it filled. */
export const demoCreateTask =
  (ctx: () => Ctx): TaskFn =>
  async ({ params, signal, progress }) => {
    const { seed, scale } = DemoCreateInput.parse(params);
    const { db, mediaDir, clock } = ctx();
    progress(0, 0, 'reset');
    await resetStore(db, mediaDir);
    const counts = await generateDemoStore(db, {
      seed,
      scale,
      mediaDir,
      clock,
      signal,
      onProgress: (done, total, step) => progress(done, total, step),
    });
    ctx().events.emit('db.changed', {
      tables: ['products', 'variants', 'images', 'reviews', 'orders', 'customers', 'outbox', 'audit'],
    });
    return counts;
  };
