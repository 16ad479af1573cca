import { DemoCreateInput } from '../../../shared/schemas/app';
import type { Ctx } from '../../context';
import { generateDemoStore, resetStore } from '../../demo/generate';
import type { TaskFn } from '../queue';

const DEMO_TABLES = ['products', 'variants', 'images', 'reviews', 'orders', 'customers', 'outbox', 'audit'] as const;

/**
 * Generates the seeded demo store (the generator resets the store first). A cancelled or
 * failed run is reset too, so the merchant never sees half a demo store.
 */
export const demoCreateTask =
  (ctx: () => Ctx): TaskFn =>
  async ({ params, signal, progress }) => {
    const { seed, scale } = DemoCreateInput.parse(params);
    const { db, mediaDir, clock, events } = ctx();
    try {
      return await generateDemoStore(db, {
        seed,
        scale,
        mediaDir,
        clock,
        signal,
        onProgress: (done, total, step) => progress(done, total, step),
      });
    } catch (e) {
      await resetStore(db, mediaDir);
      throw e;
    } finally {
      events.emit('db.changed', { tables: [...DEMO_TABLES] });
    }
  };
