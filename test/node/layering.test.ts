import { builtinModules } from 'node:module';
import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatOffences,
  importsOf,
  read,
  resolveRelative,
  sourceFiles,
  stripComments,
  type Offence,
} from './helpers/source-scan';

/**
 * Layer rules of architecture.md §2.2, checked by reading the sources. ESLint enforces
 * the same rules while editing; this test cannot be silenced by a disable comment.
 */
const ROOT = resolve(__dirname, '../..');
const SRC = join(ROOT, 'src');
const inSrc = (...parts: string[]) => join(SRC, ...parts);

const UI_PACKAGES = /^(electron|react|react-dom|@mantine\/.+)(\/.*)?$/;
const NODE_BUILTIN = new RegExp(`^(node:.+|(${builtinModules.filter((m) => !m.startsWith('_')).join('|').replace(/\//g, '\\/')})(\\/.*)?)$`);
const NATIVE = /^(better-sqlite3|sharp)(\/.*)?$/;

function scan(dirs: string[], check: (spec: string, target: string | null, file: string, typeOnly: boolean) => string | null): Offence[] {
  const offences: Offence[] = [];
  for (const dir of dirs) {
    for (const file of sourceFiles(dir)) {
      for (const ref of importsOf(read(file))) {
        const problem = check(ref.specifier, resolveRelative(file, ref.specifier), file, ref.typeOnly);
        if (problem) offences.push({ file, line: ref.line, what: problem });
      }
    }
  }
  return offences;
}

const within = (target: string | null, ...dirs: string[]) =>
  target !== null && dirs.some((d) => target === d || target.startsWith(d + sep));

function expectNone(offences: Offence[], rule: string): void {
  expect(offences, `${rule}:\n${formatOffences(ROOT, offences)}`).toEqual([]);
}

describe('layering', () => {
  it('finds the sources it checks (a wrong path would make every rule pass vacuously)', () => {
    for (const layer of ['core', 'shared', 'renderer', 'preload']) expect(sourceFiles(inSrc(layer)).length, layer).toBeGreaterThan(0);
  });

  it('src/core and src/shared never import electron, react, react-dom, @mantine/*, the renderer or main', () => {
    const offences = scan([inSrc('core'), inSrc('shared')], (spec, target) => {
      if (UI_PACKAGES.test(spec)) return `imports ${spec}`;
      if (within(target, inSrc('renderer'), inSrc('main'), inSrc('preload'))) return `imports ${spec} (UI/shell layer)`;
      return null;
    });
    expectNone(offences, 'core/shared must stay free of Electron, React and the DOM');
  });

  it('src/core and src/shared never touch DOM globals', () => {
    const offences: Offence[] = [];
    for (const file of [...sourceFiles(inSrc('core')), ...sourceFiles(inSrc('shared'))]) {
      stripComments(read(file))
        .split('\n')
        .forEach((text, i) => {
          const m = /\b(window|document|localStorage|navigator)\.[A-Za-z_]/.exec(text);
          if (m) offences.push({ file, line: i + 1, what: `uses ${m[1]}.` });
        });
    }
    expectNone(offences, 'DOM globals in core/shared');
  });

  it('src/shared imports no Node built-ins, better-sqlite3 or sharp', () => {
    const offences = scan([inSrc('shared')], (spec, target) => {
      if (NODE_BUILTIN.test(spec) || NATIVE.test(spec)) return `imports ${spec}`;
      if (target !== null && !within(target, inSrc('shared'))) return `imports ${spec} (outside src/shared)`;
      return null;
    });
    expectNone(offences, 'src/shared must run unchanged in the renderer, Node and workers');
  });

  it('src/renderer imports no Node built-ins, natives, electron, or core/main/host/cli code', () => {
    const offences = scan([inSrc('renderer')], (spec, target) => {
      if (NODE_BUILTIN.test(spec) || NATIVE.test(spec) || /^electron(\/.*)?$/.test(spec)) return `imports ${spec}`;
      if (within(target, inSrc('core'), inSrc('main'), inSrc('host'), inSrc('cli'), inSrc('preload'))) return `imports ${spec}`;
      return null;
    });
    expectNone(offences, 'the renderer talks to the backend only through the contract');
  });

  it('src/preload imports only electron and shared/api/methods (type-only imports excepted)', () => {
    const methods = inSrc('shared', 'api', 'methods');
    const offences = scan([inSrc('preload')], (spec, target, _file, typeOnly) => {
      if (spec === 'electron' || target === methods || target === `${methods}.ts`) return null;
      if (typeOnly && within(target, inSrc('shared'))) return null;
      return `imports ${spec}`;
    });
    expectNone(offences, 'the sandboxed preload bundle must stay tiny');
  });

  it('the scanner itself sees what the rules look for', () => {
    const refs = importsOf(`
      import { app } from 'electron';
      import type { X } from '../shared/api';
      // import { nope } from 'react';
      export { y } from "./y";
      const z = await import('node:fs');
      import './side-effect.css';
    `);
    expect(refs.map((r) => [r.specifier, r.typeOnly])).toEqual([
      ['electron', false],
      ['../shared/api', true],
      ['./y', false],
      ['./side-effect.css', false],
      ['node:fs', false],
    ]);
  });
});
