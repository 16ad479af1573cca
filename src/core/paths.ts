import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

/** The product name Electron uses for the per-user folder (`app.getPath('userData')`). */
export const PRODUCT_NAME = 'Storekeeper';

export interface PlatformEnv {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
}

const currentPlatform = (): PlatformEnv => ({
  platform: process.platform,
  env: process.env,
  home: homedir(),
});

/**
 * Electron's `appData` folder for this platform, computed the way Electron does it,
 * so the CLI (plain Node) and the app (Electron) open the same database.
 */
export function appDataDir(p: PlatformEnv = currentPlatform()): string {
  if (p.platform === 'win32') return p.env.APPDATA || win32.join(p.home, 'AppData', 'Roaming');
  if (p.platform === 'darwin') return posix.join(p.home, 'Library', 'Application Support');
  return p.env.XDG_CONFIG_HOME || posix.join(p.home, '.config');
}

/** The default data folder: `<appData>/Storekeeper`, identical to Electron's userData. */
export function defaultDataDir(p: PlatformEnv = currentPlatform()): string {
  const join = p.platform === 'win32' ? win32.join : posix.join;
  return join(appDataDir(p), PRODUCT_NAME);
}
