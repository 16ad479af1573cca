import type { DB } from '../db/open';
import type { Job, JobState } from '../../shared/schemas/job';

interface JobRow {
  id: number;
  kind: string;
  state: JobState;
  params_json: string;
  done: number;
  total: number;
  step: string | null;
  attempts: number;
  max_attempts: number;
  cancel_requested: number;
  error_json: string | null;
  created_at: string;
  updated_at: string;
}

export interface StoredJob extends Job {
  params: unknown;
  maxAttempts: number;
  cancelRequested: boolean;
}

const toJob = (r: JobRow): StoredJob => ({
  id: r.id,
  kind: r.kind,
  state: r.state,
  done: r.done,
  total: r.total,
  step: r.step,
  attempts: r.attempts,
  error: r.error_json ? JSON.parse(r.error_json) : null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  params: JSON.parse(r.params_json),
  maxAttempts: r.max_attempts,
  cancelRequested: r.cancel_requested === 1,
});

/** SQL for the persistent `jobs` table; the queue owns the state machine. */
export function jobsRepo(db: DB) {
  const get = db.prepare<[number], JobRow>('SELECT * FROM jobs WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO jobs(kind, state, params_json, max_attempts, created_at, updated_at)
     VALUES (@kind, 'queued', @params, @maxAttempts, @now, @now)`,
  );
  const nextQueued = db.prepare<[], JobRow>(
    "SELECT * FROM jobs WHERE state = 'queued' AND cancel_requested = 0 ORDER BY id LIMIT 1",
  );
  return {
    get: (id: number) => {
      const row = get.get(id);
      return row ? toJob(row) : null;
    },
    insert(kind: string, params: unknown, maxAttempts: number, now: string): StoredJob {
      const info = insert.run({ kind, params: JSON.stringify(params ?? {}), maxAttempts, now });
      return toJob(get.get(Number(info.lastInsertRowid))!);
    },
    list(states: JobState[] | undefined, limit: number): StoredJob[] {
      const rows = states?.length
        ? db
            .prepare<unknown[], JobRow>(
              `SELECT * FROM jobs WHERE state IN (${states.map(() => '?').join(',')}) ORDER BY id DESC LIMIT ?`,
            )
            .all(...states, limit)
        : db.prepare<[number], JobRow>('SELECT * FROM jobs ORDER BY id DESC LIMIT ?').all(limit);
      return rows.map(toJob);
    },
    nextQueued: () => {
      const row = nextQueued.get();
      return row ? toJob(row) : null;
    },
    update(id: number, fields: Partial<Record<keyof JobRow | 'started_at' | 'finished_at' | 'result_json', unknown>>, now: string) {
      const keys = Object.keys(fields);
      const sets = [...keys.map((k) => `${k} = @${k}`), 'updated_at = @updated_at'].join(', ');
      db.prepare(`UPDATE jobs SET ${sets} WHERE id = @id`).run({ ...fields, updated_at: now, id });
    },
    /** Jobs left `running` by a crash go back to the queue (or fail when out of attempts). */
    requeueInterrupted(now: string): number {
      db.prepare(
        `UPDATE jobs SET state = 'failed', updated_at = ?, finished_at = ?,
           error_json = '{"code":"internal","i18nKey":"errors.internal","message":"interrupted too often"}'
         WHERE state = 'running' AND attempts >= max_attempts`,
      ).run(now, now);
      db.prepare("UPDATE jobs SET state = 'cancelled', updated_at = ? WHERE state IN ('running','queued') AND cancel_requested = 1").run(now);
      return db.prepare("UPDATE jobs SET state = 'queued', updated_at = ? WHERE state = 'running'").run(now).changes;
    },
  };
}
export type JobsRepo = ReturnType<typeof jobsRepo>;
