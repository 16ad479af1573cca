import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Checklist items that are properties of the source and the build output, checked by
 * reading the files (H-tests of platform.md Table 3.1). Cheap, and they cannot be
 * silenced by a lint comment.
 */
const ROOT = join(__dirname, '..', '..');
const rel = (p: string) => relative(ROOT, p).split(sep).join('/');

function walk(dir: string, exts: RegExp): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path, exts));
    else if (exts.test(name)) out.push(path);
  }
  return out;
}

const SOURCE = walk(join(ROOT, 'src'), /\.(ts|tsx|html|js|mjs|cjs)$/);
const read = (p: string) => readFileSync(p, 'utf8');
const filesMatching = (files: string[], pattern: RegExp) => files.filter((f) => pattern.test(read(f))).map(rel);

describe('source rules', () => {
  it('scans a real source tree', () => {
    expect(SOURCE.map(rel)).toContain('src/main/window.ts');
    expect(SOURCE.map(rel)).toContain('src/preload/index.ts');
  });

  it('has no <webview> anywhere (checklist 11, 12)', () => {
    expect(filesMatching(SOURCE, /<webview/i)).toEqual([]);
  });

  it('builds windows only in src/main/window.ts (checklist 2-10)', () => {
    expect(filesMatching(SOURCE, /new\s+BrowserWindow\b/)).toEqual(['src/main/window.ts']);
  });

  it('never turns the sandbox off or Node integration on', () => {
    const config = [join(ROOT, 'electron.vite.config.ts'), ...SOURCE];
    expect(filesMatching(config, /sandbox\s*:\s*false/)).toEqual([]);
    expect(filesMatching(config, /nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/)).toEqual([]);
    expect(filesMatching(config, /contextIsolation\s*:\s*false/)).toEqual([]);
    expect(filesMatching(config, /webSecurity\s*:\s*false/)).toEqual([]);
  });

  it('keeps core, shared, host and cli free of electron imports', () => {
    const layers = ['core', 'shared', 'host', 'cli'].flatMap((d) => walk(join(ROOT, 'src', d), /\.tsx?$/));
    expect(filesMatching(layers, /from\s+['"]electron['"]|require\(\s*['"]electron['"]\s*\)/)).toEqual([]);
  });

  it('never re-exposes image metadata in core (GPS), except the demo defect generator', () => {
    const core = walk(join(ROOT, 'src', 'core'), /\.tsx?$/).filter((f) => !rel(f).startsWith('src/core/demo/'));
    expect(filesMatching(core, /\b(keepMetadata|keepExif|withMetadata)\b/)).toEqual([]);
  });
});

describe('preload surface (checklist 20)', () => {
  const preloadFile = join(ROOT, 'src', 'preload', 'index.ts');
  const preload = read(preloadFile);

  it('imports only electron and shared/api/methods', () => {
    const specifiers = [...preload.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]\s*\)|\bimport\(\s*['"]([^'"]+)['"]/g)].map(
      (m) => m[1] ?? m[2] ?? m[3],
    );
    expect(specifiers.length).toBeGreaterThan(0);
    expect([...new Set(specifiers)].sort()).toEqual(['../shared/api/methods', 'electron']);
  });

  it('exposes exactly one object, "api", and never ipcRenderer itself', () => {
    const calls = [...preload.matchAll(/exposeInMainWorld\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
    expect(calls).toEqual(['api']);
    const code = preload.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    // ipcRenderer appears only as the import and as a receiver of invoke/on/removeListener.
    const uses = [...code.matchAll(/\bipcRenderer\b(\.\w+)?/g)].map((m) => m[1] ?? '');
    expect(uses.filter((u) => !['.invoke', '.on', '.removeListener'].includes(u))).toEqual(['']);
    expect(code).not.toMatch(/\.send\s*\(|\.sendSync\s*\(|\.postMessage\s*\(/);
    // Channels are built from validated names, never taken from the renderer as-is.
    for (const m of code.matchAll(/ipcRenderer\.(invoke|on|removeListener)\(\s*([^,)]+)/g)) {
      expect(m[2].trim()).toMatch(/^(`api:\$\{method\}`|channel)$/);
    }
    expect(code).toMatch(/const channel = `evt:\$\{event\}`/);
  });

  it('other source files never use contextBridge', () => {
    expect(filesMatching(SOURCE, /contextBridge/)).toEqual(['src/preload/index.ts']);
  });
});

describe('build output (checklist 1, 7, 20)', () => {
  const OUT = join(ROOT, 'out');
  const built = existsSync(join(OUT, 'renderer', 'index.html'));

  /**
   * `http:` strings that are identifiers, not resources: XML namespaces (w3.org), JSON
   * Schema `$schema` ids (zod), our own loopback host, RFC 2606 example domains, and
   * URL templates inside libraries (`http://${host}`, `http://[${ipv6}]`).
   */
  const ALLOWED_HTTP =
    /^http:\/\/(www\.w3\.org\/|json-schema\.org\/|127\.0\.0\.1[:/]|localhost[:/]|([a-z0-9-]+\.)*example\.(com|net|org)([:/]|$)|\[?\$\{)/;

  it.skipIf(!built)('loads nothing over http: in what the browser runs (renderer, preload)', () => {
    const files = [join(OUT, 'renderer'), join(OUT, 'preload')].flatMap((d) => walk(d, /\.(js|mjs|cjs|html|css)$/));
    expect(files.length).toBeGreaterThan(1);
    const offenders: string[] = [];
    for (const file of files) {
      for (const m of read(file).matchAll(/http:\/\/[^\s'"`)<>]*/g)) {
        if (!ALLOWED_HTTP.test(m[0])) offenders.push(`${rel(file)}: ${m[0].slice(0, 80)}`);
      }
    }
    expect([...new Set(offenders)]).toEqual([]);
  });

  it.skipIf(!built)('ships the CSP meta and no inline scripts in index.html', () => {
    const html = read(join(OUT, 'renderer', 'index.html'));
    expect(html).toMatch(/http-equiv="Content-Security-Policy"/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it.skipIf(!existsSync(join(OUT, 'preload', 'index.js')))('has a CommonJS preload that requires only electron', () => {
    const code = read(join(OUT, 'preload', 'index.js'));
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    const required = [...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect([...new Set(required)]).toEqual(['electron']);
  });
});
