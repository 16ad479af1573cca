// `npm start`: runs the desktop app. The Electron binary is not part of the npm
// package: npm downloads it from GitHub on first use, which some networks block. We
// only *look* for it here; `require('electron')` would try to download it.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIfNeeded, ROOT } from './build-freshness.mjs';

const electronDir = join(ROOT, 'node_modules', 'electron');

/** Where Electron's launcher would look for the binary, or null if it is not there. */
function electronBinary() {
  let relative = null;
  try {
    relative = readFileSync(join(electronDir, 'path.txt'), 'utf8').trim();
  } catch {
    // no path.txt: the binary was never downloaded
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const fallback = { win32: 'electron.exe', darwin: 'Electron.app/Contents/MacOS/Electron' };
    const candidate = join(override, relative || fallback[process.platform] || 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  if (!relative) return null;
  const candidate = join(electronDir, 'dist', relative);
  return existsSync(candidate) ? candidate : null;
}

const binary = electronBinary();
if (!binary) {
  console.error(
    [
      'Storekeeper cannot start as a desktop app: the Electron binary is missing from',
      'node_modules/electron/dist. npm does not ship it inside the package; it is downloaded',
      'from GitHub on first use, and that download did not happen here (no access to GitHub,',
      'or ELECTRON_SKIP_BINARY_DOWNLOAD was set). To fix it, run "npx install-electron" on a',
      'network that reaches GitHub (or delete node_modules/electron and run "npm install"',
      'there), or point ELECTRON_OVERRIDE_DIST_PATH at a folder that holds an Electron 45',
      'binary. Meanwhile, "npm run web" opens the same back office in your browser.',
    ].join('\n'),
  );
  process.exit(1);
}

if (!buildIfNeeded()) process.exit(1);

const env = { ...process.env };
// Set in some shells and CI images; it would make the binary behave as plain Node.
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, [ROOT, ...process.argv.slice(2)], { stdio: 'inherit', env });
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
