import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Plain-text scanning of our own sources for the layering test: cheap and unsilenceable. */

const SOURCE = /\.(ts|tsx|mts|cts|js|mjs)$/;

export function sourceFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of entries) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (SOURCE.test(name)) out.push(full);
  }
  return out.sort();
}

/** Removes comments so prose like "a time window." or an example import never counts. */
export function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

export interface ImportRef {
  specifier: string;
  /** `import type …` / `export type … from`: erased at build, never loaded at run time. */
  typeOnly: boolean;
  line: number;
}

const IMPORT_PATTERNS = [
  /\bimport\s+(type\s+)?[\w*{}\s,$]*?\bfrom\s*['"]([^'"]+)['"]/g,
  /\bexport\s+(type\s+)?[\w*{}\s,$]*?\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*()['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*()['"]([^'"]+)['"]\s*\)/g,
  /\brequire\s*\(\s*()['"]([^'"]+)['"]\s*\)/g,
];

export function importsOf(code: string): ImportRef[] {
  const clean = stripComments(code);
  const refs: ImportRef[] = [];
  for (const pattern of IMPORT_PATTERNS) {
    for (const m of clean.matchAll(pattern)) {
      refs.push({
        specifier: m[2],
        typeOnly: Boolean(m[1]),
        line: clean.slice(0, m.index).split('\n').length,
      });
    }
  }
  return refs;
}

/** The absolute path a relative specifier points at (without extension), or null for packages. */
export function resolveRelative(file: string, specifier: string): string | null {
  return specifier.startsWith('.') ? resolve(dirname(file), specifier) : null;
}

export interface Offence {
  file: string;
  line: number;
  what: string;
}

export const formatOffences = (root: string, offences: Offence[]): string =>
  offences.map((o) => `${relative(root, o.file)}:${o.line} ${o.what}`).join('\n');

export const read = (file: string): string => readFileSync(file, 'utf8');
