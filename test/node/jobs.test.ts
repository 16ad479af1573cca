import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase, type DB } from '../../src/core/db/open';
import { createJobQueue, type TaskFn } from '../../src/core/jobs/queue';
import { silentLogger, systemClock } from '../../src/core/ports';
import type { Job } from '../../src/shared/schemas/job';
import { tempDir } from './helpers/temp-dir';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

async function freshDb(): Promise<{ db: DB; file: string }> {
  const t = tempDir();
  const file = join(t.dir, 'jobs.db');
  const { db } = await openDatabase(file);
  cleanups.push(() => {
    if (db.open) db.close();
    t.cleanup();
  });
  return { db, file };
}

function queueWith(db: DB, task: TaskFn, events: Job[] = []) {
  return createJobQueue(db, { 'demo.create': task }, { clock: systemClock, logger: silentLogger, emit: (j) => events.push(j) });
}

describe('persistent job queue', () => {
  it('runs a job to success, persisting progress and publishing it', async () => {
    const { db } = await freshDb();
    const events: Job[] = [];
    const q = queueWith(db, async ({ progress }) => {
      for (let i = 1; i <= 3; i++) progress(i, 3, 'catalog');
      return { made: 3 };
    }, events);
    q.start();
    const job = q.enqueue('demo.create', { seed: 1 });
    const done = await q.wait(job.id);
    expect(done.state).toBe('succeeded');
    expect(done.done).toBe(3);
    expect(done.attempts).toBe(1);
    expect(events.map((e) => e.state)).toContain('running');
    expect(events.at(-1)?.state).toBe('succeeded');
    const row = db.prepare('SELECT result_json FROM jobs WHERE id = ?').pluck().get(job.id);
    expect(JSON.parse(row as string)).toEqual({ made: 3 });
  });

  it('cancels a running job through its abort signal', async () => {
    const { db } = await freshDb();
    let started!: () => void;
    const running = new Promise<void>((r) => (started = r));
    const q = queueWith(db, ({ signal }) =>
      new Promise((_, reject) => {
        started();
        signal.addEventListener('abort', () => reject(Object.assign(new Error('stop'), { name: 'AbortError' })));
      }),
    );
    q.start();
    const job = q.enqueue('demo.create', {});
    await running;
    q.cancel(job.id);
    expect((await q.wait(job.id)).state).toBe('cancelled');
    expect(() => q.cancel(job.id)).toThrowError(/cancelled/);
  });

  it('records a failure with a translatable error and never loses the job row', async () => {
    const { db } = await freshDb();
    const q = queueWith(db, async () => {
      throw new Error('disk on fire');
    });
    q.start();
    const job = q.enqueue('demo.create', {});
    const done = await q.wait(job.id);
    expect(done.state).toBe('failed');
    expect(done.error).toMatchObject({ code: 'internal', i18nKey: 'errors.internal', message: 'disk on fire' });
  });

  it('resumes a job that a crash left running', async () => {
    const { db, file } = await freshDb();
    const first = queueWith(db, () => new Promise(() => {}));
    first.start();
    const job = first.enqueue('demo.create', { seed: 9 });
    await new Promise((r) => setTimeout(r, 50));
    expect(first.get(job.id)?.state).toBe('running');
    // Simulate the crash: the process is gone, the row still says running.
    db.close();
    const { db: reopened } = await openDatabase(file);
    cleanups.push(() => reopened.close());
    const seen: unknown[] = [];
    const second = queueWith(reopened, async ({ params }) => {
      seen.push(params);
    });
    second.start();
    const done = await second.wait(job.id);
    expect(done.state).toBe('succeeded');
    expect(done.attempts).toBe(2);
    expect(seen).toEqual([{ seed: 9 }]);
  });

  it('cancels a queued job without running it and rejects unknown ids', async () => {
    const { db } = await freshDb();
    let runs = 0;
    const q = queueWith(db, async () => {
      runs++;
    });
    const job = q.enqueue('demo.create', {});
    q.cancel(job.id);
    q.start();
    await q.idle();
    expect(runs).toBe(0);
    expect(q.get(job.id)?.state).toBe('cancelled');
    expect(() => q.cancel(999)).toThrowError(/not found/);
  });
});
