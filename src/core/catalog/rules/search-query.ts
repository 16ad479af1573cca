import { searchKey } from '../../../shared/text/search-key';

/** Characters product_fts keeps inside tokens (unicode61 + tokenchars '-_'). */
const SEARCHABLE = /[\p{L}\p{N}_-]/u;

/**
 * Turns what the merchant typed into an FTS5 MATCH expression over product_fts: the
 * query is folded with the same searchKey() as the indexed text, split on whitespace,
 * and every token becomes a quoted prefix query (`"tok"*`), all ANDed. Quoting makes
 * FTS5 operators and punctuation in input literal. Returns null when nothing
 * searchable is left (e.g. only punctuation), meaning "no text filter".
 */
export function productMatchQuery(q: string | undefined): string | null {
  if (!q) return null;
  const tokens = searchKey(q)
    .split(/\s+/u)
    .filter((t) => SEARCHABLE.test(t));
  if (tokens.length === 0) return null;
  return tokens.map((t) => `"${t.replaceAll('"', '""')}"*`).join(' AND ');
}
