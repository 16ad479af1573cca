import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/shared/api/errors';
import { createBackend, DB_FILE } from '../../src/core/backend';
import { openDatabase } from '../../src/core/db/open';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/core/db/migrations';
import { migration0001 } from '../../src/core/db/migrations/0001-init';
import type { Migration } from '../../src/core/db/types';
import { silentLogger } from '../../src/core/ports';
import { METHODS } from '../../src/shared/api/methods';
import { insertProduct, insertReview } from './helpers/fixtures';
import { describeSchema, formatSchema, schemaAdditions, schemaBreaks, type SchemaShape } from './helpers/schema';
import { tempDir } from './helpers/temp-dir';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});
function folder(): string {
  const t = tempDir('sk-migrate-');
  cleanups.push(t.cleanup);
  return t.dir;
}

async function rejection(p: Promise<unknown>): Promise<ApiError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ApiError);
  return e as ApiError;
}

const fileHash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A stand-in for a future migration, to exercise the upgrade path on a real older file. */
const testMigration0002: Migration = {
  version: 2,
  name: 'test-notes',
  sql: 'CREATE TABLE test_notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);',
};

describe('migrate', () => {
  it('brings a fresh database to LATEST_SCHEMA_VERSION and records each migration', async () => {
    const file = join(folder(), 'fresh.db');
    const { db, migration } = await openDatabase(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(migration).toMatchObject({ from: 0, to: LATEST_SCHEMA_VERSION, backup: null });
      const history = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
      expect(history).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    } finally {
      db.close();
    }
  });

  it('re-opening a current database applies nothing and writes no backup', async () => {
    const dir = folder();
    const file = join(dir, 'again.db');
    (await openDatabase(file)).db.close();
    const { db, migration } = await openDatabase(file);
    db.close();
    expect(migration).toMatchObject({ applied: [], backup: null });
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('refuses an applied migration whose SQL changed (db_corrupt / errors.migration_edited) and leaves the file untouched', async () => {
    const file = join(folder(), 'edited.db');
    const first = await openDatabase(file);
    insertProduct(first.db, { handle: 'keep-me' });
    first.db.close();
    const before = fileHash(file);

    const edited: Migration = { ...migration0001, sql: `${migration0001.sql}\nCREATE TABLE sneaky (id INTEGER);` };
    const err = await rejection(openDatabase(file, { migrations: [edited, ...MIGRATIONS.slice(1)] }));
    expect(err.code).toBe('db_corrupt');
    expect(err.i18nKey).toBe('errors.migration_edited');
    expect(fileHash(file)).toBe(before);
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'sneaky'").pluck().get()).toBe(0);
    raw.close();
  });

  it('refuses a database newer than the app with db_too_new', async () => {
    const file = join(folder(), 'newer.db');
    (await openDatabase(file)).db.close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const err = await rejection(openDatabase(file));
    expect(err.code).toBe('db_too_new');
    expect(err.params).toEqual({ dbVersion: LATEST_SCHEMA_VERSION + 5, appVersion: LATEST_SCHEMA_VERSION });
  });

  it('createBackend on a too-new database answers every method with db_too_new instead of crashing', async () => {
    const dir = folder();
    const file = join(dir, DB_FILE);
    (await openDatabase(file)).db.close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    const backend = await createBackend({ dataDir: dir, appVersion: 'test', runJobs: false, logger: silentLogger });
    try {
      for (const method of METHODS) {
        const reply = await backend.dispatch(method, {});
        expect(reply.ok, method).toBe(false);
        if (!reply.ok) expect(reply.error.code, method).toBe('db_too_new');
      }
    } finally {
      await backend.close();
    }
  });

  it('snapshots an existing database before running a pending migration', async () => {
    const dir = folder();
    const file = join(dir, 'upgrade.db');
    const v1 = await openDatabase(file, { migrations: [migration0001, testMigration0002], toVersion: 1 });
    expect(v1.db.pragma('user_version', { simple: true })).toBe(1);
    const productId = insertProduct(v1.db, { handle: 'before-upgrade' });
    v1.db.close();

    const v2 = await openDatabase(file, { migrations: [migration0001, testMigration0002] });
    try {
      expect(v2.migration).toMatchObject({ from: 1, to: 2, applied: [2] });
      expect(v2.db.pragma('user_version', { simple: true })).toBe(2);
      const backup = v2.migration!.backup!;
      expect(readdirSync(join(dir, 'backups'))).toHaveLength(1);
      const snap = new Database(backup, { readonly: true });
      try {
        expect(snap.pragma('user_version', { simple: true })).toBe(1);
        expect(snap.prepare('SELECT handle FROM products WHERE id = ?').pluck().get(productId)).toBe('before-upgrade');
        expect(snap.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'test_notes'").pluck().get()).toBe(0);
      } finally {
        snap.close();
      }
    } finally {
      v2.db.close();
    }
  });
});

describe('migration 0001 (init)', () => {
  const EXPECTED_TABLES = [
    'products', 'product_translations', 'product_options', 'variants', 'collections', 'product_collections',
    'tags', 'product_tags', 'product_fts', 'media_files', 'images', 'image_alt', 'image_derivatives',
    'customers', 'orders', 'order_lines', 'refunds', 'refund_lines', 'checkouts', 'sessions', 'survey_responses',
    'reviews', 'review_media', 'review_replies', 'moderation_log', 'settings', 'jobs', 'audit_runs',
    'audit_findings', 'stores', 'remote_shadow', 'outbox', 'conflicts', 'cursors', 'schema_migrations',
  ];
  const EXPECTED_TRIGGERS = [
    'products_fts_ai', 'products_fts_au', 'products_fts_ad', 'variants_fts_ai', 'variants_fts_au', 'variants_fts_ad',
    'translations_fts_ai', 'translations_fts_au', 'translations_fts_ad', 'product_tags_fts_ai', 'product_tags_fts_ad',
    'moderation_log_no_update', 'moderation_log_no_delete',
  ];

  it('creates every table and trigger, with foreign keys and WAL on', async () => {
    const file = join(folder(), 'v1.db');
    const { db } = await openDatabase(file, { toVersion: 1 });
    try {
      const names = (type: string) =>
        db.prepare('SELECT name FROM sqlite_master WHERE type = ?').pluck().all(type) as string[];
      expect(names('table')).toEqual(expect.arrayContaining(EXPECTED_TABLES));
      expect(names('trigger').sort()).toEqual([...EXPECTED_TRIGGERS].sort());
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(() => insertReview(db, 424242)).toThrow(/FOREIGN KEY/);
    } finally {
      db.close();
    }
  });

  it('keeps moderation_log append-only: UPDATE and DELETE raise', async () => {
    const file = join(folder(), 'log.db');
    const { db } = await openDatabase(file, { toVersion: 1 });
    try {
      const review = insertReview(db, insertProduct(db));
      db.prepare(
        "INSERT INTO moderation_log(review_id, action, from_status, to_status, actor, created_at) VALUES (?, 'decide', 'pending', 'rejected', 'merchant', '2026-01-01T00:00:00Z')",
      ).run(review);
      expect(() => db.prepare("UPDATE moderation_log SET to_status = 'approved'").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM moderation_log').run()).toThrow(/append-only/);
      expect(db.prepare('SELECT to_status FROM moderation_log').pluck().all()).toEqual(['rejected']);
    } finally {
      db.close();
    }
  });
});

describe('schema snapshot', () => {
  const SNAPSHOT = join(__dirname, 'schema-snapshot.json');

  it('matches test/node/schema-snapshot.json: no column, table, index or trigger removed or changed', async () => {
    const file = join(folder(), 'schema.db');
    const { db } = await openDatabase(file);
    const current = describeSchema(db);
    db.close();
    // Regenerate deliberately, and review the diff: UPDATE_SNAPSHOTS=1 npx vitest run …
    if (process.env.UPDATE_SNAPSHOTS === '1') writeFileSync(SNAPSHOT, formatSchema(current));
    expect(existsSync(SNAPSHOT), 'schema-snapshot.json is missing: generate it with UPDATE_SNAPSHOTS=1').toBe(true);
    const snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as SchemaShape;
    expect(schemaBreaks(snapshot, current), 'schema changes that break existing data or code').toEqual([]);
    expect(schemaAdditions(snapshot, current), 'new schema objects: regenerate the snapshot and review it').toEqual([]);
  });

  it('detects a removed or retyped column', () => {
    const base: SchemaShape = {
      tables: { t: { a: { type: 'TEXT', notnull: true, default: null, pk: 0 }, b: { type: 'INTEGER', notnull: false, default: null, pk: 0 } } },
      indexes: {},
      triggers: {},
      views: [],
    };
    const changed: SchemaShape = {
      ...base,
      tables: { t: { a: { type: 'INTEGER', notnull: true, default: null, pk: 0 } } },
    };
    expect(schemaBreaks(base, changed)).toEqual([
      'column t.a changed: {"type":"TEXT","notnull":true,"default":null,"pk":0} → {"type":"INTEGER","notnull":true,"default":null,"pk":0}',
      'column t.b was removed',
    ]);
  });
});
