import type { DB } from '../db/open';
import type { FieldValue } from './entities';

/**
 * Fields of an entity that live in side tables rather than in a column of its own row:
 * a product's tags and collections (link tables) and its copy in other languages
 * (product_translations). Modelling them as fields of the product, not as entities of
 * their own, keeps one outbox op per product (stores take tags, collections and
 * translations as part of the product) and lets coalescing drop a tag that was added
 * and removed again. Only rows.ts calls these, inside applyEdit's transaction.
 */
export interface VirtualField {
  read(db: DB, id: number): FieldValue;
  write(db: DB, id: number, value: FieldValue): void;
}

const cache = new WeakMap<DB, ReturnType<typeof prepare>>();

function prepare(db: DB) {
  return {
    tags: db
      .prepare<[number], string>(
        'SELECT g.name FROM product_tags pt JOIN tags g ON g.id = pt.tag_id WHERE pt.product_id = ? ORDER BY g.name',
      )
      .pluck(),
    clearTags: db.prepare<[number]>('DELETE FROM product_tags WHERE product_id = ?'),
    ensureTag: db.prepare<[string]>('INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO NOTHING'),
    linkTag: db.prepare<[number, string]>(
      'INSERT OR IGNORE INTO product_tags(product_id, tag_id) SELECT ?, id FROM tags WHERE name = ?',
    ),
    collections: db
      .prepare<[number], number>('SELECT collection_id FROM product_collections WHERE product_id = ? ORDER BY collection_id')
      .pluck(),
    clearCollections: db.prepare<[number]>('DELETE FROM product_collections WHERE product_id = ?'),
    linkCollection: db.prepare<[number, number]>('INSERT INTO product_collections(product_id, collection_id) VALUES (?, ?)'),
    translation: db.prepare<[number, string], { title: string; description_html: string }>(
      'SELECT title, description_html FROM product_translations WHERE product_id = ? AND locale = ?',
    ),
    upsertTranslation: db.prepare<{ id: number; locale: string; title: string; description: string }>(
      `INSERT INTO product_translations(product_id, locale, title, description_html) VALUES (@id, @locale, @title, @description)
       ON CONFLICT(product_id, locale) DO UPDATE SET title = excluded.title, description_html = excluded.description_html`,
    ),
    deleteTranslation: db.prepare<[number, string]>('DELETE FROM product_translations WHERE product_id = ? AND locale = ?'),
    imageAlt: db.prepare<[number, string], string>('SELECT alt FROM image_alt WHERE image_id = ? AND locale = ?').pluck(),
    upsertImageAlt: db.prepare<[number, string, string]>(
      'INSERT INTO image_alt(image_id, locale, alt) VALUES (?, ?, ?) ON CONFLICT(image_id, locale) DO UPDATE SET alt = excluded.alt',
    ),
    deleteImageAlt: db.prepare<[number, string]>('DELETE FROM image_alt WHERE image_id = ? AND locale = ?'),
  };
}

const statements = (db: DB) => {
  let s = cache.get(db);
  if (!s) {
    s = prepare(db);
    cache.set(db, s);
  }
  return s;
};

/** Tags as a sorted list of names; writing replaces the product's whole set. */
export const productTags: VirtualField = {
  read: (db, id) => statements(db).tags.all(id),
  write(db, id, value) {
    const s = statements(db);
    s.clearTags.run(id);
    for (const name of Array.isArray(value) ? value : []) {
      s.ensureTag.run(String(name));
      s.linkTag.run(id, String(name));
    }
  },
};

/** Collection ids, ascending; writing replaces the product's memberships. */
export const productCollections: VirtualField = {
  read: (db, id) => statements(db).collections.all(id),
  write(db, id, value) {
    const s = statements(db);
    s.clearCollections.run(id);
    for (const collectionId of Array.isArray(value) ? value : []) s.linkCollection.run(id, Number(collectionId));
  },
};

/**
 * One column of a product's translation into `locale`. null means "no translation";
 * when both title and description end up null the row goes, so an empty translation
 * never shadows the default language.
 */
export function productTranslation(locale: string, part: 'title' | 'description_html'): VirtualField {
  return {
    read(db, id) {
      const row = statements(db).translation.get(id, locale);
      return row ? row[part] || null : null;
    },
    write(db, id, value) {
      const s = statements(db);
      const row = s.translation.get(id, locale) ?? { title: '', description_html: '' };
      const next = { ...row, [part]: typeof value === 'string' ? value : '' };
      if (!next.title && !next.description_html) s.deleteTranslation.run(id, locale);
      else s.upsertTranslation.run({ id, locale, title: next.title, description: next.description_html });
    },
  };
}

/** An image's alt text in `locale`; null or '' removes it (no alt is not the same as empty alt). */
export function imageAlt(locale: string): VirtualField {
  return {
    read: (db, id) => statements(db).imageAlt.get(id, locale) ?? null,
    write(db, id, value) {
      const s = statements(db);
      if (typeof value === 'string' && value !== '') s.upsertImageAlt.run(id, locale, value);
      else s.deleteImageAlt.run(id, locale);
    },
  };
}
