import type { DB } from '../db/open';
import { Settings } from '../../shared/schemas/app';

export const DEFAULT_SETTINGS: Settings = {
  language: 'en',
  theme: 'system',
  numberingSystem: 'auto',
  storeName: 'My store',
  currency: 'USD',
};

/**
 * Preferences live as JSON values in the `settings` table. They are app preferences,
 * not store data, so they are not synced and create no outbox op.
 */
export function readSettings(db: DB): Settings {
  const rows = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings').all();
  const stored: Record<string, unknown> = {};
  for (const r of rows) {
    try {
      stored[r.key] = JSON.parse(r.value);
    } catch {
      // A damaged value falls back to its default rather than blocking the app.
    }
  }
  const merged = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const candidate = Settings.shape[key].safeParse(stored[key]);
    if (candidate.success) (merged as Record<string, unknown>)[key] = candidate.data;
  }
  return merged;
}

export function writeSettings(db: DB, patch: Partial<Settings>): Settings {
  const upsert = db.prepare('INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  db.transaction(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) upsert.run(key, JSON.stringify(value));
    }
  })();
  return readSettings(db);
}

/** Raw access for internal settings that are not part of the merchant-facing Settings schema. */
export function readSetting(db: DB, key: string): unknown {
  const row = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(key);
  return row ? JSON.parse(row.value) : undefined;
}
