#!/usr/bin/env node
// The `storekeeper` command. Runs the built CLI (out/main/cli.js) when it is at least as
// new as the sources it was built from; otherwise runs the TypeScript sources through
// tsx, so `npm run cli -- …` always reflects the checkout without a build step.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'out', 'main', 'cli.js');
const sourceEntry = join(root, 'src', 'cli', 'index.ts');
// The CLI bundle is built from everything under src/ except the renderer.
const sourceDirs = ['cli', 'core', 'host', 'shared'].map((d) => join(root, 'src', d));

function mtimeOrNull(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

function newestMtime(dir) {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return newest;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const t = entry.isDirectory() ? newestMtime(path) : (mtimeOrNull(path) ?? 0);
    if (t > newest) newest = t;
  }
  return newest;
}

function chooseEntry() {
  const builtAt = mtimeOrNull(built);
  const hasSources = mtimeOrNull(sourceEntry) !== null;
  if (builtAt !== null && (!hasSources || sourceDirs.every((d) => newestMtime(d) <= builtAt))) {
    return [built];
  }
  if (!hasSources) {
    console.error('storekeeper: neither out/main/cli.js nor src/cli/index.ts exists. Run "npm run build".');
    process.exit(1);
  }
  // Resolved from this file, so the command works from any working directory.
  return ['--import', import.meta.resolve('tsx'), sourceEntry];
}

const child = spawn(process.execPath, [...chooseEntry(), ...process.argv.slice(2)], { stdio: 'inherit' });
// Ctrl+C reaches the child directly (same process group); a SIGTERM sent to this
// wrapper alone is passed on so `serve` can shut down cleanly.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (signal !== 'SIGINT') child.kill(signal);
  });
}
child.on('error', (err) => {
  console.error(`storekeeper: cannot start Node: ${err.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  // A child killed by a signal exits like a shell reports it: 128 + signal number.
  process.exit(code ?? 128 + (constants.signals[signal] ?? 0));
});
