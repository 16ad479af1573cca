// Shared by start.mjs and web.mjs: is out/ missing or older than the sources, and
// how to rebuild it (electron-vite build needs no Electron binary).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every file `electron-vite build` writes that some entry point needs. */
export const BUILD_OUTPUTS = [
  'out/main/index.js',
  'out/main/cli.js',
  'out/main/backend-thread.js',
  'out/main/jobs-worker.js',
  'out/preload/index.js',
  'out/renderer/index.html',
].map((p) => join(ROOT, p));

const BUILD_INPUTS = ['src', 'resources', 'electron.vite.config.ts', 'package.json'].map((p) => join(ROOT, p));

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

function newestMtime(path) {
  let info;
  try {
    info = statSync(path);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** Why a build is needed, or null when out/ is complete and newer than every input. */
export function staleReason() {
  const times = BUILD_OUTPUTS.map(mtime);
  const missing = BUILD_OUTPUTS.find((_, i) => times[i] === null);
  if (missing) return `${missing.slice(ROOT.length + 1)} is missing`;
  const oldestOutput = Math.min(...times);
  const changed = BUILD_INPUTS.find((p) => newestMtime(p) > oldestOutput);
  return changed ? `${changed.slice(ROOT.length + 1)} changed since the last build` : null;
}

/** Runs `electron-vite build` when needed. Returns false when the build failed. */
export function buildIfNeeded() {
  const reason = staleReason();
  if (!reason) return true;
  console.error(`[storekeeper] building (${reason})…`);
  const cli = join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('[storekeeper] the build failed; see the errors above.');
    return false;
  }
  return true;
}
