import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/core/db/open';
import { MIGRATIONS } from '../../src/core/db/migrations';
import { migration0003 } from '../../src/core/db/migrations/0003-media';
import { tempDir } from './helpers/temp-dir';

describe('migration 0003 (media import ledger)', () => {
  it('upgrades a v2 database: the ledger keys items by job and cascades with the job', async () => {
    const t = tempDir('sk-m3-');
    try {
      const file = join(t.dir, 'db.sqlite');
      const v2 = await openDatabase(file, { toVersion: 2 });
      v2.db.close();
      const { db, migration } = await openDatabase(file, { toVersion: 3 });
      expect(migration).toMatchObject({ from: 2, to: 3, applied: [3] });
      expect(MIGRATIONS.find((m) => m.version === 3)).toBe(migration0003);
      const now = '2026-01-01T00:00:00.000Z';
      const jobId = Number(db.prepare("INSERT INTO jobs(kind, created_at, updated_at) VALUES ('media.import', ?, ?)").run(now, now).lastInsertRowid);
      const item = db.prepare("INSERT INTO media_import_items(job_id, seq, path, state) VALUES (?, ?, ?, ?)");
      item.run(jobId, 1, '/a.jpg', 'pending');
      expect(() => item.run(jobId, 1, '/b.jpg', 'pending')).toThrow(/UNIQUE|PRIMARY/);
      expect(() => item.run(jobId, 2, '/b.jpg', 'half-done')).toThrow(/CHECK/);
      db.prepare('DELETE FROM jobs WHERE id = ?').run(jobId);
      expect(db.prepare('SELECT count(*) FROM media_import_items').pluck().get()).toBe(0);
      db.close();
    } finally {
      t.cleanup();
    }
  });
});
