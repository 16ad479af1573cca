import type { DB } from '../../../src/core/db/open';

export interface ColumnShape {
  type: string;
  notnull: boolean;
  default: string | null;
  pk: number;
}

export interface SchemaShape {
  tables: Record<string, Record<string, ColumnShape>>;
  indexes: Record<string, { table: string; sql: string | null }>;
  triggers: Record<string, { table: string }>;
  views: string[];
}

/** FTS5 keeps its index in shadow tables named after the virtual table; they are not schema. */
const FTS_SHADOW = /_(data|idx|content|docsize|config)$/;

/** The schema as a plain object: tables → columns, indexes, triggers, views (sorted, JSON-stable). */
export function describeSchema(db: DB): SchemaShape {
  const objects = db
    .prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as { type: string; name: string; tbl_name: string; sql: string | null }[];
  const virtual = new Set(objects.filter((o) => o.sql?.startsWith('CREATE VIRTUAL TABLE')).map((o) => o.name));
  const isShadow = (name: string) => [...virtual].some((v) => name.startsWith(`${v}_`) && FTS_SHADOW.test(name));

  const shape: SchemaShape = { tables: {}, indexes: {}, triggers: {}, views: [] };
  for (const o of objects) {
    if (o.type === 'table' && !isShadow(o.name)) {
      const cols = db.prepare(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_xinfo(?) ORDER BY cid`).all(o.name) as {
        name: string;
        type: string;
        notnull: number;
        dflt_value: string | null;
        pk: number;
      }[];
      shape.tables[o.name] = Object.fromEntries(
        cols.map((c) => [c.name, { type: c.type, notnull: c.notnull === 1, default: c.dflt_value, pk: c.pk }]),
      );
    } else if (o.type === 'index' && !isShadow(o.tbl_name)) {
      shape.indexes[o.name] = { table: o.tbl_name, sql: o.sql?.replace(/\s+/g, ' ') ?? null };
    } else if (o.type === 'trigger') {
      shape.triggers[o.name] = { table: o.tbl_name };
    } else if (o.type === 'view') {
      shape.views.push(o.name);
    }
  }
  return shape;
}

/**
 * What a new schema broke relative to a snapshot: removed or changed columns, tables,
 * indexes and triggers. Additions are not breaks (they are reported separately).
 */
export function schemaBreaks(snapshot: SchemaShape, current: SchemaShape): string[] {
  const breaks: string[] = [];
  for (const [table, cols] of Object.entries(snapshot.tables)) {
    const now = current.tables[table];
    if (!now) {
      breaks.push(`table ${table} was removed`);
      continue;
    }
    for (const [col, shape] of Object.entries(cols)) {
      if (!now[col]) breaks.push(`column ${table}.${col} was removed`);
      else if (JSON.stringify(now[col]) !== JSON.stringify(shape)) {
        breaks.push(`column ${table}.${col} changed: ${JSON.stringify(shape)} → ${JSON.stringify(now[col])}`);
      }
    }
  }
  for (const [name, index] of Object.entries(snapshot.indexes)) {
    if (!current.indexes[name]) breaks.push(`index ${name} was removed`);
    else if (current.indexes[name].sql !== index.sql) breaks.push(`index ${name} changed: ${current.indexes[name].sql}`);
  }
  for (const name of Object.keys(snapshot.triggers)) if (!current.triggers[name]) breaks.push(`trigger ${name} was removed`);
  for (const name of snapshot.views) if (!current.views.includes(name)) breaks.push(`view ${name} was removed`);
  return breaks;
}

export function schemaAdditions(snapshot: SchemaShape, current: SchemaShape): string[] {
  const added: string[] = [];
  for (const [table, cols] of Object.entries(current.tables)) {
    for (const col of Object.keys(cols)) if (!snapshot.tables[table]?.[col]) added.push(`${table}.${col}`);
  }
  for (const name of Object.keys(current.indexes)) if (!snapshot.indexes[name]) added.push(`index ${name}`);
  for (const name of Object.keys(current.triggers)) if (!snapshot.triggers[name]) added.push(`trigger ${name}`);
  for (const name of current.views) if (!snapshot.views.includes(name)) added.push(`view ${name}`);
  return added;
}

/** Pretty JSON with one line per column/index/trigger, so snapshot diffs read like schema diffs. */
export function formatSchema(shape: SchemaShape): string {
  return `${JSON.stringify(shape, null, 2).replace(/\{\n\s+("type"|"table")[\s\S]*?\n\s+\}/g, (block) =>
    block.replace(/\n\s*/g, ' ').replace('{ ', '{').replace(' }', '}'),
  )}\n`;
}
